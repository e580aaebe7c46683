import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { TestInfo } from '@playwright/test';

/** The build folder the current project serves. */
export function distOf(info: TestInfo): string {
  const dist = info.project.metadata['dist'];
  if (typeof dist !== 'string') throw new Error(`project ${info.project.name} names no dist folder`);
  return dist;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : htmlFiles(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

/** Every page in a build, as a path relative to the site's base ("", "chapters/spectrum/", "404.html"). */
export function pagesOf(dist: string): string[] {
  return htmlFiles(dist)
    .map((f) => relative(dist, f).split(sep).join('/'))
    .map((p) => (p === 'index.html' ? '' : p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

/** The built HTML of one page. */
export function htmlOf(dist: string, page: string): string {
  const file = page === '' || page.endsWith('/') ? `${page}index.html` : page;
  return readFileSync(join(dist, file), 'utf8');
}

/** The readable text of an HTML fragment, tags and scripts removed. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/** The part of a page that Pagefind indexes (inside data-pagefind-body), as text. */
export function searchableText(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  if (start < 0) return '';
  return textOf(html.slice(html.indexOf('>', start) + 1));
}
