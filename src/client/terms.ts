/**
 * A glossary term's popover (src/components/chapter/TermPopovers.astro): it opens when the reader points
 * at the term, focuses it or taps it, stays while the pointer or focus is on the term or in the popover,
 * and closes on Escape (the native popover's own), a click elsewhere, or shortly after the reader leaves.
 */
const HIDE_DELAY_MS = 250;
const GAP_PX = 6;

let open: { link: HTMLAnchorElement; pop: HTMLElement } | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;
const wired = new WeakSet<HTMLElement>();

function popoverOf(link: HTMLAnchorElement): HTMLElement | null {
  const id = decodeURIComponent(link.hash.slice(1));
  return id ? document.getElementById(`cx-term-${id}`) : null;
}

function hide(): void {
  clearTimeout(hideTimer);
  if (open?.pop.matches(':popover-open')) open.pop.hidePopover();
}

function hideSoon(): void {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => {
    const focused = document.activeElement;
    if (open && (open.pop.contains(focused) || open.link === focused)) return;
    if (open && (open.pop.matches(':hover') || open.link.matches(':hover'))) return;
    hide();
  }, HIDE_DELAY_MS);
}

/** Puts the popover under the term (above it when there is no room below), inside the window's width. */
function place(link: HTMLAnchorElement, pop: HTMLElement): void {
  const r = link.getBoundingClientRect();
  const width = pop.offsetWidth;
  const height = pop.offsetHeight;
  const left = Math.max(GAP_PX, Math.min(r.left, document.documentElement.clientWidth - width - GAP_PX));
  const below = r.bottom + GAP_PX + height <= window.innerHeight || r.top < height + GAP_PX;
  pop.style.left = `${left + window.scrollX}px`;
  pop.style.top = `${(below ? r.bottom + GAP_PX : r.top - GAP_PX - height) + window.scrollY}px`;
}

function wire(link: HTMLAnchorElement, pop: HTMLElement): void {
  if (wired.has(pop)) return;
  wired.add(pop);
  pop.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  pop.addEventListener('pointerleave', hideSoon);
  pop.addEventListener('focusout', hideSoon);
  pop.addEventListener('toggle', (e) => {
    if ((e as ToggleEvent).newState === 'closed') link.removeAttribute('data-term-open');
  });
}

function show(link: HTMLAnchorElement, pop: HTMLElement): void {
  clearTimeout(hideTimer);
  if (open && open.pop !== pop) hide();
  wire(link, pop);
  // Right after the term, so that Tab from the term reaches the popover's link.
  if (link.nextElementSibling !== pop) link.after(pop);
  const def = pop.querySelector('[id]');
  if (def) link.setAttribute('aria-describedby', def.id);
  if (!pop.matches(':popover-open')) pop.showPopover();
  link.setAttribute('data-term-open', '');
  open = { link, pop };
  place(link, pop);
}

/** Handles one event on a glossary term in the text (the chapter script forwards them). */
export function termEvent(link: HTMLAnchorElement, type: string): void {
  const pop = popoverOf(link);
  if (!pop || typeof pop.showPopover !== 'function') return;
  if (type === 'pointerout' || type === 'focusout') hideSoon();
  else show(link, pop);
}
