import Papa from 'papaparse';
import { ANSWER_WORDS, ANSWERS, type Answer } from './answers';
import { pickWeighted, seededRandom } from './random';
import { CATEGORIES, type Category, classifyPair } from './table';

/** A made-up feature of the sample offering and how its respondents lean, as weights over A, O, M, I, R, Q. */
interface SampleFeature {
  name: string;
  weights: readonly [number, number, number, number, number, number];
}

/** Features of an imaginary meal-kit subscription, each given a different leaning. */
export const SAMPLE_FEATURES: readonly SampleFeature[] = [
  { name: 'Fresh ingredients guaranteed', weights: [5, 22, 58, 10, 0, 5] },
  { name: 'Skip or pause any week', weights: [16, 46, 22, 14, 0, 2] },
  { name: 'Video lesson for each recipe', weights: [46, 10, 4, 36, 0, 4] },
  { name: 'Surprise ingredient each week', weights: [36, 5, 0, 30, 25, 4] },
  { name: 'Printed nutrition card', weights: [18, 8, 10, 58, 2, 4] },
];

/** Every answer pair that lands in each category, so a category can be turned back into answers. */
const PAIRS: Record<Category, [Answer, Answer][]> = { A: [], O: [], M: [], I: [], R: [], Q: [] };
for (const f of ANSWERS) for (const d of ANSWERS) PAIRS[classifyPair(f, d)].push([f, d]);

/** Header cells for a list of feature names, in the documented "Name (functional)" form. */
export function surveyHeader(names: readonly string[]): string[] {
  return ['Respondent', ...names.flatMap((n) => [`${n} (functional)`, `${n} (dysfunctional)`])];
}

/** A deterministic sample survey: 30 respondents answering about 5 meal-kit features, in words. */
export function sampleSurveyCsv(respondents = 30, seed = 2012): string {
  const random = seededRandom(seed);
  const rows: string[][] = [surveyHeader(SAMPLE_FEATURES.map((f) => f.name))];
  for (let r = 1; r <= respondents; r += 1) {
    const row = [`R${String(r).padStart(2, '0')}`];
    for (const feature of SAMPLE_FEATURES) {
      const category = CATEGORIES[pickWeighted(feature.weights, random)] ?? 'I';
      const options = PAIRS[category];
      const [f, d] = options[Math.floor(random() * options.length)] ?? ['neutral', 'neutral'];
      row.push(ANSWER_WORDS[f], ANSWER_WORDS[d]);
    }
    rows.push(row);
  }
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}

/** An empty survey to fill in: the header row for three placeholder features. */
export function templateCsv(): string {
  return `${Papa.unparse([surveyHeader(['Feature one', 'Feature two', 'Feature three'])], { newline: '\n' })}\n`;
}
