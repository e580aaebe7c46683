/** Keys that could reach an object's prototype if the parsed data were ever merged into an object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** How deeply a profile file may nest objects and arrays; a valid file nests four levels. */
export const MAX_DEPTH = 16;

/** The outcome of a guarded parse: the value, or why it was refused. */
export type Guarded =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'not-json' | 'too-deep' }
  | { ok: false; reason: 'forbidden-key'; key: string };

/** The deepest nesting of objects and arrays in JSON text, counting only brackets outside strings. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/**
 * Parses JSON without trusting it: refuses deep nesting before parsing (so the reviver cannot
 * overflow the stack) and any "__proto__", "constructor" or "prototype" key at any level. Never throws.
 */
export function guardedParse(text: string): Guarded {
  if (nestingDepth(text) > MAX_DEPTH) return { ok: false, reason: 'too-deep' };
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, (key: string, v: unknown) => {
      if (forbidden === undefined && FORBIDDEN_KEYS.has(key)) forbidden = key;
      return v;
    });
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (forbidden !== undefined) return { ok: false, reason: 'forbidden-key', key: forbidden };
  return { ok: true, value };
}
