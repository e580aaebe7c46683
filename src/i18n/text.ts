/**
 * Strings that follow the page's language.
 *
 * Each namespace (`src/i18n/kano.ts` …) exports one object per table whose contents are the table of
 * the current language, filled in place down to nested objects and arrays. A page is in one language,
 * so modules may keep a reference to the object or to a part of it, and read its strings when they
 * render (a string copied out at import time would stay in the default language): on the server the page sets its language before it renders
 * (`setLanguage`, with pages built one at a time); in the browser the language is the page's
 * `<html lang>`, and a table other than the default one is fetched once and put in place before any
 * island hydrates (`textReady`, awaited by the client directives).
 */
import { DEFAULT_LANG, isLang } from './languages';

/** Loads one language's module of a namespace, as `import.meta.glob` gives it. */
type ModuleLoader = () => Promise<unknown>;

/** Switches one table to a language. */
type Switch = (lang: string) => Promise<void>;

const switches: Switch[] = [];
let current = DEFAULT_LANG;

/** The global the client directives read: tables still loading for this page. */
interface PendingText {
  cxTextPending?: Promise<unknown>[];
}

/** The language strings are in now: the page's, in the browser; the one being rendered, on the server. */
export function currentLang(): string {
  return current;
}

/** A plain object (not an array, not a function): the nodes whose identity a live table keeps. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of a table whose objects and arrays are new, so filling it in place never touches the original. */
function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyOf(v)])) as T;
}

/**
 * Writes `table` into `live` in place, object by object and array by array, so a module that kept a
 * nested part (`const ui = spectrumUi.table`) reads the new language too.
 */
function fill(live: Record<string, unknown>, table: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(table)) {
    const here = live[key];
    if (isRecord(here) && isRecord(value)) fill(here, value);
    else if (Array.isArray(here) && Array.isArray(value)) here.splice(0, here.length, ...value.map(copyOf));
    else live[key] = copyOf(value);
  }
}

/** The table `name` from a loaded module, or the table itself when the loader gave only that export. */
function tableOf<T>(module: unknown, name: string): T | undefined {
  if (!isRecord(module)) return undefined;
  const table = module[name];
  return (isRecord(table) ? table : module) as T;
}

/** The live table behind `localised` and `loadedLocalised`; without a fallback, every language is loaded. */
function live<T extends object>(fallback: T | undefined, loaders: Record<string, ModuleLoader>, name: string): T {
  const table = (fallback ? copyOf(fallback) : {}) as T;
  // Promises, so a table asked for twice while it loads is fetched once.
  const loaded = new Map<string, Promise<T | undefined>>(fallback ? [[DEFAULT_LANG, Promise.resolve(fallback)]] : []);
  const load = (lang: string): Promise<T | undefined> => {
    const known = loaded.get(lang);
    if (known) return known;
    const entry = Object.entries(loaders).find(([path]) => path.startsWith(`./${lang}/`));
    const promise = (async () => {
      const found = entry ? tableOf<T>(await entry[1](), name) : undefined;
      return found ?? (lang === DEFAULT_LANG ? fallback : await load(DEFAULT_LANG));
    })();
    loaded.set(lang, promise);
    return promise;
  };
  const switchTo: Switch = async (lang) => {
    const next = await load(lang);
    if (next) fill(table as Record<string, unknown>, next as Record<string, unknown>);
  };
  switches.push(switchTo);
  if (!import.meta.env.SSR && typeof document !== 'undefined') {
    const lang = document.documentElement.lang;
    const pageLang = isLang(lang) ? lang : DEFAULT_LANG;
    current = pageLang;
    if (pageLang !== DEFAULT_LANG || !fallback) {
      const pending = globalThis as PendingText;
      pending.cxTextPending ??= [];
      pending.cxTextPending.push(switchTo(pageLang));
    }
  } else if (current !== DEFAULT_LANG || !fallback) {
    // A table first imported while a page renders joins that page's language.
    void switchTo(current);
  }
  return table;
}

/**
 * One table of strings that follows the language: `fallback` is the default language's table, and
 * `loaders` (from `import.meta.glob('./*\/<namespace>.ts')`) give the others, read as export `name`.
 */
export function localised<T extends object>(fallback: T, loaders: Record<string, ModuleLoader>, name: string): T {
  return live(fallback, loaders, name);
}

/**
 * A table that bundles no language: every page, the default language's too, loads its own table
 * before its islands hydrate. For a page held to a tight byte budget (the answering page), so a
 * German phone does not download the English words as well. Read it only while rendering.
 */
export function loadedLocalised<T extends object>(loaders: Record<string, ModuleLoader>, name: string): T {
  return live<T>(undefined, loaders, name);
}

/** Puts every table in `lang` (the default language for an unknown code); pages call it before rendering. */
export async function setLanguage(lang: string | undefined): Promise<string> {
  current = isLang(lang) ? lang : DEFAULT_LANG;
  await Promise.all(switches.map((s) => s(current)));
  return current;
}

/** Resolves when every table this page has asked for is in the page's language. */
export function textReady(): Promise<unknown> {
  return Promise.all((globalThis as PendingText).cxTextPending ?? []);
}
