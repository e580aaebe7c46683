import Papa from 'papaparse';
import { ANSWERS, type Answer, type AnswerWords } from './answers';
import { pickWeighted, seededRandom } from './random';
import { CATEGORIES, type Category, classifyPair } from './table';

/**
 * How the respondents of the sample lean on each of its five made-up features of a meal-kit
 * subscription, as weights over A, O, M, I, R, Q; the features' names are in the page's language.
 */
export const SAMPLE_WEIGHTS: readonly (readonly [number, number, number, number, number, number])[] = [
  [5, 22, 58, 10, 0, 5],
  [16, 46, 22, 14, 0, 2],
  [46, 10, 4, 36, 0, 4],
  [36, 5, 0, 30, 25, 4],
  [18, 8, 10, 58, 2, 4],
];

/** Every answer pair that lands in each category, so a category can be turned back into answers. */
const PAIRS: Record<Category, [Answer, Answer][]> = { A: [], O: [], M: [], I: [], R: [], Q: [] };
for (const f of ANSWERS) for (const d of ANSWERS) PAIRS[classifyPair(f, d)].push([f, d]);

/** Header cells for a list of feature names, in the documented "Name (functional)" form. */
export function surveyHeader(names: readonly string[]): string[] {
  return ['Respondent', ...names.flatMap((n) => [`${n} (functional)`, `${n} (dysfunctional)`])];
}

/**
 * A deterministic sample survey: 30 respondents answering about the 5 features of SAMPLE_WEIGHTS,
 * named by `names` (one per feature), in the answer words `words`.
 */
export function sampleSurveyCsv(names: readonly string[], words: AnswerWords, respondents = 30, seed = 2012): string {
  const random = seededRandom(seed);
  const rows: string[][] = [surveyHeader(SAMPLE_WEIGHTS.map((_, i) => names[i] ?? `#${i + 1}`))];
  for (let r = 1; r <= respondents; r += 1) {
    const row = [`R${String(r).padStart(2, '0')}`];
    for (const weights of SAMPLE_WEIGHTS) {
      const category = CATEGORIES[pickWeighted(weights, random)] ?? 'I';
      const options = PAIRS[category];
      const [f, d] = options[Math.floor(random() * options.length)] ?? ['neutral', 'neutral'];
      row.push(words[f], words[d]);
    }
    rows.push(row);
  }
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}

/** An empty survey to fill in: the header row for placeholder features named by `names`. */
export function templateCsv(names: readonly string[]): string {
  return `${Papa.unparse([surveyHeader(names)], { newline: '\n' })}\n`;
}
