import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { kanoText as t } from '../../../i18n/en/kano';
import { resultsCsv } from '../../../lib/kano/export';
import { MAX_CHARS } from '../../../lib/kano/limits';
import { sampleSurveyCsv, templateCsv } from '../../../lib/kano/sample';
import { parseSurvey, type SurveyResult } from '../../../lib/kano/survey';
import { downloadText } from '../shared/download';
import { IssueList } from './IssueList';
import { KanoScatter } from './KanoScatter';
import { ResultsTable } from './ResultsTable';
import { loadSurvey, MAX_SAVED_CHARS, saveSurvey } from './saved-survey';

interface Props {
  heading: 'h3' | 'h4';
}

interface Outcome {
  result: SurveyResult;
  ms: number;
  saved: boolean;
}

/** Survey mode: paste or load a CSV, then see per-feature results, problems, the chart and an export. */
export function SurveyPanel({ heading: H }: Props) {
  const id = `cx-kano-survey-${useId()}`;
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const run = (csv: string) => {
    setStatus(t.reading);
    clearTimeout(timer.current);
    // Let the "reading" message paint before the synchronous parse.
    timer.current = setTimeout(() => {
      const start = performance.now();
      const result = parseSurvey(csv);
      const ms = performance.now() - start;
      setOutcome({ result, ms, saved: saveSurvey(csv) });
      setStatus(t.summary(result.respondents, result.rowsRead, result.features.length));
    }, 30);
  };

  useEffect(() => {
    const saved = loadSurvey();
    if (saved) {
      setText(saved);
      run(saved);
    }
    return () => clearTimeout(timer.current);
  }, []);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_CHARS) {
      setStatus(t.fileTooLarge((file.size / 1e6).toFixed(1)));
      return;
    }
    try {
      const csv = await file.text();
      setText(csv.length <= MAX_SAVED_CHARS ? csv : '');
      run(csv);
    } catch {
      setStatus(t.fileUnreadable);
    }
  };

  const clear = () => {
    setText('');
    setOutcome(undefined);
    setStatus('');
    saveSurvey('');
  };

  const result = outcome?.result;
  return (
    <div class="cx-kano__survey">
      <p>{t.surveyIntro}</p>
      <p class="cx-kano__hint">{t.privacy}</p>
      <div class="cx-kano__actions">
        <button type="button" onClick={() => downloadText('kano-template.csv', templateCsv())}>
          {t.downloadTemplate}
        </button>
        <button type="button" onClick={() => downloadText('kano-sample.csv', sampleSurveyCsv())}>
          {t.downloadSample}
        </button>
        <button
          type="button"
          onClick={() => {
            const csv = sampleSurveyCsv();
            setText(csv);
            run(csv);
          }}
        >
          {t.loadSample}
        </button>
      </div>
      <div class="cx-kano__field">
        <label for={`${id}-paste`}>{t.pasteLabel}</label>
        <textarea
          id={`${id}-paste`}
          rows={8}
          spellcheck={false}
          autocomplete="off"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      <div class="cx-kano__actions">
        <button type="button" onClick={() => run(text)}>
          {t.readButton}
        </button>
        <button type="button" onClick={clear}>
          {t.clearSurvey}
        </button>
      </div>
      <div class="cx-kano__field">
        <label for={`${id}-file`}>{t.fileLabel}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </div>
      <p class="cx-kano__status" role="status">
        {status}
        {outcome && status !== t.reading ? ` ${t.timing(outcome.ms.toFixed(0))}` : ''}
      </p>
      {outcome && !outcome.saved && <p class="cx-kano__hint">{t.notSaved}</p>}
      {result && (
        <>
          <IssueList issues={result.issues} total={result.issueCount} heading={H} />
          {result.features.length > 0 && (
            <>
              <ResultsTable features={result.features} />
              <div class="cx-kano__actions">
                <button type="button" onClick={() => downloadText('kano-results.csv', resultsCsv(result.features))}>
                  {t.downloadResults}
                </button>
              </div>
              <H>{t.chartHeading}</H>
              <KanoScatter features={result.features} />
            </>
          )}
        </>
      )}
    </div>
  );
}
