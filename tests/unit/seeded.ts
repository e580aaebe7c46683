/** A seeded random source (a linear congruential generator), so ids made in a test are the same on every run. */
export function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}
