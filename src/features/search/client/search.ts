import { hasText, loadText, type Namespaces, textOf, uses } from '../../../i18n/text';
import { excerptParts } from '../../../lib/search-excerpt';

const SITE = uses('site');

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    q: string,
    o?: object,
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 10;

function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = data.url;
  const title = document.createElement('strong');
  title.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('span');
  // Pagefind marks hits with <mark>; rebuild them as elements so no result text is parsed as HTML.
  for (const part of excerptParts(data.excerpt)) {
    const node = part.mark ? document.createElement('mark') : document.createTextNode(part.text);
    if (part.mark) node.textContent = part.text;
    excerpt.append(node);
  }
  a.append(title, excerpt);
  li.append(a);
  return li;
}

/** Wires the search dialog to Pagefind; loads the index on first use. */
export async function startSearch(dialog: HTMLDialogElement, base: string): Promise<void> {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  const list = dialog.querySelector<HTMLUListElement>('[data-search-results]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !list || !status) return;
  input.focus();

  const lang = document.documentElement.lang;
  let site: Namespaces['site']['site'];
  let pagefind: Pagefind;
  try {
    // The messages are in the page's language: its table is fetched first.
    await loadText(lang, ['site']);
    site = textOf(lang, SITE).site;
    status.textContent = site.searchLoading;
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    // Pagefind loads the index of the page's <html lang>: a German page searches German pages only.
    await pagefind.init();
    status.textContent = '';
  } catch {
    // Without the page's table there are no words to say so in.
    if (hasText(lang, 'site')) status.textContent = textOf(lang, SITE).site.searchUnavailable;
    return;
  }

  const run = async () => {
    const query = input.value.trim();
    if (query === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const found = await pagefind.debouncedSearch(query, {}, 150);
    if (found === null) return; // a newer keystroke superseded this search
    const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...data.map(renderResult));
    status.textContent = data.length === 0 ? site.searchNone(query) : site.searchCount(found.results.length, query);
  };
  input.addEventListener('input', run);
  if (input.value) run();

  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
    if (links.length === 0) return;
    e.preventDefault();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const step = e.key === 'ArrowDown' ? 1 : -1;
    const next = at + step;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });
}
