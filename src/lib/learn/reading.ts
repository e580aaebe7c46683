/**
 * The reader's progress through the chapters (cx-spectrum:reading:v1): the chapters read and the
 * last one opened. Read leniently, as it is a convenience every page reads before the reader acts:
 * anything unreadable counts as nothing read, and is written over only by a page that adds to it.
 */

/** What the reading key holds. */
export interface Reading {
  read: string[];
  last: string;
}

/** The version this page writes. */
export const READING_VERSION = 1;

function parse(raw: string | null): unknown {
  try {
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

function field(v: unknown, key: string): unknown {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined;
}

/** Reads the saved text; missing or unreadable parts read as empty. */
export function readReading(raw: string | null): Reading {
  const v = parse(raw);
  const read = field(v, 'read');
  const last = field(v, 'last');
  return {
    read: Array.isArray(read) ? read.filter((x): x is string => typeof x === 'string') : [],
    last: typeof last === 'string' ? last : '',
  };
}

/** The text to keep. */
export function writeReading(r: Reading): string {
  return JSON.stringify({ version: READING_VERSION, read: r.read, last: r.last });
}

/**
 * The due time (ms since 1970) of each review card in the cards' saved text (cx-spectrum:learn:v1), by
 * question id; leniently, for the marks: cards whose due date cannot be read are left out.
 */
export function dueTimes(raw: string | null): Map<string, number> {
  const cards = field(parse(raw), 'cards');
  const out = new Map<string, number>();
  if (typeof cards !== 'object' || cards === null) return out;
  for (const [id, card] of Object.entries(cards)) {
    const due = Date.parse(String(field(card, 'due')));
    if (Number.isFinite(due)) out.set(id, due);
  }
  return out;
}
