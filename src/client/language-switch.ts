/**
 * The language switcher: going to the same page in another language keeps the address's query (a
 * tool's state) and remembers the choice, which the default language's home page follows
 * (see LanguageLinks.astro). Only an explicit choice is stored, so a deep link is never redirected.
 */
export const LANG_KEY = 'cx-spectrum:lang';

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  const carry = () => {
    const target = new URL(link.href);
    target.search = location.search;
    link.href = target.href;
  };
  // Before the reader opens or copies the link, it takes the address's current query.
  link.addEventListener('focus', carry);
  link.addEventListener('pointerenter', carry);
  link.addEventListener('click', () => {
    carry();
    try {
      localStorage.setItem(LANG_KEY, link.dataset['langSwitch'] ?? '');
    } catch {
      // Storage may be blocked: the link still goes to the page, the choice is just not kept.
    }
  });
}
