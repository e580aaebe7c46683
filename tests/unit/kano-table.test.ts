import { describe, expect, it } from 'vitest';
import { kanoText as deKano } from '../../src/i18n/de/kano';
import { kanoText as enKano } from '../../src/i18n/en/kano';
import { ANSWERS, type Answer, parseAnswer as parseWith } from '../../src/lib/kano/answers';
import { classifyPair, EVALUATION_TABLE } from '../../src/lib/kano/table';
import { RECOGNITION } from './kano-recognition';

const parseAnswer = (raw: string) => parseWith(raw, RECOGNITION);

// Berger et al. (1993), functional answer (row) by dysfunctional answer (column).
const CELLS: [Answer, Answer, string][] = [
  ['like', 'like', 'Q'],
  ['like', 'expect', 'A'],
  ['like', 'neutral', 'A'],
  ['like', 'tolerate', 'A'],
  ['like', 'dislike', 'O'],
  ['expect', 'like', 'R'],
  ['expect', 'expect', 'I'],
  ['expect', 'neutral', 'I'],
  ['expect', 'tolerate', 'I'],
  ['expect', 'dislike', 'M'],
  ['neutral', 'like', 'R'],
  ['neutral', 'expect', 'I'],
  ['neutral', 'neutral', 'I'],
  ['neutral', 'tolerate', 'I'],
  ['neutral', 'dislike', 'M'],
  ['tolerate', 'like', 'R'],
  ['tolerate', 'expect', 'I'],
  ['tolerate', 'neutral', 'I'],
  ['tolerate', 'tolerate', 'I'],
  ['tolerate', 'dislike', 'M'],
  ['dislike', 'like', 'R'],
  ['dislike', 'expect', 'R'],
  ['dislike', 'neutral', 'R'],
  ['dislike', 'tolerate', 'R'],
  ['dislike', 'dislike', 'Q'],
];

describe('the evaluation table', () => {
  it('has 25 cells, each tested once', () => {
    expect(EVALUATION_TABLE.flat()).toHaveLength(25);
    expect(new Set(CELLS.map(([f, d]) => `${f}/${d}`)).size).toBe(25);
  });
  it.each(CELLS)('functional %s, dysfunctional %s is %s', (f, d, category) => {
    expect(classifyPair(f, d)).toBe(category);
  });
});

describe('parseAnswer', () => {
  it.each([
    ['I like it', 'like'],
    ['  i LIKE it. ', 'like'],
    ['1', 'like'],
    ['I expect it', 'expect'],
    ['It must be that way', 'expect'],
    ['2', 'expect'],
    ['neutral', 'neutral'],
    ["I'm neutral", 'neutral'],
    ['3', 'neutral'],
    ['I can tolerate it', 'tolerate'],
    ['I can live with it', 'tolerate'],
    ['4', 'tolerate'],
    ['Dislike', 'dislike'],
    ['5', 'dislike'],
  ])('reads %j as %s', (raw, answer) => {
    expect(parseAnswer(raw)).toBe(answer);
  });
  it.each(['', '0', '6', '12', '-1', '(1)', '1.5', 'like 2', 'maybe', '<b>like</b>x', '=1+1'])(
    'does not know %j',
    (raw) => {
      expect(parseAnswer(raw)).toBeUndefined();
    },
  );
  it('reads back every word the sample survey and the questionnaire export write, in each language', () => {
    for (const words of [enKano.answers, deKano.answers])
      for (const a of ANSWERS) expect(parseAnswer(words[a])).toBe(a);
  });
});
