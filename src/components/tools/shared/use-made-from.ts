import { useEffect, useState } from 'preact/hooks';

/** What an async step made from one input, with the input it was made from. */
export interface MadeFrom<I, O> {
  input: I;
  output: O;
}

/**
 * The last output `make` gave for `input` (as it was when asked; none before the first answers), for
 * a value made a moment later (a packed address). An answer for an input that has since changed is
 * dropped; compare `made.input` with the current input to know whether the output is the current one's.
 */
export function useMadeFrom<I, O>(input: I | undefined, make: (input: I) => Promise<O>): MadeFrom<I, O> | undefined {
  const [made, setMade] = useState<MadeFrom<I, O>>();
  useEffect(() => {
    if (input === undefined) return;
    let current = true;
    void make(input).then((output) => {
      if (current) setMade({ input, output });
    });
    return () => {
      current = false;
    };
  }, [input]);
  return made;
}
