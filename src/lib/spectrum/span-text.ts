import { readNumber } from '../state/fields';
import type { FieldRef, StateNotice } from '../state/notice';
import { AXIS_DEFAULT, AXIS_MAX, AXIS_MIN, formatScore, snap } from './axes';
import type { Span } from './offering';
import { pointSpan, spanOf } from './offering';

/** A span as link text: "7" for a point, "1-9.5" for a stretch. */
export function formatSpan(span: Span): string {
  return span.from === span.to ? formatScore(span.from) : `${formatScore(span.from)}-${formatScore(span.to)}`;
}

/** Where "a-b" splits: the first hyphen that follows a digit or a point (so "-2" and "1e-3" stay whole). */
function splitAt(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '-' && /[\d.]/.test(text[i - 1] ?? '')) return i;
  }
  return -1;
}

/** Reads one score; a missing, non-numeric or non-finite one is the default, an out-of-range one is clamped. */
function readScore(raw: string, field: FieldRef, key: string, notices: StateNotice[]): number {
  if (raw.trim() === '') {
    notices.push({ key, field, code: 'missing', used: AXIS_DEFAULT });
    return AXIS_DEFAULT;
  }
  const read = readNumber(raw, { key, field, min: AXIS_MIN, max: AXIS_MAX, fallback: AXIS_DEFAULT });
  if (read.notice) notices.push(read.notice);
  return snap(read.value);
}

/** Reads "7" or "2-8" (either order) into a span, noting anything that had to be replaced. */
export function readSpan(raw: string, field: FieldRef, key: string, notices: StateNotice[]): Span {
  const text = raw.trim();
  const cut = splitAt(text);
  if (cut < 0) return pointSpan(readScore(text, field, key, notices));
  const a = readScore(text.slice(0, cut), { ...field, end: 'from' } as FieldRef, key, notices);
  const b = readScore(text.slice(cut + 1), { ...field, end: 'to' } as FieldRef, key, notices);
  return spanOf(a, b);
}
