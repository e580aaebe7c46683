import { profileFormat } from '../../lib/profile/stored';
import { useSavedState } from '../tools/shared/use-saved-state';

/**
 * The profile, read from localStorage after hydration (through the same checks as an imported
 * file), saved after every change, and merged field by field with what other tabs save.
 */
export function useSavedProfile() {
  return useSavedState(profileFormat);
}
