import { useEffect, useState } from 'preact/hooks';

/**
 * How many of `total` parts to show: `step` at first, then `step` more in each later task, all at once
 * before printing; back to `step` when `key` changes. A big result is drawn in slices the page can
 * answer between, rather than in one long task.
 */
export function useGrowing(total: number, step: number, key: unknown): number {
  const [state, setState] = useState({ key, shown: step });
  const shown = Math.min(total, state.key === key ? state.shown : step);
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => setState({ key, shown: shown + step }), 0);
    const all = () => setState({ key, shown: total });
    window.addEventListener('beforeprint', all);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('beforeprint', all);
    };
  }, [key, shown, total, step]);
  return shown;
}
