import { useText } from '../../i18n/island';
import { uses } from '../../i18n/text';
import type { Touchpoint } from '../../lib/profile/ownership';
import { hasStartContent, type StartSequence } from '../../lib/profile/start-sequence';
import { type MapChange, OwnershipMap } from './OwnershipMap';
import { StartPlan } from './StartPlan';

const PROFILE = uses('profile');

interface Props {
  idBase: string;
  label: string;
  ownership: readonly Touchpoint[];
  start: StartSequence;
  /** `undoable` names what a change threw away, so the page can offer it back. */
  onOwnership: (change: MapChange, undoable?: string) => void;
  onStart: (fn: (s: StartSequence) => StartSequence, undoable?: string) => void;
}

/**
 * Who owns each touchpoint and where to start, for the offering shown. It prints on a page of its
 * own after the handout, and only when the reader has put something in it, so the handout stays one page.
 */
export function PlanSheet({ idBase, label, ownership, start, onOwnership, onStart }: Props) {
  const { profileText: t } = useText(PROFILE);
  const id = `${idBase}-plan`;
  const filled = ownership.length > 0 || hasStartContent(start);
  return (
    <article
      class={
        filled ? 'cx-profile__sheet cx-profile__sheet--plan' : 'cx-profile__sheet cx-profile__sheet--plan cx-no-print'
      }
      aria-labelledby={id}
    >
      <h2 id={id}>{t.print.planHeading(label)}</h2>
      <OwnershipMap idBase={idBase} map={ownership} onChange={onOwnership} />
      <StartPlan idBase={idBase} value={start} onChange={onStart} />
      <p class="cx-profile__print-only cx-profile__source">{t.print.planSource}</p>
    </article>
  );
}
