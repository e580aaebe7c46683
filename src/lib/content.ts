import { getCollection } from 'astro:content';
import { readingOrder } from './chapters';

/** Published chapters in reading order (drafts are left out of the build). */
export async function publishedChapters() {
  return readingOrder(
    (await getCollection('chapters', (c) => !c.data.draft)).map((c) => ({
      ...c,
      title: c.data.title,
      order: c.data.order,
    })),
  );
}
