// Sets every entry time of a zip archive to one value, so that the same workbook gives the same bytes whatever the
// clock said when the zip was written (the zip library stamps each entry with the time it was added). Private.

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** The MS-DOS time and date fields of an ISO date at midnight (the zip format's own epoch is 1980-01-01). */
export function dosDateTime(iso: string): { time: number; date: number } {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return { time: 0, date: ((Math.max(1980, y) - 1980) << 9) | (m << 5) | d };
}

/**
 * Rewrites the modification time and date of every entry, in the central directory and in each local header.
 * Walks the archive's own structure (end record → central directory → local headers); an archive it cannot read is
 * returned unchanged.
 */
export function stampZip(bytes: Uint8Array, stamp: { time: number; date: number }): Uint8Array {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (v.getUint32(i, true) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return bytes;
  const entries = v.getUint16(end + 10, true);
  let p = v.getUint32(end + 16, true);
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.length || v.getUint32(p, true) !== CENTRAL) return bytes;
    v.setUint16(p + 12, stamp.time, true);
    v.setUint16(p + 14, stamp.date, true);
    const local = v.getUint32(p + 42, true);
    if (local + 30 <= bytes.length && v.getUint32(local, true) === LOCAL) {
      v.setUint16(local + 10, stamp.time, true);
      v.setUint16(local + 12, stamp.date, true);
    }
    p += 46 + v.getUint16(p + 28, true) + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
  }
  return bytes;
}
