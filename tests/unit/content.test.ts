/**
 * Checks over the handbook's content files, read as text: chapter numbers agree with `order` wherever
 * a number is shown, every cited work is in sources.yaml, and every chapter has its exercise with a
 * model answer. Expected values come from the files themselves (orders, source ids, author names),
 * never from the site's code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { language } from '../../src/i18n/languages';
import type { LanguageMeta } from '../../src/i18n/meta';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const list = (dir: string, ext: string) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f));

interface Chapter {
  id: string;
  /** The language: the default one at the top of src/content/chapters, another in its own folder. */
  lang: string;
  file: string;
  order: number;
  sources: string[];
  body: string;
}

/** The front matter of an MDX file as lines, and the body after it. */
function split(text: string): { front: string[]; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no front matter');
  return { front: (match[1] ?? '').split('\n'), body: match[2] ?? '' };
}

/** Source ids from a front matter `sources:` field, written either as [a, b] or as a block list. */
function sourcesOf(front: string[]): string[] {
  const at = front.findIndex((l) => l.startsWith('sources:'));
  if (at < 0) return [];
  const line = front[at] ?? '';
  const flow = /\[(.*)\]/.exec(line);
  if (flow)
    return (flow[1] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const ids: string[] = [];
  for (const l of front.slice(at + 1)) {
    const item = /^\s+-\s+(\S+)/.exec(l);
    if (!item) break;
    ids.push(item[1] ?? '');
  }
  return ids;
}

const chapters: Chapter[] = list('src/content/chapters', '.mdx').map((file) => {
  const { front, body } = split(read(file));
  const order = Number(/^order:\s*(\d+)/m.exec(front.join('\n'))?.[1]);
  const id = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const lang = /^src\/content\/chapters\/([a-z]{2,3})\//.exec(file)?.[1] ?? 'en';
  return { id, lang, file, order, sources: sourcesOf(front), body };
});
/** The words each language's files use for what the checks look for, from the language's own meta.ts. */
const words = Object.fromEntries(
  Object.values(import.meta.glob<LanguageMeta>('../../src/i18n/*/meta.ts', { eager: true, import: 'meta' })).map(
    (m) => [m.code, m.contentWords],
  ),
);
/** The language of a file shown to readers: its folder under src/content/chapters, src/content/glossary or src/i18n. */
const langOf = (file: string) =>
  /^src\/(?:content\/chapters|i18n)\/([a-z]{2,3})\//.exec(file)?.[1] ??
  /^src\/content\/glossary\/([a-z]{2,3})\.yaml$/.exec(file)?.[1] ??
  'en';
const wordsOf = (lang: string) => words[lang] ?? language(lang).contentWords;
const orderOf = new Map(chapters.filter((c) => c.lang === 'en').map((c) => [c.id, c.order]));

/** Top-level entries of sources.yaml: id, year, and who is cited (the author, or for an unsigned work its publication). */
const sources = (() => {
  const entries: { id: string; author: string; year: string }[] = [];
  for (const block of read('src/content/sources.yaml').split(/\n(?=[a-z0-9-]+:\s*\n)/)) {
    const id = /^([a-z0-9-]+):\s*$/m.exec(block)?.[1];
    if (!id) continue;
    // "Strictly Marketing (2016)" cites an unsigned column by where it appeared.
    const author = /^\s+author:\s*(.*)$/m.exec(block)?.[1] ?? /^\s+publication:\s*(.*)$/m.exec(block)?.[1] ?? '';
    const year = /^\s+date:\s*"?(\d{4})/m.exec(block)?.[1] ?? '';
    entries.push({ id, author, year });
  }
  return entries;
})();
const sourceIds = new Set(sources.map((s) => s.id));

/** Every file where a chapter number or a citation could be shown to a reader. */
const shownFiles = [
  ...chapters.map((c) => c.file),
  ...list('src/content/glossary', '.yaml'),
  ...list('src/pages', '.astro'),
  ...list('src/components/pages', '.astro'),
  ...list('src/i18n', '.ts').filter((f) => /^src\/i18n\/[a-z]{2,3}\//.test(f)),
];

describe('translations', () => {
  it.each(chapters.filter((c) => c.lang !== 'en'))('$lang/$id has the same order and sources as its original', (c) => {
    const original = chapters.find((o) => o.lang === 'en' && o.id === c.id);
    expect(original, 'a chapter of the same file name in English').toBeDefined();
    expect(c.order).toBe(original?.order);
    expect(c.sources).toEqual(original?.sources);
  });
});

describe('chapter numbers', () => {
  it('run 1, 2, 3 … in reading order, so the sidebar position and "Chapter N" agree', () => {
    const orders = chapters
      .filter((c) => c.lang === 'en')
      .map((c) => c.order)
      .sort((a, b) => a - b);
    expect(orders).toEqual(orders.map((_, i) => i + 1));
  });

  it.each(shownFiles)('%s numbers a chapter only as its order, and only where it links to it', (file) => {
    const wrong: string[] = [];
    const text = read(file);
    const w = wordsOf(langOf(file));
    // "[chapter 4](/chapters/anxiety-gap/)", "[Chapter 4: The anxiety gap](/chapters/anxiety-gap/#x)", "[Kapitel 4](/de/chapters/…)"
    const linked = new RegExp(
      `\\[([^\\]]*?\\b${w.chapter} (\\d+)[^\\]]*)\\]\\((?:\\/[a-z]{2,3})?\\/chapters\\/([a-z0-9-]+)\\/[^)]*\\)`,
      'gi',
    );
    for (const m of text.matchAll(linked)) {
      if (orderOf.get(m[3] ?? '') !== Number(m[2])) wrong.push(m[0]);
    }
    // Numbered reading lists: "2. [The customer experience spectrum](/chapters/spectrum/)"
    for (const m of text.matchAll(/^\s*(\d+)\.\s+.*?\]\((?:\/[a-z]{2,3})?\/chapters\/([a-z0-9-]+)\//gm)) {
      if (orderOf.get(m[2] ?? '') !== Number(m[1])) wrong.push(m[0].trim());
    }
    // Any other "chapter 4" cannot be checked against its chapter.
    for (const m of text.replace(linked, '').matchAll(new RegExp(`\\b${w.chapter} \\d+\\b`, 'gi'))) wrong.push(m[0]);
    expect(wrong).toEqual([]);
  });
});

describe('sources', () => {
  it.each(chapters)('$lang/$id cites only works listed in sources.yaml', ({ sources: ids }) => {
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !sourceIds.has(id))).toEqual([]);
  });

  // "Lee and Newcomb (1997)", "(after Lee and Newcomb, 1997)", "Berger et al. (1993)", "Kano (2001)"
  const cite = (lang: string) =>
    new RegExp(
      `\\b([A-Z][\\p{L}’'-]+)(?: ${wordsOf(lang).and} (?:colleagues|Kollegen)| et al\\.| (?:${wordsOf(lang).and}|&) ([A-Z][\\p{L}’'-]+))?(?: \\(|, )((?:19|20)\\d{2})\\b`,
      'gu',
    );
  const cited = (file: string) =>
    [...read(file).matchAll(cite(langOf(file)))].map((m) => ({
      text: m[0],
      names: [m[1], m[2]].filter((n): n is string => Boolean(n)),
      year: m[3] ?? '',
    }));
  const matches = (c: { names: string[]; year: string }) =>
    sources.filter((s) => s.year === c.year && c.names.every((n) => s.author.includes(n)));

  it.each(shownFiles)('%s: every author-year citation is a work in sources.yaml', (file) => {
    expect(
      cited(file)
        .filter((c) => matches(c).length === 0)
        .map((c) => c.text),
    ).toEqual([]);
  });

  it.each(chapters)('$lang/$id lists every work it cites by author and year among its sources', (chapter) => {
    const missing = cited(chapter.file).filter((c) => !matches(c).some((s) => chapter.sources.includes(s.id)));
    expect(missing.map((c) => c.text)).toEqual([]);
  });
});

describe('exercises', () => {
  it.each(chapters)('$lang/$id has an Exercise section with a task and a closed model answer', ({ body, lang }) => {
    const sections = body.split(/^(?=## )/m);
    const heading = new RegExp(`^## ${wordsOf(lang).exercise}\\s*$`, 'm');
    const exercise = sections.filter((s) => heading.test(s.split('\n')[0] ?? ''));
    expect(exercise).toHaveLength(1);
    const section = exercise[0] ?? '';
    const answer = /<ModelAnswer>([\s\S]*?)<\/ModelAnswer>/.exec(section);
    expect(answer, 'a <ModelAnswer> block').not.toBeNull();
    // The task comes before the answer, and both say something.
    const task = section.slice(section.indexOf('\n'), answer?.index ?? 0);
    expect(task.trim().split(/\s+/).length).toBeGreaterThanOrEqual(25);
    expect((answer?.[1] ?? '').trim().split(/\s+/).length).toBeGreaterThanOrEqual(40);
    expect(section).not.toMatch(/<details[^>]*\bopen\b/);
  });
});
