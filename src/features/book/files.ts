/** The book edition's files, from the site root: the build writes the EPUBs, `npm run pdf` the PDFs. */
export function bookFiles(lang: string): { pdf: string; epub: string } {
  return { pdf: `/downloads/cx-spectrum-${lang}.pdf`, epub: `/downloads/cx-spectrum-${lang}.epub` };
}
