// 256-entry byte→character tables, generated from iconv-lite at module load
// so they can never drift from the decoder the rest of senq uses. iconv-lite
// maps the five bytes Windows-1252 leaves undefined (81 8D 8F 90 9D) to
// U+FFFD; we map every undefined byte to the C1 control of the same value
// instead (FORMAT.md §18: never drop a byte), which is also what a Latin-1
// reader produces for them.
import iconv from 'iconv-lite';

export type ByteTable = readonly string[];

const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

export function byteTable(encoding: string): ByteTable {
  const decoded = Array.from(iconv.decode(ALL_BYTES, encoding));
  if (decoded.length !== 256) throw new Error(`${encoding} is not a single-byte encoding`);
  return decoded.map((ch, byte) => (ch === '\uFFFD' ? String.fromCharCode(byte) : ch));
}

/** Inverse of a byte table: character → byte. */
export function inverseTable(table: ByteTable): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  table.forEach((ch, byte) => {
    if (!map.has(ch)) map.set(ch, byte);
  });
  return map;
}

const cache = new Map<string, ByteTable>();

/** Cached table per encoding (iconv-lite names). */
export function tableFor(encoding: string): ByteTable {
  let table = cache.get(encoding);
  if (!table) {
    table = byteTable(encoding);
    cache.set(encoding, table);
  }
  return table;
}
