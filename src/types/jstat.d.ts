/** The few parts of jStat (which ships no types) that the Kano statistics use. */
declare module 'jstat' {
  interface JStat {
    normal: { inv(p: number, mean: number, sd: number): number };
    binomial: { cdf(k: number, n: number, p: number): number };
    chisquare: { cdf(x: number, df: number): number };
  }
  const jStat: JStat;
  export default jStat;
}
