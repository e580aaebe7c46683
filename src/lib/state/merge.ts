/** A path into plain data: object keys and array indexes (or element ids, for arrays of records with an id). */
export type DataPath = readonly (string | number)[];

/** Which side wins when both changed the same value: the one whose edit is later. */
export type Later = 'ours' | 'theirs';

/** A merged value and the paths where both sides changed the same value (the later side was kept). */
export interface Merged<T> {
  value: T;
  conflicts: DataPath[];
}

/** True for objects built from literals or JSON: not arrays, not class instances. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Structural equality of plain data (objects, arrays, primitives); a missing key equals an undefined one. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!deepEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** The id of an array element that is a record with a string id, else undefined. */
function idOf(v: unknown): string | undefined {
  if (!isPlainObject(v)) return undefined;
  const id = v['id'];
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** True when every element of every array is a record with a unique id, so elements can be matched by id. */
function allHaveIds(...arrays: readonly unknown[][]): boolean {
  return arrays.every((arr) => {
    const ids = arr.map(idOf);
    return ids.every((id) => id !== undefined) && new Set(ids).size === ids.length;
  });
}

/** Keys in a stable order: ours first, then keys only theirs or base has, each set sorted. */
function unionKeys(...objects: readonly Record<string, unknown>[]): string[] {
  const keys = new Set<string>();
  for (const o of objects) for (const k of Object.keys(o).sort()) keys.add(k);
  return [...keys];
}

function mergeAt(
  base: unknown,
  ours: unknown,
  theirs: unknown,
  later: Later,
  path: DataPath,
  out: DataPath[],
): unknown {
  if (deepEqual(ours, theirs)) return ours;
  if (deepEqual(base, ours)) return theirs;
  if (deepEqual(base, theirs)) return ours;
  // Both sides changed this value, differently.
  if (isPlainObject(ours) && isPlainObject(theirs)) {
    const b = isPlainObject(base) ? base : {};
    const result: Record<string, unknown> = {};
    for (const k of unionKeys(ours, theirs, b)) {
      const v = mergeAt(b[k], ours[k], theirs[k], later, [...path, k], out);
      // defineProperty, so a key named "__proto__" stays data and never reaches the prototype.
      if (v !== undefined)
        Object.defineProperty(result, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return result;
  }
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    const b = Array.isArray(base) ? base : [];
    return allHaveIds(b, ours, theirs)
      ? mergeById(b, ours, theirs, later, path, out)
      : mergeByIndex(b, ours, theirs, later, path, out);
  }
  out.push(path);
  return later === 'ours' ? ours : theirs;
}

/** Element by element at the same position; an element one side removed and the other left is removed. */
function mergeByIndex(
  base: unknown[],
  ours: unknown[],
  theirs: unknown[],
  later: Later,
  path: DataPath,
  out: DataPath[],
): unknown[] {
  const length = Math.max(base.length, ours.length, theirs.length);
  const result: unknown[] = [];
  for (let i = 0; i < length; i++) {
    const v = mergeAt(base[i], ours[i], theirs[i], later, [...path, i], out);
    if (v !== undefined) result.push(v);
  }
  return result;
}

/** Elements matched by id: ours in our order, then elements only theirs added; removals on either side stand. */
function mergeById(
  base: unknown[],
  ours: unknown[],
  theirs: unknown[],
  later: Later,
  path: DataPath,
  out: DataPath[],
): unknown[] {
  const byId = (arr: unknown[]) => new Map(arr.map((v) => [idOf(v) ?? '', v]));
  const b = byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  const order = later === 'ours' ? [...ours, ...theirs] : [...theirs, ...ours];
  const ids = [...new Set(order.map((v) => idOf(v) ?? ''))];
  const result: unknown[] = [];
  for (const id of ids) {
    const v = mergeAt(b.get(id), o.get(id), t.get(id), later, [...path, id], out);
    if (v !== undefined) result.push(v);
  }
  return result;
}

/** Top-level keys of `from` that belong to one tab, copied onto `onto` so they never merge. */
function withLocal<T>(onto: T, from: T, local: readonly string[]): T {
  if (local.length === 0 || !isPlainObject(onto) || !isPlainObject(from)) return onto;
  const result: Record<string, unknown> = { ...onto };
  for (const k of local) {
    if (k in from) result[k] = from[k];
    else delete result[k];
  }
  return result as T;
}

/**
 * Three-way merge of plain data (JSON-like values) against the snapshot both sides started from.
 * Key by key and element by element: a value only one side changed takes that change; a value both
 * changed differently takes the later side's and is reported. Arrays whose elements all carry a
 * string `id` are matched by id, other arrays by position. Top-level keys named in `local` (such as
 * which offering a tab shows) always stay ours. Pure and deterministic; knows no schema, so new
 * fields merge without changes here.
 */
export function merge3<T>(base: T, ours: T, theirs: T, later: Later, local: readonly string[] = []): Merged<T> {
  const conflicts: DataPath[] = [];
  const value = mergeAt(withLocal(base, ours, local), ours, withLocal(theirs, ours, local), later, [], conflicts) as T;
  return { value, conflicts };
}

/**
 * The deepest paths at which two plain values differ (a changed scalar, an added or removed key or
 * element). Arrays whose elements all carry ids are compared by id (the path then holds the id), so
 * an item removed before another does not make every later item look changed.
 */
export function changedPaths(a: unknown, b: unknown, path: DataPath = []): DataPath[] {
  if (deepEqual(a, b)) return [];
  if (isPlainObject(a) && isPlainObject(b)) {
    return unionKeys(a, b).flatMap((k) => changedPaths(a[k], b[k], [...path, k]));
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (allHaveIds(a, b) && (a.length > 0 || b.length > 0)) {
      const ida = a.map((v) => idOf(v) ?? '');
      const idb = b.map((v) => idOf(v) ?? '');
      const common = ida.filter((id) => idb.includes(id));
      const reordered = common.join('\n') !== idb.filter((id) => ida.includes(id)).join('\n');
      const out: DataPath[] = reordered ? [path] : [];
      for (const id of new Set([...ida, ...idb])) {
        out.push(...changedPaths(a[ida.indexOf(id)], b[idb.indexOf(id)], [...path, id]));
      }
      return out;
    }
    const out: DataPath[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...changedPaths(a[i], b[i], [...path, i]));
    return out;
  }
  return [path];
}

/** Where one step of a path is in an array: an id names the element with that id, a number its index. */
function stepIndex(arr: readonly unknown[], step: string | number): number {
  if (typeof step === 'number') return step < arr.length ? step : -1;
  return arr.findIndex((v) => idOf(v) === step);
}

/** The value at a path (ids or indexes into arrays), or undefined. */
export function valueAt(v: unknown, path: DataPath): unknown {
  let at = v;
  for (const step of path) {
    if (Array.isArray(at)) at = at[stepIndex(at, step)];
    else if (isPlainObject(at)) at = at[String(step)];
    else return undefined;
  }
  return at;
}

/** The path with each id into an array replaced by that element's index in `v`; null when an element is gone. */
export function indexPath(v: unknown, path: DataPath): DataPath | null {
  const out: (string | number)[] = [];
  let at = v;
  for (const step of path) {
    if (Array.isArray(at)) {
      const i = stepIndex(at, step);
      if (i < 0) return null;
      out.push(i);
      at = at[i];
    } else {
      out.push(step);
      at = isPlainObject(at) ? at[String(step)] : undefined;
    }
  }
  return out;
}

/** `current` with the value at `path` put back as it is in `from`; an element `current` no longer has comes back whole. */
function putBack(current: unknown, from: unknown, path: DataPath): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return from;
  if (Array.isArray(current) && Array.isArray(from)) {
    const j = stepIndex(from, step);
    if (j < 0) return current;
    const i = stepIndex(current, step);
    const out = [...current];
    if (i >= 0) out[i] = putBack(current[i], from[j], rest);
    else out.splice(Math.min(j, out.length), 0, from[j]);
    return out;
  }
  if (isPlainObject(current) && isPlainObject(from)) {
    const k = String(step);
    const result: Record<string, unknown> = { ...current };
    const v = putBack(current[k], from[k], rest);
    if (v === undefined) delete result[k];
    else Object.defineProperty(result, k, { value: v, enumerable: true, writable: true, configurable: true });
    return result;
  }
  return from;
}

/** `current` with the values at `paths` put back as they are in `from`: what undo gives back after another tab's edit won. */
export function restorePaths<T>(current: T, from: T, paths: readonly DataPath[]): T {
  return paths.reduce<unknown>((c, p) => putBack(c, from, p), current) as T;
}

/** True when `path` is `prefix` or lies inside it. */
export function within(path: DataPath, prefix: DataPath): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => p === path[i]);
}
