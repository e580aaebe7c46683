import { loadSaved, save } from '../../../lib/state/storage';

/** Surveys up to this many characters are kept in the browser between visits. */
export const MAX_SAVED_CHARS = 200_000;
const NAME = 'kano-survey';
const VERSION = 1;

function browserStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The survey text kept from an earlier visit, or null. */
export function loadSurvey(): string | null {
  return loadSaved(browserStore(), NAME, VERSION);
}

/** Keeps survey text for the next visit; returns false when it is too large or storage refused. Empty text forgets it. */
export function saveSurvey(text: string): boolean {
  if (text.length > MAX_SAVED_CHARS) {
    save(browserStore(), NAME, VERSION, '');
    return false;
  }
  return save(browserStore(), NAME, VERSION, text);
}

const SETTINGS = 'kano-survey-settings';

/** The reader's mapping and choices kept from an earlier visit (JSON), or null. */
export function loadSettings(): string | null {
  return loadSaved(browserStore(), SETTINGS, VERSION);
}

/** Keeps the reader's mapping and choices (JSON); empty text forgets them. */
export function saveSettings(json: string): boolean {
  return save(browserStore(), SETTINGS, VERSION, json);
}
