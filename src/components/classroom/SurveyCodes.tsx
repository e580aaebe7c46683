import { useEffect, useMemo, useState } from 'preact/hooks';
import { useText } from '../../i18n/island';
import { uses } from '../../i18n/text';
import { decodeQuestionnaire } from '../../lib/questionnaire/url';
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
  // Read after hydration, so the server's HTML and the first render agree.
  useEffect(() => setAddress(readStored('cx-questionnaire-builder') ?? ''), []);
  const q = useMemo(() => decodeQuestionnaire(queryOf(address).slice(0, 10_000)).value, [address]);
  return (
    <details class="cx-survey-codes">
      <summary>{t.summary}</summary>
      <p>
        <label for="survey-codes-q">{t.addressLabel}</label>
        <input
          id="survey-codes-q"
          type="text"
          spellcheck={false}
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
        />
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
