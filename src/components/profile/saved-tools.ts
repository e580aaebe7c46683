import { PROFILE_TOOLS } from '../../lib/profile/model';
import type { SavedStates } from '../../lib/profile/take';
import { TOOL_CODECS } from '../../lib/profile/tool-state';
import { loadSaved } from '../../lib/state/storage';
import { browserStore } from '../tools/shared/browser-store';

/** What every tool has saved in this browser, under its own codec's name and version. */
export function readSavedTools(): SavedStates {
  const store = browserStore();
  const out: Partial<SavedStates> = {};
  for (const tool of PROFILE_TOOLS) {
    const { codec } = TOOL_CODECS[tool];
    out[tool] = loadSaved(store, codec.name, codec.version);
  }
  return out as SavedStates;
}
