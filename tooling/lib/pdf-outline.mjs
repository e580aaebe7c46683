// Chromium writes a PDF's outline from the page's headings but drops the space where a heading wraps
// onto a second line ("Why likesare not value"). The titles are put back from the headings' own text.
import { PDFDict, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/** A title without its white space: how an outline entry and its heading are matched. */
const bare = (/** @type {string} */ s) => s.replace(/\s+/g, '');

/**
 * Gives every outline entry whose title is a heading's text with spaces lost that heading's text.
 * Returns how many entries it changed; entries that match no heading stay as they are.
 * @param {import('pdf-lib').PDFDocument} pdf
 * @param {string[]} headings the page's headings, their text with white space collapsed
 */
export function restoreOutlineTitles(pdf, headings) {
  const byBare = new Map(headings.map((h) => [bare(h), h]));
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  let changed = 0;
  /** @param {import('pdf-lib').PDFObject | undefined} ref */
  const walk = (ref) => {
    for (let at = ref; at !== undefined; ) {
      const item = pdf.context.lookupMaybe(at, PDFDict);
      if (!item) return;
      const title = item.lookup(PDFName.of('Title'));
      if (title instanceof PDFString || title instanceof PDFHexString) {
        const text = title.decodeText();
        const heading = byBare.get(bare(text));
        if (heading !== undefined && heading !== text) {
          item.set(PDFName.of('Title'), PDFHexString.fromText(heading));
          changed++;
        }
      }
      walk(item.get(PDFName.of('First')));
      at = item.get(PDFName.of('Next'));
    }
  };
  if (outlines) walk(outlines.get(PDFName.of('First')));
  return changed;
}
