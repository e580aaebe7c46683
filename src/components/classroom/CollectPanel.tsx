import { useEffect, useMemo, useState } from 'preact/hooks';
import { useText } from '../../i18n/island';
import { uses } from '../../i18n/text';
import { parseSurvey } from '../../lib/kano/survey';
import { type Collected, collectCodes, type Respondent } from '../../lib/questionnaire/collect';
import { responsesCsv } from '../../lib/questionnaire/csv';
import { fingerprint } from '../../lib/questionnaire/fingerprint';
import { addressCodes, CODES_KEY, readKeptCodes, storedCodes, unionCodes } from '../../lib/questionnaire/kept-codes';
import type { Questionnaire } from '../../lib/questionnaire/model';
import type { WriteResult } from '../../lib/state/storage';
import { KANO_RECOGNITION } from '../tools/kano/recognition';
import { downloadText } from '../tools/shared/download';
import { UndoStatus } from '../tools/shared/UndoStatus';
import { useUndo } from '../tools/shared/use-undo';
import { readStored, setAddressParam, writeStored } from './url-state';

interface Props {
  questionnaire: Questionnaire;
  /** Called with the respondents as survey CSV after each paste; the panel then leaves the analysis to the caller. */
  onCollected?: (csv: string) => void;
  /** The panel's heading level where it sits; its sub-heading is one deeper. */
  heading?: 'h2' | 'h3' | 'h4';
  /** True where the page's address is the questionnaire's: codes storage does not keep are kept there. */
  inAddress?: boolean;
}

const KANO = uses('kano');
const KANO_ANSWERS = uses('kano-answers');
const QUESTIONNAIRE = uses('questionnaire');
const UNDO = uses('undo');

const DEEPER = { h2: 'h3', h3: 'h4', h4: 'h5' } as const;

const storeKey = (fp: string) => `cx-questionnaire-codes:${fp}`;

/** Codes kept in storage for a questionnaire, each read again (so a stored code that no longer fits is dropped). */
function loadCodes(q: Questionnaire): Respondent[] {
  return readKeptCodes(q, readStored(storeKey(fingerprint(q))));
}

/** "Paste response codes": finds codes in any text, counts them, keeps the valid ones and analyses them. */
export function CollectPanel({ questionnaire: q, onCollected, heading: H = 'h2', inAddress = false }: Props) {
  const { kanoText } = useText(KANO);
  const { templateWords } = useText(KANO_ANSWERS).kanoAnswers;
  const { collectText: t } = useText(QUESTIONNAIRE);
  const { undoText } = useText(UNDO);
  const Sub = DEEPER[H];
  const fp = fingerprint(q);
  const [respondents, setRespondents] = useState<Respondent[]>(() => loadCodes(q));
  const [text, setText] = useState('');
  const [last, setLast] = useState<Collected | undefined>(undefined);
  const [kept, setKept] = useState<WriteResult>('saved');
  const undo = useUndo(undoText.undone);

  /** Keeps the codes in storage; where storage refuses, in the address (when the page has one), and says so. */
  const keep = (list: readonly Respondent[]) => {
    const result = writeStored(storeKey(fp), list.length > 0 ? storedCodes(list) : undefined);
    setKept(result);
    if (inAddress) setAddressParam(CODES_KEY, result === 'saved' ? null : addressCodes(list));
  };

  // A different questionnaire (features or answer set changed) has codes of its own. Codes the address
  // kept when storage did not are added back, and saved if storage now lets.
  useEffect(() => {
    const stored = loadCodes(q);
    const fromAddress = inAddress ? readKeptCodes(q, new URLSearchParams(window.location.search).get(CODES_KEY)) : [];
    const all = unionCodes(stored, fromAddress);
    setRespondents(all);
    if (all.length > stored.length) keep(all);
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
    keep(all);
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
      <p role="status" class="cx-collect__storage">
        {kept === 'saved' ? '' : t.notSaved(kept === 'full', inAddress)}
      </p>
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
                setRespondents([]);
                keep([]);
                setLast(undefined);
                undo.offerUndo({
                  message: t.cleared,
                  undo: () => {
                    setRespondents(before);
                    keep(before);
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
