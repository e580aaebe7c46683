import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatFixed } from '../../../i18n/format';
import { useLocale, useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { AnalysisOptions } from '../../../lib/kano/analysis';
import { analysisCsv } from '../../../lib/kano/export';
import { MAX_CHARS } from '../../../lib/kano/limits';
import type { ColumnMapping } from '../../../lib/kano/mapping';
import { DEFAULT_OPTIONS } from '../../../lib/kano/options';
import type { PriorityKey } from '../../../lib/kano/priority';
import { sampleSurveyCsv, templateCsv } from '../../../lib/kano/sample';
import { readSettings } from '../../../lib/kano/saved-settings';
import { keptSettings } from '../../../lib/kano/settings-sync';
import type { SurveyRun, SurveySettings } from '../../../lib/kano/survey';
import { SurveyCodes } from '../../classroom/SurveyCodes';
import { downloadBlob, downloadText } from '../shared/download';
import { memoized } from '../shared/memo';
import { InputsRegion, ResultsRegion } from '../shared/ToolRegions';
import type { UndoApi } from '../shared/use-undo';
import { AnalysisChoices } from './AnalysisChoices';
import { AnswerTable } from './AnswerTable';
import { ContinuousView } from './ContinuousView';
import { IssueList } from './IssueList';
import { MappingTable } from './MappingTable';
import { methodSentences } from './method-text';
import { type RunHandle, runSurveyAsync } from './run-survey';
import { SurveyHeld } from './SurveyHeld';
import { SurveyResults } from './SurveyResults';
import { MAX_SAVED_CHARS } from './saved-survey';
import { useGrowing } from './use-growing';
import { useSurveySync } from './use-survey-sync';

const KANO = uses('kano');
// Drawn again only when their own props change: a progress step or a keystroke in the paste field leaves them be.
const Issues = memoized(IssueList);
const Mapping = memoized(MappingTable);
const Choices = memoized(AnalysisChoices);
const Results = memoized(SurveyResults);
const Continuous = memoized(ContinuousView);
const KANO_FILES = uses('kano-files');
const KANO_ANSWERS = uses('kano-answers');
const TOOLS_COMMON = uses('tools-common');

interface Props {
  heading: 'h3' | 'h4';
  /** The page's undo slot: clearing or replacing a survey offers it back there. */
  undo?: UndoApi;
}

interface Outcome {
  run: SurveyRun;
  ms: number;
}

/** Survey mode: paste or load a CSV, map its columns and answers, then see results, problems, charts and an export. */
export function SurveyPanel({ heading: H, undo }: Props) {
  const { kanoText: t } = useText(KANO);
  const { kanoFiles } = useText(KANO_FILES);
  const { templateWords } = useText(KANO_ANSWERS).kanoAnswers;
  const { toolsCommon } = useText(TOOLS_COMMON);
  const locale = useLocale();
  const id = `cx-kano-survey-${useId()}`;
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [settings, setSettings] = useState<SurveySettings>({});
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const handle = useRef<RunHandle | undefined>(undefined);
  // The priority order chosen last, also while a reading runs: the reading's end keeps it.
  const priority = useRef<PriorityKey | undefined>(undefined);
  const [workbookStatus, setWorkbookStatus] = useState('');
  // Choices from elsewhere (another tab's save, or undo of its later edit): shown, and the survey read with them.
  const sync = useSurveySync({
    undo,
    apply: (chosen, note) => {
      setSettings(chosen);
      run(source, chosen, note);
    },
  });

  /** Offers the survey read so far back, when an action is about to drop or replace it. */
  const offerBack = (message: string, next: string) => {
    const before = text;
    const chosen = settings;
    if (before.trim() === '' || before === next) return;
    undo?.offerUndo({
      message,
      undo: () => {
        setText(before);
        run(before, chosen);
      },
    });
  };

  /** Reads `csv` with the reader's choices, then keeps both (merged with another tab's save for the same survey); `note` leads the status line. */
  const run = (csv: string, chosen: SurveySettings, note = '') => {
    handle.current?.cancel();
    sync.reading(csv);
    priority.current = chosen.priority;
    setStatus(t.reading);
    setProgress(0);
    const start = performance.now();
    const h = runSurveyAsync(csv, chosen, (share) => setProgress(share));
    handle.current = h;
    void h.done.then((result) => {
      if (handle.current !== h) return;
      handle.current = undefined;
      setProgress(undefined);
      if (!result) {
        setStatus(t.cancelled);
        return;
      }
      const ms = performance.now() - start;
      const kept = keptSettings(result.header, {
        mapping: result.mapping,
        answers: chosen.answers ?? {},
        options: chosen.options ?? DEFAULT_OPTIONS,
        priority: priority.current,
      });
      setSource(csv);
      const { value } = sync.save(csv, kept);
      setSettings(value.settings);
      // Another tab had saved choices for this survey that this tab had not heard yet: read again with both.
      if (value !== kept) {
        run(csv, value.settings, t.sync.heard);
        return;
      }
      setOutcome({ run: result, ms });
      const a = result.analysis;
      const summary =
        result.header.length === 0
          ? t.readNothing
          : t.summary(a?.filter.before ?? 0, result.rowsRead, result.mapping.features.length);
      setStatus(note === '' ? summary : `${note} ${summary}`);
    });
  };

  /** Reads a text: with the reader's choices when its header row is unchanged, else with a fresh proposal. */
  const readNew = (csv: string) => {
    const firstLine = (x: string) => x.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    // The priority list's order is the reader's way of reading any survey: it stays for a new one.
    run(csv, outcome && firstLine(csv) === firstLine(source) ? settings : { priority: settings.priority });
  };

  /** Opens a kept survey with its kept choices (text of the settings, unstamped). */
  const openKept = (saved: string, chosen: string | null) => {
    setText(saved);
    // First pass proposes; if the kept choices fit its header they are applied in a second pass.
    const h = runSurveyAsync(saved, {}, () => undefined);
    handle.current = h;
    void h.done.then((r) => {
      if (handle.current !== h) return;
      handle.current = undefined;
      const kept = r ? readSettings(chosen, r.header) : undefined;
      run(saved, kept ?? {});
    });
  };

  useEffect(() => {
    const kept = sync.open();
    if (kept.text) openKept(kept.text, kept.settings);
    return () => handle.current?.cancel();
  }, []);

  // Choices are saved with the reading they start; one made while that reading is still under way is saved
  // as it stands if the page goes away first (a long survey takes a second or more to read).
  const unsaved = useRef<() => void>(() => undefined);
  unsaved.current = () => {
    if (handle.current && outcome && source !== '') sync.save(source, keptSettings(outcome.run.header, settings));
  };
  useEffect(() => {
    const flush = () => unsaved.current();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  /** Opens here the survey another tab opened (kept in storage); this tab's is offered back by undo. */
  const openOther = () => {
    const kept = sync.open();
    if (!kept.text) return;
    offerBack(toolsCommon.surveyReplaced, kept.text);
    openKept(kept.text, kept.settings);
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_CHARS) {
      setStatus(t.fileTooLarge(formatFixed(file.size / 1e6, 1, locale)));
      return;
    }
    try {
      const csv = await file.text();
      offerBack(toolsCommon.surveyReplaced, csv);
      setText(csv.length <= MAX_SAVED_CHARS ? csv : '');
      readNew(csv);
    } catch {
      setStatus(t.fileUnreadable);
    }
  };

  const clear = () => {
    offerBack(toolsCommon.surveyCleared, '');
    handle.current?.cancel();
    setText('');
    setSource('');
    setSettings({});
    priority.current = undefined;
    setOutcome(undefined);
    setStatus('');
    sync.clear();
  };

  const change = (patch: SurveySettings) => {
    const next = { ...settings, ...patch };
    if (outcome) sync.edited(keptSettings(outcome.run.header, settings), keptSettings(outcome.run.header, next));
    setSettings(next);
    run(source, next);
  };
  // Callbacks that keep their identity, so the mapping and the choices are not drawn again on every
  // progress step or keystroke elsewhere; each calls the latest `change`.
  const latest = useRef(change);
  latest.current = change;
  const onMapping = useCallback((mapping: ColumnMapping) => latest.current({ mapping }), []);
  const onOptions = useCallback((options: AnalysisOptions) => latest.current({ options }), []);

  const result = outcome?.run;
  const analysis = result?.analysis;
  // A new reading's results are drawn a frame after its inputs (mapping, answers, choices): two frames of
  // their own rather than one long one.
  const drawn = useGrowing(2, 1, outcome);
  const chosenOrder = settings.priority;
  const order: PriorityKey =
    chosenOrder === 'importance' && !analysis?.hasImportance
      ? 'worse'
      : (chosenOrder ?? (analysis?.hasImportance ? 'importance' : 'worse'));
  /** A new order for the priority list: kept with the other choices (the analysis does not change). */
  const setOrder = (chosen: PriorityKey) => {
    priority.current = chosen;
    const next = { ...settings, priority: chosen };
    setSettings(next);
    if (!result) return;
    const kept = keptSettings(result.header, next);
    sync.edited(keptSettings(result.header, settings), kept);
    const { value } = sync.save(source, kept);
    if (value === kept) return;
    // Another tab had saved choices for this survey that this tab had not heard yet: read again with both.
    setSettings(value.settings);
    run(source, value.settings, t.sync.heard);
  };
  const exportContext = () =>
    result &&
    analysis && {
      labels: kanoFiles.export,
      header: result.header,
      mapping: result.mapping,
      answers: result.answers,
      method: methodSentences(analysis, t),
      priority: order,
    };

  /** Writes the workbook: the sheets from src/lib, the writer loaded only now, as its own chunk. */
  const downloadWorkbook = async () => {
    const ctx = exportContext();
    if (!analysis || !ctx) return;
    setWorkbookStatus(t.workbookWriting);
    try {
      const [{ workbookSheets }, { writeWorkbook }] = await Promise.all([
        import('../../../lib/kano/workbook'),
        import('../../../lib/kano/xlsx'),
      ]);
      const blob = await writeWorkbook(workbookSheets(analysis, ctx));
      downloadBlob(blob, 'kano-results.xlsx');
      setWorkbookStatus(t.workbookDone);
    } catch {
      setWorkbookStatus(t.workbookFailed);
    }
  };
  return (
    <div class="cx-kano__survey">
      <InputsRegion>
        <p>{t.surveyIntro}</p>
        <p class="cx-kano__hint">{t.privacy}</p>
        <div class="cx-kano__actions">
          <button
            type="button"
            onClick={() => downloadText('kano-template.csv', templateCsv(kanoFiles.templateFeatures))}
          >
            {t.downloadTemplate}
          </button>
          <button
            type="button"
            onClick={() => downloadText('kano-sample.csv', sampleSurveyCsv(kanoFiles.sampleFeatures, templateWords))}
          >
            {t.downloadSample}
          </button>
          <button
            type="button"
            onClick={() => {
              const csv = sampleSurveyCsv(kanoFiles.sampleFeatures, templateWords);
              offerBack(toolsCommon.surveyReplaced, csv);
              setText(csv);
              readNew(csv);
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
          <button type="button" onClick={() => readNew(text)}>
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
        <SurveyCodes
          heading={H}
          onCsv={(csv) => {
            offerBack(toolsCommon.surveyReplaced, csv);
            setText(csv.length <= MAX_SAVED_CHARS ? csv : '');
            readNew(csv);
          }}
        />
        <div class="cx-kano__actions">
          <p class="cx-kano__status" role="status">
            {status}
            {outcome && progress === undefined && status !== t.cancelled
              ? ` ${t.timing(formatFixed(outcome.ms, 0, locale))}`
              : ''}
          </p>
          {progress !== undefined && (
            <>
              <progress max={1} value={progress} aria-label={t.progressLabel} />
              <button type="button" onClick={() => handle.current?.cancel()}>
                {t.cancel}
              </button>
            </>
          )}
        </div>
        {outcome && sync.saved !== 'saved' && sync.saved !== 'held' && (
          <p class="cx-kano__hint">{t.notSaved[sync.saved]}</p>
        )}
        {sync.held && (
          <SurveyHeld
            reason={sync.held}
            canKeep={outcome !== undefined}
            canOpen={sync.otherKept}
            onKeep={sync.keepHere}
            onOpen={openOther}
          />
        )}
        {result && (
          <>
            <Issues issues={result.issues} total={result.issueCount} heading={H} />
            {result.header.length > 0 && (
              <Mapping
                heading={H}
                header={result.header}
                mapping={settings.mapping ?? result.mapping}
                onChange={onMapping}
                undo={undo}
              />
            )}
            {result.answers.length > 0 && (
              <AnswerTable
                heading={H}
                answers={result.answers.map((a) =>
                  settings.answers && Object.hasOwn(settings.answers, a.key)
                    ? { ...a, level: settings.answers[a.key] ?? null }
                    : a,
                )}
                onChange={(key, level) => change({ answers: { ...(settings.answers ?? {}), [key]: level } })}
              />
            )}
            {analysis && <Choices options={analysis.options} onChange={onOptions} />}
          </>
        )}
      </InputsRegion>
      {result && analysis && (
        <ResultsRegion id={`${id}-results`}>
          {drawn > 1 && <Results heading={H} analysis={analysis} order={order} onOrder={setOrder} />}
          <div class="cx-kano__actions">
            <button
              type="button"
              onClick={() => {
                const ctx = exportContext();
                if (ctx) downloadText('kano-results.csv', analysisCsv(analysis, ctx));
              }}
            >
              {t.downloadResults}
            </button>
            <button type="button" onClick={() => void downloadWorkbook()}>
              {t.downloadWorkbook}
            </button>
            <button type="button" onClick={() => window.print()}>
              {t.printReport}
            </button>
            <p class="cx-kano__status" role="status">
              {workbookStatus}
            </p>
          </div>
          {drawn > 1 && <Continuous analysis={analysis} />}
        </ResultsRegion>
      )}
    </div>
  );
}
