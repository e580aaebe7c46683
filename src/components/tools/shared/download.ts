/** Offers a blob as a file download, made in the browser (works offline and from file://). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns; give them time before it is freed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers text as a file download. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(new Blob([text], { type }), filename);
}
