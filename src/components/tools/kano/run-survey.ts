import { IssueLog } from '../../../lib/kano/issues';
import { MAX_ISSUES } from '../../../lib/kano/limits';
import { emptyRun, type SurveyRun, type SurveySettings } from '../../../lib/kano/survey';
import { readReply, unreadableRun } from '../../../lib/kano/survey-job';
import { KANO_RECOGNITION } from './recognition';

/** Texts shorter than this are read on the main thread at once: they take well under 50 ms. */
export const INLINE_LIMIT = 60_000;
/** Header rows with more fields than this go to the worker however short the text: each feature costs its tests. */
export const INLINE_FIELDS = 120;

/** Whether a text is small enough to read on the main thread: short, and not wide (fields counted by the likeliest separator in its first line). */
export function readsInline(text: string): boolean {
  if (text.length >= INLINE_LIMIT) return false;
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  const most = Math.max(...[',', ';', '\t'].map((sep) => first.split(sep).length));
  return most <= INLINE_FIELDS;
}
/** Longest main-thread slice, in ms, when the work runs in chunks (no worker, e.g. from file://). */
const SLICE_MS = 12;

/** A survey run under way: its result, and a way to stop it. */
export interface RunHandle {
  /** The run; undefined only when `cancel` stopped it (a text that cannot be read gives a run naming the problem). */
  done: Promise<SurveyRun | undefined>;
  cancel(): void;
}

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
        try {
          const table = readTable(text, log);
          if (!table) {
            resolve(emptyRun(log));
            return;
          }
          const steps = surveySteps(table, settings, log, KANO_RECOGNITION);
          const slice = () => {
            if (cancelled) {
              resolve(undefined);
              return;
            }
            const start = performance.now();
            try {
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
            } catch {
              resolve(unreadableRun(log));
            }
          };
          slice();
        } catch {
          resolve(unreadableRun(log));
        }
      }),
    // The reading code could not be loaded (offline, a changed build): a named problem, not a stop.
    () => (cancelled ? undefined : unreadableRun()),
  );
  return {
    done,
    cancel: () => {
      cancelled = true;
    },
  };
}

let worker: { w: Worker; ready: Promise<boolean> } | undefined;
let workerBroken = false;
let nextId = 1;
/** How long a new worker may take to say it is ready before the work runs in chunks instead. */
const READY_MS = 3000;

/** The survey worker, started once; `ready` is false when it cannot start (file://, CSP, old browser). */
function startWorker(): { w: Worker; ready: Promise<boolean> } | undefined {
  if (workerBroken || typeof Worker === 'undefined' || location.protocol === 'file:') return undefined;
  if (worker) return worker;
  try {
    const w = new Worker(new URL('./kano.worker.ts', import.meta.url), { type: 'module' });
    const ready = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), READY_MS);
      const settle = (ok: boolean) => {
        clearTimeout(timer);
        w.removeEventListener('message', onReady);
        w.removeEventListener('error', onError);
        resolve(ok);
      };
      const onReady = (e: MessageEvent) => {
        if ((e.data as { type?: string }).type === 'ready') settle(true);
      };
      const onError = (e: Event) => {
        e.preventDefault();
        settle(false);
      };
      w.addEventListener('message', onReady);
      w.addEventListener('error', onError);
    }).then((ok) => {
      if (!ok) {
        workerBroken = true;
        worker = undefined;
        w.terminate();
      }
      return ok;
    });
    worker = { w, ready };
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
  const started = readsInline(text) ? undefined : startWorker();
  if (!started) return runInChunks(text, settings, onProgress);
  const { w, ready } = started;
  const id = nextId++;
  let inner: RunHandle | undefined;
  let cancelled = false;
  let finish: (r: SurveyRun | undefined) => void = () => undefined;
  const done = new Promise<SurveyRun | undefined>((resolve) => {
    finish = resolve;
  });
  const fallBack = () => {
    stop();
    inner = runInChunks(text, settings, onProgress);
    void inner.done.then(finish);
  };
  const stop = () => {
    w.removeEventListener('message', onMessage);
    w.removeEventListener('error', onError);
  };
  const onMessage = (e: MessageEvent) => {
    const m = readReply(e.data, id);
    if (m.kind === 'progress') onProgress(m.share);
    else if (m.kind === 'done') {
      stop();
      finish(m.run);
    }
  };
  const onError = (e: Event) => {
    e.preventDefault();
    workerBroken = true;
    worker = undefined;
    fallBack();
  };
  void ready.then((ok) => {
    if (cancelled) return;
    if (!ok) {
      fallBack();
      return;
    }
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, text, settings });
  });
  return {
    done,
    cancel: () => {
      cancelled = true;
      stop();
      if (inner) inner.cancel();
      else {
        // Stopping the worker is the only way to stop its loop; a fresh one starts on the next run.
        w.terminate();
        worker = undefined;
      }
      finish(undefined);
    },
  };
}
