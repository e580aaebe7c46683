/**
 * Rounds values to whole numbers that add up to `target` exactly (largest remainder):
 * every value is floored, then the missing units go to the largest fractional parts
 * (or, when there are too many, are taken from the smallest). Ties go to the earlier value.
 */
export function roundToTotal(values: readonly number[], target: number): number[] {
  const safe = values.map((v) => (Number.isFinite(v) ? v : 0));
  const out = safe.map(Math.floor);
  if (out.length === 0) return out;
  const order = safe
    .map((v, i) => ({ i, frac: v - Math.floor(v) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i)
    .map((x) => x.i);
  let missing = Math.round(target) - out.reduce((a, b) => a + b, 0);
  for (let k = 0; missing !== 0; k++) {
    const up = missing > 0;
    const pos = up ? order[k % order.length] : order[order.length - 1 - (k % order.length)];
    if (pos === undefined) break;
    out[pos] = (out[pos] ?? 0) + (up ? 1 : -1);
    missing += up ? -1 : 1;
  }
  return out;
}
