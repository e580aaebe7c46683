import { fnv1a, toBase32 } from './base32';
import type { Questionnaire } from './model';

/** Characters of the questionnaire fingerprint in a response code (20 bits). */
export const FINGERPRINT_LENGTH = 4;

/**
 * A short fingerprint of what answers mean: the answer set and the feature names in order. Wording,
 * title and descriptions are left out on purpose, so a trainer may fix a typo there without making the
 * codes already given out unreadable.
 */
export function fingerprint(q: Questionnaire): string {
  const canon = [q.answers, ...q.features.map((f) => f.name.trim().toLowerCase())].join('\n');
  return toBase32(fnv1a(canon) >>> 12, FINGERPRINT_LENGTH);
}
