import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const doc = await getDocument({ data: new Uint8Array(readFileSync('dist/downloads/cx-spectrum-en.pdf')) }).promise;
for (let n = 1; n <= doc.numPages; n++) { const p = await doc.getPage(n); const t = await p.getTextContent(); const s = t.items.map((i) => i.str).join(' ').replace(/\s+/g, ' '); console.log(n, p.view.join(','), s.slice(0, 70), '…', s.slice(-30)); }
