/**
 * The only script every page loads: the theme toggle, the search opener and the reading marks (progress.ts).
 * The search itself is imported the first time the reader opens it.
 */
import { registerServiceWorker } from '../features/offline/client/pwa';
import './heading-links';
import './language-switch';

const root = document.documentElement;
const THEME_KEY = 'cx-spectrum:theme';

function isDark(): boolean {
  const chosen = root.dataset['theme'];
  return chosen ? chosen === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
}

const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const syncToggle = () => toggle?.setAttribute('aria-pressed', String(isDark()));
syncToggle();
window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', syncToggle);
toggle?.addEventListener('click', () => {
  const next = isDark() ? 'light' : 'dark';
  root.dataset['theme'] = next;
  try {
    localStorage.setItem(THEME_KEY, next);
  } catch {
    // Storage may be blocked; the choice still holds for this page.
  }
  syncToggle();
});

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
let opener: Element | null = null;
let started = false;

function openSearch() {
  if (!dialog || dialog.open) return;
  opener = document.activeElement;
  dialog.showModal();
  if (!started) {
    started = true;
    import('../features/search/client/search').then((m) => m.startSearch(dialog, import.meta.env.BASE_URL));
  }
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

for (const button of document.querySelectorAll('[data-search-open]')) button.addEventListener('click', openSearch);
dialog?.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
dialog?.addEventListener('click', (e) => {
  if (e.target === dialog) dialog.close();
});
dialog?.addEventListener('close', () => {
  if (opener instanceof HTMLElement) opener.focus();
});
document.addEventListener('keydown', (e) => {
  const shortcut = (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey);
  if (shortcut || (e.key === '/' && !isTyping(e.target) && !e.altKey && !e.ctrlKey && !e.metaKey)) {
    e.preventDefault();
    openSearch();
  }
});

registerServiceWorker(import.meta.env.BASE_URL);

// The reading marks load after the page script, and not at all on a page marked light (the answering page,
// which a class's respondents open on their phones and which must stay small).
if (!document.documentElement.hasAttribute('data-cx-light')) import('./progress');
