/**
 * Each language's string tables, read by language.
 *
 * A table is plain, immutable data in `src/i18n/<lang>/<namespace>.ts`. Nothing here holds a "current"
 * language: every read names its language (`textOf(lang, 'kano')`), so two pages in two languages can
 * render at the same time. Tables load per language and namespace (`loadText`), so a German page
 * fetches German tables only; the server loads a page's language before rendering (src/middleware.ts),
 * an island before hydrating (src/i18n/island.tsx).
 */
import type * as answer from './en/answer';
import type * as answerPage from './en/answer-page';
import type * as anxietyGap from './en/anxiety-gap';
import type * as board from './en/board';
import type * as boardPage from './en/board-page';
import type * as book from './en/book';
import type * as diagrams from './en/diagrams';
import type * as kano from './en/kano';
import type * as kanoAnswers from './en/kano-answers';
import type * as kanoFiles from './en/kano-files';
import type * as learn from './en/learn';
import type * as liveSummary from './en/live-summary';
import type * as notices from './en/notices';
import type * as offline from './en/offline';
import type * as pages from './en/pages';
import type * as profile from './en/profile';
import type * as prose from './en/prose';
import type * as questionnaire from './en/questionnaire';
import type * as questions from './en/questions';
import type * as site from './en/site';
import type * as spectrumGrid from './en/spectrum-grid';
import type * as toolNames from './en/tool-names';
import type * as toolsCommon from './en/tools-common';
import type * as trainers from './en/trainers';
import type * as trainersPage from './en/trainers-page';
import type * as undo from './en/undo';
import type * as valueQuiz from './en/value-quiz';
import { DEFAULT_LANG, isLang } from './languages';

/** Every namespace, as the English module gives it: the shape each language's file follows. */
export interface Namespaces {
  answer: typeof answer;
  'answer-page': typeof answerPage;
  'anxiety-gap': typeof anxietyGap;
  board: typeof board;
  'board-page': typeof boardPage;
  book: typeof book;
  diagrams: typeof diagrams;
  kano: typeof kano;
  'kano-answers': typeof kanoAnswers;
  'kano-files': typeof kanoFiles;
  learn: typeof learn;
  'live-summary': typeof liveSummary;
  notices: typeof notices;
  offline: typeof offline;
  pages: typeof pages;
  profile: typeof profile;
  prose: typeof prose;
  questionnaire: typeof questionnaire;
  questions: typeof questions;
  site: typeof site;
  'spectrum-grid': typeof spectrumGrid;
  'tool-names': typeof toolNames;
  'tools-common': typeof toolsCommon;
  trainers: typeof trainers;
  'trainers-page': typeof trainersPage;
  undo: typeof undo;
  'value-quiz': typeof valueQuiz;
}

/** The name of one namespace: a file name in every language's folder. */
export type Namespace = keyof Namespaces;

/** Every namespace, for the server, which renders any of them. */
export const NAMESPACES: readonly Namespace[] = [
  'answer',
  'answer-page',
  'anxiety-gap',
  'board',
  'board-page',
  'book',
  'diagrams',
  'kano',
  'kano-answers',
  'kano-files',
  'learn',
  'live-summary',
  'notices',
  'offline',
  'pages',
  'profile',
  'prose',
  'questionnaire',
  'questions',
  'site',
  'spectrum-grid',
  'tool-names',
  'tools-common',
  'trainers',
  'trainers-page',
  'undo',
  'value-quiz',
];

/** Loaders of one namespace's files, by path, as `import.meta.glob` gives them (`/src/i18n/de/kano.ts`). */
export type TableLoaders = Record<string, () => Promise<unknown>>;

/**
 * Where each table is loaded from, by `<lang>/<namespace>`. Each language's file is a chunk of its own,
 * fetched only by a page in that language; a page's code holds the loaders of the namespaces it reads
 * (given to `uses` by src/i18n/table-loaders.ts), and the server every loader (src/i18n/server.ts).
 */
