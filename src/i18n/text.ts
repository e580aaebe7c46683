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

/** The table `name` from a loaded module, when the module has it as an object. */
function tableOf<T>(module: unknown, name: string): T | undefined {
  if (typeof module !== 'object' || module === null) return undefined;
  const table = (module as Record<string, unknown>)[name];
  return typeof table === 'object' && table !== null ? (table as T) : undefined;
}

/**
 * One table of strings that follows the language: `fallback` is the default language's table, and
 * `loaders` (from `import.meta.glob('./*\/<namespace>.ts')`) give the others, read as export `name`.
 */
export function localised<T extends object>(fallback: T, loaders: Record<string, ModuleLoader>, name: string): T {
  const live = copyOf(fallback);
  const loaded = new Map<string, T>([[DEFAULT_LANG, fallback]]);
  const load = async (lang: string): Promise<T> => {
    const known = loaded.get(lang);
    if (known) return known;
    const entry = Object.entries(loaders).find(([path]) => path.startsWith(`./${lang}/`));
    const table = entry ? tableOf<T>(await entry[1](), name) : undefined;
    loaded.set(lang, table ?? fallback);
    return table ?? fallback;
  };
  const switchTo: Switch = async (lang) => {
    fill(live as Record<string, unknown>, (await load(lang)) as Record<string, unknown>);
  };
  switches.push(switchTo);
  if (!import.meta.env.SSR && typeof document !== 'undefined') {
    const lang = document.documentElement.lang;
    if (isLang(lang) && lang !== DEFAULT_LANG) {
      current = lang;
      const pending = globalThis as PendingText;
      pending.cxTextPending ??= [];
      pending.cxTextPending.push(switchTo(lang));
    }
  } else if (current !== DEFAULT_LANG) {
    // A table first imported while another language renders joins that language.
    void switchTo(current);
  }
  return live;
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
