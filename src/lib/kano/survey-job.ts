import type { AnswerRecognition } from './answers';
import { IssueLog, type SurveyIssue } from './issues';
import { MAX_ISSUES } from './limits';
import { emptyRun, readTable, type SurveyRun, type SurveySettings, type SurveyTable, surveySteps } from './survey';

/** One reading asked of the survey worker. */
export interface SurveyJob {
  id: number;
  text: string;
  settings: SurveySettings;
}

/** What the worker sends back for a job: progress now and then, and always one run at the end. */
export type JobReply = { id: number; type: 'progress'; share: number } | { id: number; type: 'done'; run: SurveyRun };

/** A reply as the page reads it: progress, a finished run (a named problem when it could not read), or not its own. */
export type ReplyRead = { kind: 'progress'; share: number } | { kind: 'done'; run: SurveyRun } | { kind: 'other' };

/** The table read last, with the problems reading it found, so a changed choice does not parse the text again. */
export interface ReadCache {
  text: string;
  table: SurveyTable | undefined;
  issues: readonly SurveyIssue[];
  total: number;
}

/** A run that could not read the survey: the problems met so far and then "unreadable", never an empty answer. */
export function unreadableRun(log: IssueLog = new IssueLog(MAX_ISSUES)): SurveyRun {
  log.add({ code: 'unreadable', severity: 'error' });
  return emptyRun(log);
}

/** Progress is reported in steps of at least this share. */
const PROGRESS_STEP = 0.05;

/**
 * Reads, maps and analyses one job, posting progress and exactly one 'done' with a run: an unreadable
 * or empty text gives a run that names the problem, and so does an error thrown on the way.
 * Returns the cache for the next job.
 */
export function runJob(
  job: SurveyJob,
  cache: ReadCache | undefined,
  recognition: AnswerRecognition,
  post: (reply: JobReply) => void,
): ReadCache | undefined {
  const { id, text, settings } = job;
  const log = new IssueLog(MAX_ISSUES);
  let next = cache;
  try {
    if (!next || next.text !== text) {
      const read = new IssueLog(MAX_ISSUES);
      next = { text, table: readTable(text, read), issues: read.shown, total: read.total };
    }
    for (const i of next.issues) log.add(i);
    log.total = next.total;
    if (!next.table) {
      post({ id, type: 'done', run: emptyRun(log) });
      return next;
    }
    const steps = surveySteps(next.table, settings, log, recognition);
    let last = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        post({ id, type: 'done', run: { ...step.value, issues: log.shown, issueCount: log.total } });
        return next;
      }
      if (step.value - last >= PROGRESS_STEP) {
        last = step.value;
        post({ id, type: 'progress', share: step.value });
      }
    }
  } catch {
    post({ id, type: 'done', run: unreadableRun(log) });
    return undefined;
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** True when a value has the shape of a run: what the page needs to show it. */
function isRun(x: unknown): x is SurveyRun {
  return (
    isObject(x) &&
    Array.isArray(x['header']) &&
    isObject(x['mapping']) &&
    Array.isArray(x['mapping']['features']) &&
    Array.isArray(x['answers']) &&
    Array.isArray(x['issues']) &&
    typeof x['issueCount'] === 'number'
  );
}

/**
 * Reads a message from the worker for job `id`: other jobs' messages and 'ready' are not its own; a
 * finished job with no usable run, or any other message for it, reads as done with "unreadable".
 */
export function readReply(data: unknown, id: number): ReplyRead {
  if (!isObject(data) || data['id'] !== id) return { kind: 'other' };
  if (data['type'] === 'progress') {
    const share = data['share'];
    return { kind: 'progress', share: typeof share === 'number' && share >= 0 && share <= 1 ? share : 0 };
  }
  if (data['type'] === 'done' && isRun(data['run'])) return { kind: 'done', run: data['run'] };
  return { kind: 'done', run: unreadableRun() };
}
