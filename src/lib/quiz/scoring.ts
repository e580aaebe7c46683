import { SOURCES, type Source, STATEMENTS, type StatementId } from './statements';

/** The five-point agreement scale: 1 strongly disagree, 3 neither, 5 strongly agree. */
export const SCALE = [1, 2, 3, 4, 5] as const;

/** One point on the agreement scale. */
export type Agreement = (typeof SCALE)[number];

/** Answers given so far, by statement id; unanswered statements are absent. */
export type Answers = Partial<Record<StatementId, Agreement>>;

/** A source is scored once at least this many of its four statements are answered. */
export const MIN_ANSWERS_PER_SOURCE = 2;

/** One source's score and how many of its statements it rests on. */
export interface SourceScore {
  source: Source;
  /** 0 to 100, whole numbers; undefined until MIN_ANSWERS_PER_SOURCE statements are answered. */
  score: number | undefined;
  answered: number;
}

/** An answer as 0 to 1 towards the source: (a - 1) / 4, or (5 - a) / 4 for a reverse-keyed statement. */
export function itemValue(answer: Agreement, reverse: boolean): number {
  return reverse ? (5 - answer) / 4 : (answer - 1) / 4;
}

/** A source's score: 100 x the mean item value of its answered statements, rounded. */
export function scoreSource(answers: Answers, source: Source): SourceScore {
  const values: number[] = [];
  for (const s of STATEMENTS) {
    const a = answers[s.id];
    if (s.source === source && a !== undefined) values.push(itemValue(a, s.reverse));
  }
  const answered = values.length;
  if (answered < MIN_ANSWERS_PER_SOURCE) return { source, score: undefined, answered };
  const mean = values.reduce((sum, v) => sum + v, 0) / answered;
  return { source, score: Math.round(mean * 100), answered };
}

/** Scores of all four sources, in SOURCES order. */
export function scoreAll(answers: Answers): SourceScore[] {
  return SOURCES.map((s) => scoreSource(answers, s));
}

/** All four scores when every source has enough answers; otherwise undefined. */
export function completeProfile(answers: Answers): Record<Source, number> | undefined {
  const out: Partial<Record<Source, number>> = {};
  for (const s of scoreAll(answers)) {
    if (s.score === undefined) return undefined;
    out[s.source] = s.score;
  }
  const { problem, opportunity, feel, look } = out;
  if (problem === undefined || opportunity === undefined || feel === undefined || look === undefined) return undefined;
  return { problem, opportunity, feel, look };
}

/** How many statements are answered in total. */
export function answeredCount(answers: Answers): number {
  return STATEMENTS.filter((s) => answers[s.id] !== undefined).length;
}

/** A copy of the answers with one statement answered, or cleared when `value` is undefined. */
export function withAnswer(answers: Answers, id: StatementId, value: Agreement | undefined): Answers {
  const next: Answers = {};
  for (const s of STATEMENTS) {
    const a = s.id === id ? value : answers[s.id];
    if (a !== undefined) next[s.id] = a;
  }
  return next;
}
