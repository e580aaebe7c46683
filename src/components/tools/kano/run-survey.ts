import { IssueLog } from '../../../lib/kano/issues';
import { MAX_ISSUES } from '../../../lib/kano/limits';
import type { SurveyRun, SurveySettings } from '../../../lib/kano/survey';

/** Texts shorter than this are read on the main thread at once: they take well under 50 ms. */
export const INLINE_LIMIT = 60_000;
/** Longest main-thread slice, in ms, when the work runs in chunks (no worker, e.g. from file://). */
const SLICE_MS = 12;

/** A survey run under way: its result, and a way to stop it. */
export interface RunHandle {
  done: Promise<SurveyRun | undefined>;
  cancel(): void;
}

const emptyRun = (log: IssueLog): SurveyRun => ({
  header: [],
  delimiter: ',',
  mapping: { features: [], segment: null },
  foundBy: [],
  answers: [],
  answersLeftOut: 0,
  rowsRead: 0,
  analysis: undefined,
  issues: log.shown,
  issueCount: log.total,
});

/** Runs the survey on the main thread (its code loaded on first use), in slices of about SLICE_MS with a pause between, reporting progress. */
function runInChunks(text: string, settings: SurveySettings, onProgress: (share: number) => void): RunHandle {
  let cancelled = false;
  const done = import('../../../lib/kano/survey').then(
    ({ readTable, surveySteps }) =>
      new Promise<SurveyRun | undefined>((resolve) => {
        if (cancelled) {
          resolve(undefined);
          return;
        }
        const log = new IssueLog(MAX_ISSUES);
        const table = readTable(text, log);
        if (!table) {
          resolve(emptyRun(log));
          return;
        }
        const steps = surveySteps(table, settings, log);
        const slice = () => {
          if (cancelled) {
            resolve(undefined);
            return;
          }
          const start = performance.now();
          for (;;) {
            const next = steps.next();
            if (next.done) {
              resolve({ ...next.value, issues: log.shown, issueCount: log.total });
              return;
            }
            if (performance.now() - start > SLICE_MS) {
              onProgress(next.value);
              setTimeout(slice, 0);
              return;
            }
          }
        };
        slice();
      }),
  );
  return {
    done,
    cancel: () => {
      cancelled = true;
    },
  };
}

let worker: Worker | undefined;
let workerBroken = false;
let nextId = 1;

function startWorker(): Worker | undefined {
  if (workerBroken || typeof Worker === 'undefined') return undefined;
  try {
    worker ??= new Worker(new URL('./kano.worker.ts', import.meta.url), { type: 'module' });
    return worker;
  } catch {
    workerBroken = true;
    return undefined;
  }
}

/**
 * Reads, maps and analyses a survey: small texts at once, larger ones in a Web Worker, or, where no
 * worker starts (the offline edition on file://), in main-thread chunks with the same progress.
 */
export function runSurveyAsync(text: string, settings: SurveySettings, onProgress: (share: number) => void): RunHandle {
  if (text.length < INLINE_LIMIT) {
    const chunks = runInChunks(text, settings, onProgress);
    return chunks;
  }
  const w = startWorker();
  if (!w) return runInChunks(text, settings, onProgress);
  const id = nextId++;
  let fallback: RunHandle | undefined;
  let finish: (r: SurveyRun | undefined) => void = () => undefined;
  const done = new Promise<SurveyRun | undefined>((resolve) => {
    finish = resolve;
  });
  const stop = () => {
    w.removeEventListener('message', onMessage);
    w.removeEventListener('error', onError);
  };
  const onMessage = (e: MessageEvent) => {
    const m = e.data as { id: number; type: string; share?: number; run?: SurveyRun };
    if (m.id !== id) return;
    if (m.type === 'progress') onProgress(m.share ?? 0);
    else if (m.type === 'done') {
      stop();
      finish(m.run);
    } else {
      stop();
      fallback = runInChunks(text, settings, onProgress);
      void fallback.done.then(finish);
    }
  };
  const onError = (e: Event) => {
    e.preventDefault();
    stop();
    workerBroken = true;
    worker = undefined;
    fallback = runInChunks(text, settings, onProgress);
    void fallback.done.then(finish);
  };
  w.addEventListener('message', onMessage);
  w.addEventListener('error', onError);
  w.postMessage({ id, text, settings });
  return {
    done,
    cancel: () => {
      stop();
      if (fallback) fallback.cancel();
      else {
        // Stopping the worker is the only way to stop its loop; a fresh one starts on the next run.
        w.terminate();
        worker = undefined;
      }
      finish(undefined);
    },
  };
}
