/** A problem found while reading saved or shared state, in words a reader understands. */
export interface StateNotice {
  /** The URL key, field or file path the problem was found in. */
  key: string;
  /** What was wrong and what was used instead, e.g. "frequency “abc” is not a number; using 5". */
  message: string;
}

/** A decoded value and every problem met on the way; the value is always safe to use. */
export interface Decoded<T> {
  value: T;
  notices: StateNotice[];
}
