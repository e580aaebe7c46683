/**
 * Counts the pages of a PDF from its bytes: the page objects ("/Type /Page", not "/Type /Pages").
 * Chromium writes page dictionaries uncompressed, so a byte scan finds every one. When the page
 * tree's "/Count" is present too, both must agree, or the count is not trusted.
 */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  const pages = [...text.matchAll(/\/Type\s*\/Page(?![A-Za-z])/g)].length;
  const counts = [
    ...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g),
  ].map((m) => Number(m[1] ?? m[2]));
  const total = counts.length > 0 ? Math.max(...counts) : pages;
  if (total !== pages) throw new Error(`PDF page count disagrees: ${pages} page objects, page tree says ${total}`);
  return pages;
}
