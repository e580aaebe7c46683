import type { StoreFormat } from '../state/format';
import { followIndex } from '../state/ids';
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
  write: (p) => {
    // A merge keeps this tab's `current` while another tab may have removed offerings: clamp it.
    const shown = { ...p, current: Math.max(0, Math.min(p.current, p.offerings.length - 1)) };
    return deepEqual(shown, emptyProfile()) ? null : serialiseProfile(shown);
  },
  local: ['current'],
  pointers: ['current'],
  // The offering this tab shows stays shown when another tab removes or adds one before it.
  follow: (merged, ours) => ({ ...merged, current: followIndex(ours.offerings, merged.offerings, ours.current) }),
};
