import { useEffect, useState } from 'preact/hooks';
import { useText } from '../../i18n/island';
import { uses } from '../../i18n/text';
import {
  KEPT_ADDRESS,
  MAX_KEPT_ADDRESS,
  readKeptAddress,
  writeKeptAddress,
} from '../../lib/questionnaire/kept-address';
import { emptyQuestionnaire, type Questionnaire } from '../../lib/questionnaire/model';
import { decodeQuestionnaire } from '../../lib/questionnaire/url';
import { loadSaved, save, storageKey, type WriteResult } from '../../lib/state/storage';
import { browserStore } from '../tools/shared/browser-store';
import { DraftInput } from '../tools/shared/DraftInput';
import { CollectPanel } from './CollectPanel';
import { readStored } from './url-state';

const QUESTIONNAIRE = uses('questionnaire');

interface Props {
  /** Receives the collected answers as survey CSV, for the survey view to analyse. */
  onCsv: (csv: string) => void;
  /** Heading level of the panel inside the survey view. */
  heading: 'h3' | 'h4';
}

/** The query part of a questionnaire address (or the text itself when it is only a query). */
function queryOf(text: string): string {
  const at = text.indexOf('?');
  return at < 0 ? text.trim() : text.slice(at + 1).trim();
}

/**
 * "Paste response codes" for the Kano survey view: which questionnaire (the one last built in this
 * browser, or any questionnaire address pasted here), then the codes; each paste hands the survey view
 * every respondent so far, features already named as the questionnaire names them.
 */
export function SurveyCodes({ onCsv, heading }: Props) {
  const { surveyCodesText: t } = useText(QUESTIONNAIRE);
  const [address, setAddress] = useState('');
  const [kept, setKept] = useState<WriteResult>('saved');
  // Read after hydration, so the server's HTML and the first render agree: the address kept with the codes,
  // else the questionnaire built last in this browser. Another tab's change is followed.
  useEffect(() => {
    const keptAddress = () => readKeptAddress(loadSaved(browserStore(), KEPT_ADDRESS.name, KEPT_ADDRESS.version));
    setAddress(keptAddress() ?? readStored('cx-questionnaire-builder') ?? '');
    const key = storageKey(KEPT_ADDRESS.name, KEPT_ADDRESS.version);
    const follow = (e: StorageEvent) => {
      if (e.key !== key) return;
      const next = keptAddress();
      if (next !== undefined) setAddress(next);
    };
    window.addEventListener('storage', follow);
    return () => window.removeEventListener('storage', follow);
  }, []);
  // Read a moment later: a packed address is unpacked by the browser's streams.
  const [q, setQ] = useState<Questionnaire>(emptyQuestionnaire);
  useEffect(() => {
    let current = true;
    void decodeQuestionnaire(queryOf(address).slice(0, MAX_KEPT_ADDRESS)).then((r) => {
      if (current) setQ(r.value);
    });
    return () => {
      current = false;
    };
  }, [address]);
  /** A questionnaire address is kept with the codes; one that names no questionnaire is not kept. */
  const change = async (text: string) => {
    setAddress(text);
    const read = (await decodeQuestionnaire(queryOf(text).slice(0, MAX_KEPT_ADDRESS))).value;
    if (read.features.length > 0 || text.trim() === '')
      setKept(
        save(browserStore(), KEPT_ADDRESS.name, KEPT_ADDRESS.version, writeKeptAddress(text), MAX_KEPT_ADDRESS + 100),
      );
  };
  return (
    <details class="cx-survey-codes">
      <summary>{t.summary}</summary>
      <p>
        <label for="survey-codes-q">{t.addressLabel}</label>
        <DraftInput
          id="survey-codes-q"
          type="text"
          spellcheck={false}
          value={address}
          onCommit={(text) => void change(text)}
        />
      </p>
      <p role="status" class="cx-storage-warning">
        {kept === 'saved' ? '' : t.notKept(kept)}
      </p>
      {q.features.length === 0 ? (
        <p>{t.noQuestionnaire}</p>
      ) : (
        <>
          <p>{t.features(q.features.map((f) => f.name))}</p>
          <CollectPanel questionnaire={q} onCollected={onCsv} heading={heading} />
        </>
      )}
    </details>
  );
}
