/**
 * Keeps a tool's outward links carrying the tool's current state: the "Present" link and the embed
 * code on a tool page, and "Open in the handbook" and "Exit presentation" in the embed view. The tools
 * rewrite the address as the reader works, so the links are refreshed whenever the reader acts.
 */
import { loadText, textOf, uses } from '../i18n/text';
import { iframeSnippet, stateQuery, withState } from '../lib/embed';

const TRAINERS = uses('trainers');

/** Each link with the address it was built with, less its query: the offline edition rewrites hrefs, not data. */
const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-carry-state]')].map((a) => ({
  a,
  base: a.href.replace(/[?#].*$/, ''),
}));
const code = document.querySelector<HTMLTextAreaElement>('textarea[data-embed-code]');
const copy = document.querySelector<HTMLButtonElement>('button[data-embed-copy]');
const status = document.querySelector<HTMLElement>('[data-embed-status]');
const printed = document.querySelectorAll<HTMLElement>('[data-print-address]');

function refresh(): void {
  const query = stateQuery(location.search);
  // A printout names the address of the state it shows.
  for (const el of printed) if (el.textContent !== location.href) el.textContent = location.href;
  for (const { a, base } of links) {
    const target = withState(base, query, a.hasAttribute('data-present'));
    if (a.href !== target) a.href = target;
  }
  if (code) {
    const src = new URL(withState(code.dataset['embedCode'] ?? '', query), location.href).href;
    const snippet = iframeSnippet(src, code.dataset['embedTitle'] ?? document.title);
    if (code.value !== snippet) code.value = snippet;
  }
}

let pending = 0;
/** The tools write the address just after they render, so look again a moment later too. */
function refreshSoon(): void {
  refresh();
  clearTimeout(pending);
  pending = window.setTimeout(refresh, 150);
}

refresh();
window.addEventListener('beforeprint', refresh);
// A tool rewrites the address whenever it renders a new state, also as it starts with a saved or
// shared one, without any event: watch its markup, once per frame at most.
let frame = 0;
const main = document.querySelector('main');
if (main) {
  new MutationObserver(() => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      refreshSoon();
    });
  }).observe(main, { subtree: true, childList: true, characterData: true, attributes: true });
}
for (const type of ['focusin', 'pointerdown', 'click', 'contextmenu', 'input', 'change', 'keyup', 'pointerup']) {
  document.addEventListener(type, refreshSoon, true);
}

copy?.addEventListener('click', async () => {
  if (!code) return;
  refresh();
  let copied = true;
  try {
    await navigator.clipboard.writeText(code.value);
  } catch {
    code.focus();
    code.select();
    copied = false;
  }
  if (!status) return;
  const lang = document.documentElement.lang;
  await loadText(lang, ['trainers']);
  const t = textOf(lang, TRAINERS).embedText;
  const message = copied ? t.embedCopied : t.embedCopyFailed;
  // Empty first, so copying twice is announced twice.
  status.textContent = '';
  setTimeout(() => {
    status.textContent = message;
  }, 100);
});
