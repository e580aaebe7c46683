import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const data = new Uint8Array(readFileSync('dist/downloads/cx-spectrum-en.pdf'));
const doc = await getDocument({ data }).promise;
console.log('pages', doc.numPages);
const meta = await doc.getMetadata();
console.log(meta.info.Title, meta.info.Language);
const outline = await doc.getOutline();
console.log(outline.map((o) => o.title + ' ' + (o.items?.length ?? 0)));
for (const n of [2, 3]) { const p = await doc.getPage(n); const t = await p.getTextContent(); console.log(n, t.items.map((i) => i.str).join('|').slice(0, 900)); }
