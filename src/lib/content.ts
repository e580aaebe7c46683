import { getCollection, getEntry } from 'astro:content';
import { readingOrder } from './chapters';

/**
 * Published chapters of one language in reading order (drafts are left out of the build). A chapter
 * of the default language has its file name as id; another language's is under "<lang>/", and its
 * `id` here is the file name alone, the same in every language, so pages and links pair by it.
 */
export async function publishedChapters(lang: string, defaultLang = 'en') {
  const prefix = lang === defaultLang ? '' : `${lang}/`;
  const entries = await getCollection(
    'chapters',
    (c) => !c.data.draft && (prefix ? c.id.startsWith(prefix) : !c.id.includes('/')),
  );
  return readingOrder(
    entries.map((c) => ({
      ...c,
      id: c.id.slice(prefix.length),
      entryId: c.id,
      title: c.data.title,
      order: c.data.order,
    })),
  );
}

/** One chapter in a language, by its id (its file name, which is also its `id` in the result), or undefined. */
export async function chapterIn(id: string, lang: string, defaultLang = 'en') {
  const entry = await getEntry('chapters', lang === defaultLang ? id : `${lang}/${id}`);
  return entry && { ...entry, id };
}
