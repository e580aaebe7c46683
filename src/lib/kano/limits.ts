/** Texts longer than this many characters (about 20 MB) are refused before parsing. */
export const MAX_CHARS = 20_000_000;
/** How many issues are kept for display; the rest are only counted. */
export const MAX_ISSUES = 50;
