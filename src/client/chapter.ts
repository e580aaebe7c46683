/**
 * A chapter page's own script, small because it runs before the reader does anything: it starts a live
 * sentence (src/client/live.ts) when it comes near the screen, and a glossary term's popover
 * (src/client/terms.ts) the first time the reader points at, focuses or taps a term. Both load on demand.
 */
const body = document.querySelector<HTMLElement>('[data-chapter-body]');

const blocks = document.querySelectorAll<HTMLElement>('[data-live]');
if (blocks.length > 0) {
  const near = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting || !(e.target instanceof HTMLElement)) continue;
        near.unobserve(e.target);
        const block = e.target;
        import('./live').then((m) => m.startLive(block));
      }
    },
    { rootMargin: '200px 0px' },
  );
  for (const b of blocks) near.observe(b);
}

let terms: Promise<typeof import('./terms')> | undefined;
let touch = false;

/** The glossary term an event is about: a link to a glossary entry in the text, not one inside a popover. */
function termOf(e: Event): HTMLAnchorElement | null {
  const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[href*="glossary/"]') : null;
  // On the web "/glossary/#churn"; in the offline edition "…/glossary/index.html#churn".
  return link?.hash && !link.closest('[popover]') ? link : null;
}

function onTerm(e: Event) {
  const link = termOf(e);
  if (!link) return;
  if (e.type === 'click') {
    // A tap opens the popover first (it links to the entry); a mouse click or Enter follows the link.
    if (!touch || link.hasAttribute('data-term-open')) return;
    e.preventDefault();
  }
  if (!terms && (e.type === 'pointerout' || e.type === 'focusout')) return;
  terms ??= import('./terms');
  terms.then((m) => m.termEvent(link, e.type));
}

body?.addEventListener('pointerdown', (e) => {
  touch = e.pointerType !== 'mouse';
});
for (const type of ['pointerover', 'pointerout', 'focusin', 'focusout', 'click']) body?.addEventListener(type, onTerm);
