// Writes a zip archive with Node's zlib, whose deflate packs the edition's text smaller than fflate's
// at its highest level (by about 27 KB on the whole edition). The container is plain PKZIP 2.0: one
// local header per file, then the central directory and its end record; no folder entries, no
// extra fields, no zip64 (each file and the whole archive stay far below 4 GiB).
import { Buffer } from 'node:buffer';
import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Deflate at zlib's highest level, with its largest window. (memLevel 9 packed this edition about 500 bytes
 * larger than the default 8, so the default stays.)
 */
const DEFLATE = { level: constants.Z_BEST_COMPRESSION, windowBits: 15 };

/**
 * @typedef {object} ZipEntry
 * @property {string} path its path in the archive, with forward slashes
 * @property {Uint8Array} data its bytes
 * @property {boolean} store true to store it as it is (already compressed), false to deflate it
 * @property {Date} mtime its modification time, written in local time as zip's DOS date and time
 */

/** A Date as the DOS date (high 16 bits) and time (low 16 bits) zip headers hold, in local time. */
function dosDateTime(date) {
  const year = date.getFullYear() - 1980;
  if (year < 0 || year > 127) throw new Error(`A zip cannot hold the date ${date.toISOString()}`);
  return (
    ((year << 25) |
      ((date.getMonth() + 1) << 21) |
      (date.getDate() << 16) |
      (date.getHours() << 11) |
      (date.getMinutes() << 5) |
      (date.getSeconds() >> 1)) >>>
    0
  );
}

/**
 * The bytes of a zip archive holding `entries`, in the order given.
 * @param {ZipEntry[]} entries
 * @returns {Buffer}
 */
export function zipFiles(entries) {
  /** @type {Buffer[]} */
  const parts = [];
  /** @type {Buffer[]} */
  const directory = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.path, 'utf8');
    if (name.length > 0xffff) throw new Error(`A zip entry's name is too long: ${entry.path}`);
    const data = entry.data;
    const body = entry.store ? data : deflateRawSync(data, DEFLATE);
    if (data.length > 0xfffffffe || offset + 30 + name.length + body.length > 0xfffffffe) {
      throw new Error('The zip would need zip64, which this writer does not write.');
    }
    // Bit 11: the name is UTF-8 (set only when it is not plain ASCII, as fflate does).
    const flags = name.length === entry.path.length ? 0 : 0x0800;
    const method = entry.store ? 0 : 8;
    const when = dosDateTime(entry.mtime);
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed to extract: 2.0
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(when, 10); // time, then date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    parts.push(local, name, Buffer.from(body.buffer, body.byteOffset, body.length));

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by: 2.0, MS-DOS attributes
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(when, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // Extra and comment lengths, disk number, internal and external attributes: all 0.
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);

    offset += 30 + name.length + body.length;
  }
  if (entries.length > 0xffff) throw new Error('The zip would need zip64 for its number of files.');
  const directorySize = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  // This disk and the directory's disk: 0.
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}
