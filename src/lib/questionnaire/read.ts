import { emptyQuestionnaire, isAnswerSet, Q_LIMITS, type QuestionFeature, type Questionnaire } from './model';

/** How much of a refused key or value a problem quotes (UTF-16 units). */
const SHOWN = 40;

/**
 * The questionnaire in an address: `title`, `f1`…`f20` (feature names), `d1`…`d20` (descriptions),
 * `ask-yes` / `ask-no` (edited questions) and `set` (answer set): readable and editable by hand.
 */
export const QUESTIONNAIRE_KEYS = ['title', 'ask-yes', 'ask-no', 'set'] as const;

/** What was wrong with a questionnaire address; the i18n layer turns each into a sentence. */
export type QuestionnaireProblemCode =
  | 'too-long-address'
  | 'bad-packed'
  | 'unknown-key'
  | 'too-long'
  | 'bad-set'
  | 'too-many-features'
  | 'description-without-name'
  | 'markup';

/** One problem, with the key it was found under and, where it helps, the amount (a limit or a count). */
export interface QuestionnaireProblem {
  code: QuestionnaireProblemCode;
  key: string;
  amount?: number;
  /** The offending text, untrusted: render as text only. */
  value?: string;
}

const FEATURE_KEY = /^([fd])([1-9]\d?)$/;

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** One line of untrusted text: control characters become spaces, runs of spaces one, cut to a limit. */
function line(raw: string, max: number, key: string, problems: QuestionnaireProblem[]): string {
  const clean = raw.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (/<\s*\/?\s*[a-z!]/i.test(clean)) problems.push({ code: 'markup', key, value: clean.slice(0, SHOWN) });
  if (clean.length <= max) return clean;
  problems.push({ code: 'too-long', key, amount: max });
  return clean.slice(0, max).trim();
}

/**
 * Reads a questionnaire from an unpacked address query; never throws, every value not used as given is a
 * problem. `whole` reads past the address limit (a saved copy, or a packed address already bounded).
 * A packed (`z1`) query is read by `decodeQuestionnaire`, which only then loads the unpacker.
 */
export function readQuestionnaire(
  params: URLSearchParams | string,
  whole = false,
): {
  value: Questionnaire;
  problems: QuestionnaireProblem[];
} {
  const problems: QuestionnaireProblem[] = [];
  const q = emptyQuestionnaire();
  let query = typeof params === 'string' ? params.replace(/^\?/, '') : params.toString();
  if (!whole && query.length > Q_LIMITS.query) {
    problems.push({ code: 'too-long-address', key: '', amount: Q_LIMITS.query });
    query = query.slice(0, Q_LIMITS.query);
    query = query.slice(0, Math.max(0, query.lastIndexOf('&')));
  }
  const p = new URLSearchParams(query);
  const names = new Map<number, string>();
  const about = new Map<number, string>();
  for (const [key, raw] of p) {
    const m = FEATURE_KEY.exec(key);
    if (m) {
      const n = Number(m[2]);
      if (n > Q_LIMITS.features) {
        problems.push({ code: 'too-many-features', key, amount: Q_LIMITS.features });
        continue;
      }
      if (m[1] === 'f') names.set(n, line(raw, Q_LIMITS.name, key, problems));
      else about.set(n, line(raw, Q_LIMITS.description, key, problems));
      continue;
    }
    if (key === 'title') q.title = line(raw, Q_LIMITS.title, key, problems);
    else if (key === 'ask-yes') q.functional = line(raw, Q_LIMITS.wording, key, problems);
    else if (key === 'ask-no') q.dysfunctional = line(raw, Q_LIMITS.wording, key, problems);
    else if (key === 'set') {
      if (isAnswerSet(raw)) q.answers = raw;
      else problems.push({ code: 'bad-set', key, value: raw.slice(0, SHOWN) });
    } else problems.push({ code: 'unknown-key', key: key.slice(0, SHOWN) });
  }
  const features: QuestionFeature[] = [];
  for (let n = 1; n <= Q_LIMITS.features; n += 1) {
    const name = names.get(n) ?? '';
    const description = about.get(n) ?? '';
    if (name === '') {
      if (description !== '') problems.push({ code: 'description-without-name', key: `d${n}` });
      continue;
    }
    features.push({ name, description });
  }
  q.features = features;
  return { value: q, problems };
}
