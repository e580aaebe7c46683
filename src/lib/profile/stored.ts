import type { StoreFormat } from '../state/format';
import { deepEqual } from '../state/merge';
import { readProfileFile, serialiseProfile } from './file';
import { emptyProfile, type Profile } from './model';

/**
 * How the profile is kept in the browser: cx-spectrum:profile:v1, as the same JSON an export
 * writes and read through the same checks as an imported file. An empty profile is not kept.
 * Which offering is shown belongs to each tab and is never taken from another.
 */
export const profileFormat: StoreFormat<Profile> = {
  name: 'profile',
  version: 1,
  defaults: emptyProfile,
  read: (raw) => {
    const read = readProfileFile(raw);
    return read.ok ? { ok: true, value: read.profile, notices: [] } : { ok: false, problems: read.problems };
  },
  write: (p) => (deepEqual(p, emptyProfile()) ? null : serialiseProfile(p)),
  local: ['current'],
};
