/**
 * The book page's print edition: on "Lay out in pages" (or ?paged in the address), Paged.js, loaded
 * from the site's own files on this page only, lays the book out in pages of the chosen size (A4 by
 * default, or ?size=letter): page numbers, running heads, the contents' page numbers and "see page"
 * references (src/features/book/paged.css). The site's strict policy forbids inline style elements,
 * so Paged.js's sheets are constructed style sheets instead (allowed by the policy; same rules).
 */
import type { Polisher as PolisherClass } from 'pagedjs';

const form = document.querySelector<HTMLFormElement>('form[data-book-form]');
const select = document.querySelector<HTMLSelectElement>('select[data-book-size]');
const status = document.querySelector<HTMLElement>('[data-book-status]');
const book = document.querySelector<HTMLElement>('[data-book]');
const bar = document.querySelector<HTMLTemplateElement>('template[data-book-bar]');

/** A paper size the book is laid out in. */
type Size = 'a4' | 'letter';

/** The size an address asks for (?size=letter), or undefined. */
function sizeIn(search: string): Size | undefined {
  const size = new URLSearchParams(search).get('size')?.toLowerCase();
  return size === 'a4' || size === 'letter' ? size : undefined;
}

/** Paged.js's sheets as constructed style sheets, which the page's policy allows. */
function constructedSheets(Polisher: typeof PolisherClass): void {
  const adopt = (text: string): CSSStyleSheet => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return sheet;
  };
  const setup = Polisher.prototype.setup;
  Polisher.prototype.insert = function insert(this: PolisherClass, text: string) {
    const sheet = adopt(text);
    const handle = {
      remove: () => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
    this.inserted.push(handle);
    return handle;
  };
  // Its setup inserts the base sheet (now constructed) and makes an empty style element for the rules
  // it adds while laying out, which the policy leaves without a sheet: a constructed one takes its place.
  Polisher.prototype.setup = function setupConstructed(this: PolisherClass & { styleEl?: Element }) {
    setup.call(this);
    this.styleEl?.remove();
    this.styleSheet = adopt('');
    return this.styleSheet;
  };
}

/**
 * Paged.js's print-media step reads each @media rule's query with an old CSS parser, which gives no
 * query for today's range syntax (`@media (width >= 40rem)`) and then fails: such a query is not print.
 */
function readableMedia(handlers: { prototype: object }[]): void {
  for (const handler of handlers) {
    const proto = handler.prototype as { getMediaName?: (node: unknown) => string[] | undefined };
    const read = proto.getMediaName;
    if (read)
      proto.getMediaName = function getMediaName(node: unknown) {
        return read.call(this, node) ?? [];
      };
  }
}

/** Each paper size's text block (the page less paged.css's margins), in CSS pixels. */
const TEXT_BLOCK: Record<Size, { width: number; height: number }> = {
  a4: { width: ((210 - 36) * 96) / 25.4, height: ((297 - 42) * 96) / 25.4 },
  letter: { width: 8.5 * 96 - (36 * 96) / 25.4, height: 11 * 96 - (42 * 96) / 25.4 },
};

/**
 * Marks the tables, figures and tools too tall for one page (data-book-long), measured at the page's
 * width: paged.css keeps the others whole on one page and lets these run on to the next.
 */
function markLong(root: HTMLElement, size: Size): void {
  const { width, height } = TEXT_BLOCK[size];
  const probe = document.createElement('div');
  probe.className = 'cx-book-probe';
  probe.style.inlineSize = `${width}px`;
  const parent = root.parentElement;
  const next = root.nextSibling;
  probe.append(root);
  document.body.append(probe);
  for (const el of root.querySelectorAll<HTMLElement>('table, figure, .cx-book-tool, .cx-takeaways')) {
    if (el.getBoundingClientRect().height > height * 0.85) el.dataset['bookLong'] = '';
  }
  parent?.insertBefore(root, next);
  probe.remove();
}

let running = false;

/** Lays the book out in pages of `size`. */
async function layOut(size: Size): Promise<void> {
  if (running || !book || !status) return;
  running = true;
  status.textContent = status.dataset['layingOut'] ?? '';
  try {
    const paged = await import('pagedjs');
    const { Previewer, Polisher } = paged;
    constructedSheets(Polisher);
    readableMedia(paged.registeredHandlers);
    const previewer = new Previewer();
    const sheets = previewer.removeStyles();
    // paged.css leaves the paper size to the print dialog of a browser printing the page as it is.
    sheets.push({ [location.href]: `@page { size: ${size === 'letter' ? 'letter' : 'A4'}; }` });
    markLong(book, size);
    const content = document.createDocumentFragment();
    content.append(book);
    // The pages stand alone in the body; the site's print sheet would show its shell above them.
    const shell = document.querySelector('.cx-shell');
    document.documentElement.dataset['bookPaged'] = size;
    const pages = document.createElement('div');
    pages.className = 'cx-book-pages';
    const controls = bar?.content.firstElementChild?.cloneNode(true);
    if (controls instanceof HTMLElement) {
      document.body.prepend(controls);
      controls.append(status);
      controls.querySelector('[data-book-print]')?.addEventListener('click', () => window.print());
      // Out of the printout, whatever the site's print sheet says of groups of controls.
      window.addEventListener('beforeprint', () => controls.style.setProperty('display', 'none'));
      window.addEventListener('afterprint', () => controls.style.removeProperty('display'));
    }
    shell?.remove();
    document.body.append(pages);
    const flow = await previewer.preview(content, sheets, pages);
    document.documentElement.dataset['bookPages'] = String(flow.total);
    status.textContent = status.dataset['laidOut'] ?? '';
  } catch (error) {
    console.error(error);
    document.documentElement.dataset['bookFailed'] = 'true';
    status.textContent = status.dataset['failed'] ?? '';
  } finally {
    running = false;
  }
}

const asked = sizeIn(location.search);
if (select && asked) select.value = asked;
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  void layOut(select?.value === 'letter' ? 'letter' : 'a4');
});
// The offline edition's book page has no form (data-offline-web) and no Paged.js: it is not laid out.
if (form && new URLSearchParams(location.search).has('paged')) void layOut(asked ?? 'a4');
