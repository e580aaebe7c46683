/**
 * Heading anchors ("#" after a heading): activating one still moves the address to the section, and
 * also copies the section's full URL and announces it. Every page loads this file, so it stays a few
 * bytes; the copying code is fetched the first time an anchor is used.
 */
addEventListener('click', (e) => {
  const a = (e.target as Element).closest?.('.cx-anchor');
  if (a) import('./heading-copy').then((m) => m.copyLink(a));
});
