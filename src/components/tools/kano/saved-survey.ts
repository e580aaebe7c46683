import { loadSaved, save, type WriteResult } from '../../../lib/state/storage';
import { browserStore } from '../shared/browser-store';

/** Surveys up to this many characters are kept in the browser between visits. */
export const MAX_SAVED_CHARS = 200_000;
const NAME = 'kano-survey';
const VERSION = 1;

/** The survey text kept from an earlier visit, or null. */
export function loadSurvey(): string | null {
  return loadSaved(browserStore(), NAME, VERSION);
}

/**
 * Keeps survey text for the next visit and says how that went: too large, storage full or blocked.
 * Empty text forgets it. A survey not kept also removes any older one, so a reload never shows that instead.
 */
export function saveSurvey(text: string): WriteResult {
  const result = save(browserStore(), NAME, VERSION, text, MAX_SAVED_CHARS);
  if (result === 'full' || result === 'blocked') save(browserStore(), NAME, VERSION, '');
  return result;
}

const SETTINGS = 'kano-survey-settings';

/** The reader's mapping and choices kept from an earlier visit (JSON), or null. */
export function loadSettings(): string | null {
  return loadSaved(browserStore(), SETTINGS, VERSION);
}

/** Keeps the reader's mapping and choices (JSON); empty text forgets them. Says how that went. */
export function saveSettings(json: string): WriteResult {
  return save(browserStore(), SETTINGS, VERSION, json);
}
