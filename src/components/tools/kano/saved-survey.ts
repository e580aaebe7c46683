import type { KeptTexts } from '../../../lib/kano/settings-sync';
import { readKey, save, storageKey, type WriteResult, writeKey } from '../../../lib/state/storage';
import { browserStore } from '../shared/browser-store';

/** Surveys up to this many characters are kept in the browser between visits. */
export const MAX_SAVED_CHARS = 200_000;
const NAME = 'kano-survey';
const VERSION = 1;
const SETTINGS = 'kano-survey-settings';
/** The key the survey's text is kept under (another tab's write of it arrives as a storage event with this key). */
export const SURVEY_KEY = storageKey(NAME, VERSION);
/** The key the reader's choices for it are kept under, stamped with their revision. */
export const SETTINGS_KEY = storageKey(SETTINGS, VERSION);

/**
 * Keeps survey text for the next visit and says how that went: too large, storage full or blocked.
 * Empty text forgets it. A survey not kept also removes any older one, so a reload never shows that instead.
 */
export function saveSurvey(text: string): WriteResult {
  const result = save(browserStore(), NAME, VERSION, text, MAX_SAVED_CHARS);
  if (result === 'full' || result === 'blocked') save(browserStore(), NAME, VERSION, '');
  return result;
}

/** Keeps the reader's mapping and choices (JSON, stamped or not); empty text forgets them. Says how that went. */
export function saveSettings(json: string): WriteResult {
  return save(browserStore(), SETTINGS, VERSION, json);
}

/** What storage holds now: the survey's text and the choices' text with its revision stamp (null for none, or storage not usable). */
export function readKept(): KeptTexts {
  const text = readKey(browserStore(), SURVEY_KEY);
  const settings = readKey(browserStore(), SETTINGS_KEY);
  return { text: text.ok ? text.raw : null, settings: settings.ok ? settings.raw : null };
}

/** Puts both texts back as they were (undo of keeping this tab's survey over another's). */
export function writeKept(kept: KeptTexts): void {
  writeKey(browserStore(), SURVEY_KEY, kept.text);
  writeKey(browserStore(), SETTINGS_KEY, kept.settings);
}
