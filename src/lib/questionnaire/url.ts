import { ADDRESS_LIMITS, fitsAddress, packQuery, unpackQuery } from '../state/packed';
import { type AnswerSetId, emptyQuestionnaire, Q_LIMITS, type Questionnaire } from './model';
import { type QuestionnaireProblem, readQuestionnaire } from './read';

export {
  QUESTIONNAIRE_KEYS,
  type QuestionnaireProblem,
  type QuestionnaireProblemCode,
  readQuestionnaire,
} from './read';

/**
 * An address up to this length is written as it is (readable, editable by hand); a longer one is packed
 * when that is shorter, so the QR code of a questionnaire with descriptions stays as coarse as it can.
 */
export const QR_TARGET = 500;

/**
 * Reads a questionnaire from an address query, packed (`z1`) or not; never throws, every value not used as
 * given is a problem. `saved` is for the builder's own saved copy, read whatever its length.
 */
export async function decodeQuestionnaire(
  params: URLSearchParams | string,
  saved = false,
): Promise<{ value: Questionnaire; problems: QuestionnaireProblem[] }> {
  const unpacked = await unpackQuery(typeof params === 'string' ? params : params.toString());
  if (!unpacked.ok) {
    return { value: emptyQuestionnaire(), problems: [{ code: 'bad-packed', key: '', amount: ADDRESS_LIMITS.read }] };
  }
  return readQuestionnaire(unpacked.query, saved || unpacked.packed);
}

/**
 * The questionnaire's address query, packed past QR_TARGET when that is shorter; `ok: false` (with the
 * length it would have) when even packed it is longer than an address is read.
 */
export async function questionnaireAddress(
  q: Questionnaire,
): Promise<{ ok: true; query: string } | { ok: false; length: number }> {
  const query = await packQuery(encodeQuestionnaire(q).toString(), QR_TARGET);
  return fitsAddress(query) ? { ok: true, query } : { ok: false, length: query.length };
}

/** Writes a questionnaire as an address query, features numbered from 1, empty values left out. */
export function encodeQuestionnaire(q: Questionnaire): URLSearchParams {
  const p = new URLSearchParams();
  if (q.title.trim() !== '') p.set('title', q.title.trim());
  q.features
    .filter((f) => f.name.trim() !== '')
    .slice(0, Q_LIMITS.features)
    .forEach((f, i) => {
      p.set(`f${i + 1}`, f.name.trim());
      if (f.description.trim() !== '') p.set(`d${i + 1}`, f.description.trim());
    });
  if (q.functional.trim() !== '') p.set('ask-yes', q.functional.trim());
  if (q.dysfunctional.trim() !== '') p.set('ask-no', q.dysfunctional.trim());
  if (q.answers !== emptyQuestionnaire().answers) p.set('set', q.answers satisfies AnswerSetId);
  return p;
}
