import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync as fflateDeflate, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type ZipEntry, zipFiles } from '../../src/features/offline/zip.mjs';

const text = (s: string) => new TextEncoder().encode(s);
const mtime = new Date(2026, 11, 6, 9, 14, 37);

/** Bytes that do not compress: a little generator, so the test needs no randomness. */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const page = `<!doctype html><html lang="en"><body>${'<p>The anxiety gap, measured.</p>\n'.repeat(400)}</body></html>`;
const entries: ZipEntry[] = [
  { path: 'edition/index.html', data: text(page), store: false, mtime },
  { path: 'edition/_offline/site.js', data: text('self.x=1;'.repeat(3000)), store: false, mtime },
  { path: 'edition/icons/icon.png', data: noise(5000), store: true, mtime },
  { path: 'edition/empty.txt', data: new Uint8Array(0), store: false, mtime },
  { path: 'edition/de/über-uns/LIESMICH.txt', data: text('Öffnen Sie index.html – „ohne Netz“.'), store: false, mtime },
  { path: 'edition/random.bin', data: noise(70_000), store: false, mtime },
];

/** What the central directory says of each entry: name, method, DOS date and time, sizes, UTF-8 flag. */
function directory(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const rows = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    rows.push({
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      utf8: (view.getUint16(at + 8, true) & 0x0800) !== 0,
      method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
    });
    at += 46 + nameLength + extra;
  }
  return rows;
}

describe('the offline edition’s zip writer', () => {
  const zip = zipFiles(entries);

  it('reads back with fflate to exactly the files it was given, in order', () => {
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(entries.map((e) => e.path));
    for (const e of entries) expect(back[e.path]).toEqual(e.data);
  });

  it('stores what it is told to store, deflates the rest, and dates every file in local time', () => {
    const rows = directory(zip);
    expect(rows.map((r) => r.name)).toEqual(entries.map((e) => e.path));
    for (const [i, e] of entries.entries()) {
      const row = rows[i];
      expect(row?.method).toBe(e.store ? 0 : 8);
      expect(row?.size).toBe(e.data.length);
      if (e.store) expect(row?.compressed).toBe(e.data.length);
      expect(row?.utf8).toBe(/[^\x20-\x7e]/.test(e.path));
      expect(row?.date).toBe(((2026 - 1980) << 9) | (12 << 5) | 6);
      expect(row?.time).toBe((9 << 11) | (14 << 5) | (37 >> 1));
    }
  });

  it('packs the handbook’s own text smaller than fflate at level 9', () => {
    const files = ['README.md', 'src/i18n/de/profile.ts'].map((path) => ({ path, data: readFileSync(path) }));
    const rows = directory(zipFiles(files.map((f) => ({ ...f, store: false, mtime }))));
    for (const [i, f] of files.entries()) {
      expect(rows[i]?.compressed, f.path).toBeLessThan(fflateDeflate(f.data, { level: 9 }).length);
    }
  });

  const unzip = spawnSync('unzip', ['-v'], { encoding: 'utf8' });
  it.skipIf(unzip.error !== undefined || unzip.status !== 0)('passes Info-ZIP’s own test (unzip -t)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cx-zip-'));
    try {
      const file = join(dir, 'edition.zip');
      writeFileSync(file, zip);
      const run = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain('No errors detected');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes an empty archive as the end record alone', () => {
    const empty = zipFiles([]);
    expect(empty.length).toBe(22);
    expect(unzipSync(empty)).toEqual({});
  });
});
