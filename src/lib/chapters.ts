/** The fields of a chapter that navigation needs. */
export interface ChapterRef {
  id: string;
  title: string;
  order: number;
}

/** Sorts chapters into reading order; ties fall back to the id so the order is stable. */
export function readingOrder<T extends ChapterRef>(chapters: readonly T[]): T[] {
  return [...chapters].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The chapters before and after `id` in reading order, if any. */
export function neighbours<T extends ChapterRef>(ordered: readonly T[], id: string): { prev?: T; next?: T } {
  const i = ordered.findIndex((c) => c.id === id);
  if (i < 0) return {};
  const prev = ordered[i - 1];
  const next = ordered[i + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

/** Counts the words in a text the way a reader would: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}
