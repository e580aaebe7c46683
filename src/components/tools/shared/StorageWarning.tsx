import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { WriteResult } from '../../../lib/state/storage';

const TOOLS = uses('tools-common');

/** For pages whose address holds their state: says, in a live region, when storage did not keep it and why. */
export function StorageWarning({ result }: { result: WriteResult }) {
  const { toolsCommon: t } = useText(TOOLS);
  const words = {
    saved: '',
    full: t.storage.addressFull,
    blocked: t.storage.addressBlocked,
    'too-large': t.storage.addressTooLarge,
  } satisfies Record<WriteResult, string>;
  return (
    <p role="status" class="cx-storage-warning">
      {words[result]}
    </p>
  );
}