const sources = new Map<string, () => Promise<unknown>>();

/** Registers the loaders of some tables, read from their paths (`…/<lang>/<namespace>.ts`). */
export function addTables(loaders: TableLoaders): void {
  for (const [path, load] of Object.entries(loaders)) {
    const match = /([^/]+)\/([^/]+)\.ts$/.exec(path);
    if (match) sources.set(`${match[1]}/${match[2]}`, load);
  }
}

/** Tables already loaded, by `<lang>/<namespace>`. */
const loaded = new Map<string, unknown>();
/** Loads under way, so a table asked for twice is fetched once. */
const loading = new Map<string, Promise<void>>();

const keyOf = (lang: string, ns: Namespace) => `${lang}/${ns}`;

/** Loads one table; a language without the file takes the default language's. */
function loadOne(lang: string, ns: Namespace): Promise<void> {
  const key = keyOf(lang, ns);
  const known = loading.get(key);
  if (known) return known;
  const load = sources.get(key);
  const promise = load
    ? load().then((module) => {
        loaded.set(key, module);
      })
    : lang === DEFAULT_LANG
      ? Promise.reject(new Error(`No string table ${ns} in ${DEFAULT_LANG}`))
      : loadOne(DEFAULT_LANG, ns).then(() => {
          loaded.set(key, loaded.get(keyOf(DEFAULT_LANG, ns)));
        });
  loading.set(key, promise);
  return promise;
}

/** Loads the tables `namespaces` of `lang` (an unknown code loads the default language). */
export async function loadText(lang: string, namespaces: readonly Namespace[]): Promise<void> {
  const code = isLang(lang) ? lang : DEFAULT_LANG;
  await Promise.all(namespaces.map((ns) => loadOne(code, ns)));
}

/** True once `loadText` has loaded the table `ns` of `lang`. */
export function hasText(lang: string, ns: Namespace): boolean {
  return loaded.has(keyOf(isLang(lang) ? lang : DEFAULT_LANG, ns));
}

declare const declaredBrand: unique symbol;

/** A namespace a module has declared with `uses`: the only names code that runs in islands reads by. */
export type Declared<N extends Namespace> = N & { readonly [declaredBrand]: true };

/** Namespaces declared by the modules loaded so far: what an island loads before it hydrates. */
const declared = new Set<Namespace>();

/**
 * Declares, at the top of a module, a namespace its code reads (`const KANO = uses('kano')`). An island
 * loads every namespace its modules declared before it hydrates, so nothing it renders can miss its table.
 * The build adds the namespace's loaders as the second argument (src/i18n/table-loaders.ts), so a page's
 * code can load just the tables it reads, in any language.
 */
export function uses<N extends Namespace>(ns: N, loaders?: TableLoaders): Declared<N> {
  declared.add(ns);
  if (loaders) addTables(loaders);
  return ns as Declared<N>;
}

/** Loads, in `lang`, every namespace declared so far (an island's whole module graph has declared by then). */
export function loadDeclared(lang: string): Promise<void> {
  return loadText(lang, [...declared]);
}

/** The table `ns` in `lang`; it must have been loaded (`loadText`), which the server and islands do first. */
export function textOf<N extends Namespace>(lang: string, ns: Declared<N>): Namespaces[N] {
  const table = loaded.get(keyOf(isLang(lang) ? lang : DEFAULT_LANG, ns));
  if (!table) throw new Error(`String table ${ns} of ${lang} is not loaded: call loadText(${lang}, ['${ns}']) first`);
  return table as Namespaces[N];
}

/** What pages read their words with: a namespace by its plain name, in one language (`t('site').site.skipLink`). */
export type Translator = <N extends Namespace>(ns: N) => Namespaces[N];

/**
 * The translator of a page in `lang`, for the server, where every namespace is loaded before a page
 * renders (src/middleware.ts).
 */
export function translator(lang: string): Translator {
  return (ns) => textOf(lang, ns as Declared<typeof ns>);
}
