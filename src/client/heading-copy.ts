import { loadText, textOf, uses } from '../i18n/text';

const TRAINERS = uses('trainers');

let region: HTMLElement | undefined;

/** The page's polite live region for copy messages, made on first use. */
function liveRegion(): HTMLElement {
  if (region) return region;
  const p = document.createElement('p');
  p.setAttribute('role', 'status');
  p.className = 'cx-sr-only';
  p.dataset['headingStatus'] = '';
  document.body.append(p);
  region = p;
  return p;
}

/** Copies the address an anchor points to (the section's full URL) and says, politely, whether it worked. */
export async function copyLink(anchor: Element): Promise<void> {
  if (!(anchor instanceof HTMLAnchorElement)) return;
  const url = anchor.href;
  const live = liveRegion();
  let copied = true;
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    copied = false;
  }
  const lang = document.documentElement.lang;
  await loadText(lang, ['trainers']);
  const t = textOf(lang, TRAINERS).headingLinks;
  const message = copied ? t.copied : t.failed;
  // Empty first, then fill after a moment, so a second copy is announced again.
  live.textContent = '';
  setTimeout(() => {
    live.textContent = message;
  }, 100);
}
