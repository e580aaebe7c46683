import type { Codec } from '../state/codec';
import { readNumber, readText } from '../state/fields';
import type { StateNotice } from '../state/notice';
import type { Agreement, Answers } from './scoring';
import { STATEMENTS } from './statements';

/** The quiz's shareable state. */
export interface QuizState {
  offering: string;
  answers: Answers;
  /** The offering's place on the spectrum grid, typed by hand; null when not given. */
  frequency: number | null;
  complexity: number | null;
}

/** Longest offering name kept. */
export const MAX_OFFERING_LENGTH = 80;

/** URL keys: the offering, one key per statement id (problem1 ... look4), and the optional grid place. */
export const QUIZ_KEYS: readonly string[] = [
  'quiz-offering',
  ...STATEMENTS.map((s) => s.id),
  'quiz-frequency',
  'quiz-complexity',
];

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function defaults(): QuizState {
  return { offering: '', answers: {}, frequency: null, complexity: null };
}

/** Reads one answer: exactly 1 to 5, else unanswered with a notice. */
function readAgreement(raw: string | null, key: string, notices: StateNotice[]): Agreement | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const text = raw.trim();
  if (text === '1' || text === '2' || text === '3' || text === '4' || text === '5') return Number(text) as Agreement;
  notices.push({ key, field: { tool: 'value-quiz', field: 'answer' }, code: 'bad-answer', given: text });
  return undefined;
}

/** Reads an optional grid axis value (0 to 10): blank is "not given", text that is not a number is dropped with a notice. */
function readPlace(
  raw: string | null,
  key: string,
  axis: 'frequency' | 'complexity',
  notices: StateNotice[],
): number | null {
  if (raw === null || raw.trim() === '') return null;
  const field = { tool: 'value-quiz', field: axis } as const;
  if (!NUMBER.test(raw.trim())) {
    notices.push({ key, field, code: 'not-a-number-left-empty', given: raw });
    return null;
  }
  const r = readNumber(raw, { key, field, min: 0, max: 10, fallback: 5 });
  if (r.notice) notices.push(r.notice);
  return r.value;
}

/** Reads the quiz state from a query; never throws. */
function decode(params: URLSearchParams) {
  const notices: StateNotice[] = [];
  const name = readText(params.get('quiz-offering'), {
    key: 'quiz-offering',
    field: { tool: 'value-quiz', field: 'offering' },
    maxLength: MAX_OFFERING_LENGTH,
    fallback: '',
  });
  if (name.notice) notices.push(name.notice);
  const answers: Answers = {};
  for (const s of STATEMENTS) {
    const a = readAgreement(params.get(s.id), s.id, notices);
    if (a !== undefined) answers[s.id] = a;
  }
  const frequency = readPlace(params.get('quiz-frequency'), 'quiz-frequency', 'frequency', notices);
  const complexity = readPlace(params.get('quiz-complexity'), 'quiz-complexity', 'complexity', notices);
  return { value: { offering: name.value, answers, frequency, complexity }, notices };
}

/** Writes only what differs from the defaults, in a stable order. */
function encode(state: QuizState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.offering !== '') p.set('quiz-offering', state.offering);
  for (const s of STATEMENTS) {
    const a = state.answers[s.id];
    if (a !== undefined) p.set(s.id, String(a));
  }
  if (state.frequency !== null) p.set('quiz-frequency', String(state.frequency));
  if (state.complexity !== null) p.set('quiz-complexity', String(state.complexity));
  return p;
}

/** The value quiz's URL and storage codec. */
export const quizCodec: Codec<QuizState> = { name: 'value-quiz', version: 1, defaults, decode, encode };
