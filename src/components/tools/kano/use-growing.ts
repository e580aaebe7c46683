import { useEffect, useState } from 'preact/hooks';

/**
 * The growth steps waiting to run, one per frame across every growing part of the page: two parts that
 * grew in the same frame would be laid out and painted together, one long frame instead of two short.
 */
const waiting: (() => void)[] = [];
/** The longest wait for a frame before a step runs anyway. */
const LATEST_MS = 100;
let planned = false;

/** Runs the next waiting step just after the next frame is drawn, so its changes get a frame of their own. */
function plan(): void {
  if (planned || waiting.length === 0) return;
  planned = true;
  const run = () => {
    planned = false;
    waiting.shift()?.();
    plan();
  };
  // After the next frame, or after LATEST_MS when no frame comes (a hidden or throttled page draws none):
  // printing or showing the page then finds the steps done.
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    setTimeout(run, 0);
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(start);
  setTimeout(start, LATEST_MS);
}

/** Queues one growth step; returns a function that takes it out again (the part went away or changed). */
function queueStep(step: () => void): () => void {
  waiting.push(step);
  plan();
  return () => {
    const at = waiting.indexOf(step);
    if (at >= 0) waiting.splice(at, 1);
  };
}

/**
 * How many of `total` parts to show: `step` at first, then `step` more in each later frame (one growing
 * part of the page at a time), all at once before printing; back to `step` when `key` changes. A big
 * result is drawn in slices the page can answer between, rather than in one long task.
 */
export function useGrowing(total: number, step: number, key: unknown): number {
  const [state, setState] = useState({ key, shown: step });
  const shown = Math.min(total, state.key === key ? state.shown : step);
  useEffect(() => {
    if (shown >= total) return;
    const cancel = queueStep(() => setState({ key, shown: shown + step }));
    const all = () => setState({ key, shown: total });
    window.addEventListener('beforeprint', all);
    return () => {
      cancel();
      window.removeEventListener('beforeprint', all);
    };
  }, [key, shown, total, step]);
  return shown;
}
