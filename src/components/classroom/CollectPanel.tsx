import { useEffect, useMemo, useState } from 'preact/hooks';
import { useText } from '../../i18n/island';
import { uses } from '../../i18n/text';
import { parseSurvey } from '../../lib/kano/survey';
import { type Collected, collectCodes, type Respondent } from '../../lib/questionnaire/collect';
import { responsesCsv } from '../../lib/questionnaire/csv';
import { fingerprint } from '../../lib/questionnaire/fingerprint';
import type { Questionnaire } from '../../lib/questionnaire/model';
import { decodeResponse } from '../../lib/questionnaire/response';
import { KANO_RECOGNITION } from '../tools/kano/recognition';
import { downloadText } from '../tools/shared/download';
import { UndoStatus } from '../tools/shared/UndoStatus';
import { useUndo } from '../tools/shared/use-undo';
import { readStored, writeStored } from './url-state';

interface Props {
  questionnaire: Questionnaire;
  /** Called with the respondents as survey CSV after each paste; the panel then leaves the analysis to the caller. */
  onCollected?: (csv: string) => void;
  /** The panel's heading level where it sits; its sub-heading is one deeper. */
  heading?: 'h2' | 'h3' | 'h4';
}

const KANO = uses('kano');
const KANO_ANSWERS = uses('kano-answers');
const QUESTIONNAIRE = uses('questionnaire');
const UNDO = uses('undo');

const DEEPER = { h2: 'h3', h3: 'h4', h4: 'h5' } as const;

const storeKey = (fp: string) => `cx-questionnaire-codes:${fp}`;

/** Codes kept for a questionnaire, each read again (so a stored code that no longer fits is dropped). */
function loadCodes(q: Questionnaire): Respondent[] {
  const raw = readStored(storeKey(fingerprint(q)));
  if (raw === undefined || raw.length > 200_000) return [];
  return raw.split('\n').flatMap((code) => {
    const d = decodeResponse(q, code);
    return d.ok ? [{ code: d.code, answers: d.answers }] : [];
  });
}

/** "Paste response codes": finds codes in any text, counts them, keeps the valid ones and analyses them. */
export function CollectPanel({ questionnaire: q, onCollected, heading: H = 'h2' }: Props) {
  const { kanoText } = useText(KANO);
  const { templateWords } = useText(KANO_ANSWERS).kanoAnswers;
  const { collectText: t } = useText(QUESTIONNAIRE);
  const { undoText } = useText(UNDO);
  const Sub = DEEPER[H];
  const fp = fingerprint(q);
  const [respondents, setRespondents] = useState<Respondent[]>(() => loadCodes(q));
  const [text, setText] = useState('');
  const [last, setLast] = useState<Collected | undefined>(undefined);
  const undo = useUndo(undoText.undone);

  // A different questionnaire (features or answer set changed) has codes of its own.
  useEffect(() => {
    setRespondents(loadCodes(q));
    setLast(undefined);
    undo.dismiss();
  }, [fp]);

  const survey = useMemo(
    () =>
      respondents.length > 0 && !onCollected
        ? parseSurvey(responsesCsv(q, respondents, templateWords), KANO_RECOGNITION)
        : undefined,
    [q, respondents, onCollected],
  );

  const add = () => {
    const got = collectCodes(text, q, new Set(respondents.map((r) => r.code)));
    const all = [...respondents, ...got.added];
    setRespondents(all);
    writeStored(storeKey(fp), all.map((r) => r.code).join('\n'));
    setLast(got);
    undo.dismiss();
    if (onCollected && all.length > 0) onCollected(responsesCsv(q, all, templateWords));
  };

  return (
    <section class="cx-collect" aria-labelledby="collect-heading">
      <H id="collect-heading">{t.heading}</H>
      <p>{t.intro}</p>
      <p>
        <label for="collect-text">{t.label}</label>
        <textarea
          id="collect-text"
          rows={6}
          spellcheck={false}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </p>
      <p class="cx-builder__row-actions">
        <button type="button" onClick={add}>
          {t.add}
        </button>
      </p>
      <div role="status" class="cx-collect__report">
        {last && (
          <>
            <p>{last.tooLong ? t.tooLong : t.report(last.found, last.valid, last.duplicates, last.rejected.length)}</p>
            {last.overLimit > 0 && <p>{t.overLimit(last.overLimit)}</p>}
          </>
        )}
      </div>
      <UndoStatus undo={undo} />
      {last && last.rejected.length > 0 && (
        <>
          <Sub>{t.rejectedHeading}</Sub>
          <ul class="cx-collect__rejected">
            {last.rejected.slice(0, 50).map((r, i) => (
              <li key={i}>{t.rejected(r.code, r.problem)}</li>
            ))}
          </ul>
        </>
      )}
      <p>{respondents.length === 0 ? t.none : t.total(respondents.length)}</p>
      {survey && (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
          <section class="cx-collect__table" tabIndex={0} aria-label={t.resultsCaption}>
            <table>
              <caption id="collect-results">{t.resultsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.feature}</th>
                  <th scope="col">{t.answers}</th>
                  <th scope="col">{t.category}</th>
                </tr>
              </thead>
              <tbody>
                {survey.features.map((f) => (
                  <tr key={f.name}>
                    <th scope="row">{f.name}</th>
                    <td>{f.total}</td>
                    <td>{f.category === undefined ? t.none2 : `${kanoText.categories[f.category]} (${f.category})`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <p class="cx-builder__hint">{t.surveyNote}</p>
        </>
      )}
      {respondents.length > 0 && (
        <>
          <p class="cx-builder__row-actions">
            <button
              type="button"
              onClick={() => downloadText('kano-responses.csv', responsesCsv(q, respondents, templateWords))}
            >
              {t.download}
            </button>
            <button
              type="button"
              onClick={() => {
                const before = respondents;
                const key = storeKey(fp);
                setRespondents([]);
                writeStored(key, undefined);
                setLast(undefined);
                undo.offerUndo({
                  message: t.cleared,
                  undo: () => {
                    setRespondents(before);
                    writeStored(key, before.map((r) => r.code).join('\n'));
                  },
                });
              }}
            >
              {t.clear}
            </button>
          </p>
          <p class="cx-builder__hint">{t.downloadHint}</p>
        </>
      )}
    </section>
  );
}
