/// <reference lib="webworker" />
/** The Kano survey worker: reads, maps and analyses off the main thread, reporting progress. */
import { IssueLog } from '../../../lib/kano/issues';
import { MAX_ISSUES } from '../../../lib/kano/limits';
import { readTable, type SurveySettings, type SurveyTable, surveySteps } from '../../../lib/kano/survey';
import { KANO_RECOGNITION } from './recognition';

interface Job {
  id: number;
  text: string;
  settings: SurveySettings;
}

let cached: { text: string; table: SurveyTable | undefined; log: IssueLog } | undefined;

self.onmessage = (e: MessageEvent<Job>) => {
  const { id, text, settings } = e.data;
  try {
    if (!cached || cached.text !== text) {
      const log = new IssueLog(MAX_ISSUES);
      cached = { text, table: readTable(text, log), log };
    }
    const log = new IssueLog(MAX_ISSUES);
    for (const i of cached.log.shown) log.add(i);
    log.total = cached.log.total;
    if (!cached.table) {
      self.postMessage({ id, type: 'done', run: undefined, issues: log.shown, issueCount: log.total });
      return;
    }
    const steps = surveySteps(cached.table, settings, log, KANO_RECOGNITION);
    let last = 0;
    for (;;) {
      const next = steps.next();
      if (next.done) {
        self.postMessage({ id, type: 'done', run: { ...next.value, issues: log.shown, issueCount: log.total } });
        return;
      }
      if (next.value - last >= 0.05) {
        last = next.value;
        self.postMessage({ id, type: 'progress', share: next.value });
      }
    }
  } catch {
    self.postMessage({ id, type: 'failed' });
  }
};

self.postMessage({ type: 'ready' });
