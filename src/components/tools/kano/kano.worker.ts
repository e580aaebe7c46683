/// <reference lib="webworker" />
/** The Kano survey worker: reads, maps and analyses off the main thread, reporting progress; every job ends in a run. */
import { type ReadCache, runJob, type SurveyJob } from '../../../lib/kano/survey-job';
import { KANO_RECOGNITION } from './recognition';

let cached: ReadCache | undefined;

self.onmessage = (e: MessageEvent<SurveyJob>) => {
  cached = runJob(e.data, cached, KANO_RECOGNITION, (reply) => self.postMessage(reply));
};

self.postMessage({ type: 'ready' });
