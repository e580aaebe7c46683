import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One chapter as its source file says: id (file name), order and title. */
export interface SourceChapter {
  id: string;
  order: number;
  title: string;
}

/** A language's chapters in reading order, read from the MDX front matter (not from the build). */
export function sourceChapters(lang: string): SourceChapter[] {
  const dir = join('src/content/chapters', lang === 'en' ? '' : lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const field = (name: string) => new RegExp(`^${name}:\\s*"?(.*?)"?\\s*$`, 'm').exec(text)?.[1] ?? '';
      return {
        id: f.replace(/\.mdx$/, ''),
        order: Number(field('order')),
        title: field('title'),
        draft: field('draft'),
      };
    })
    .filter((c) => c.draft !== 'true')
    .map(({ id, order, title }) => ({ id, order, title }))
    .sort((a, b) => a.order - b.order);
}

/** Text with all white space taken out, to compare text that a layout wrapped across lines. */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}
