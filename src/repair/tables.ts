// 256-entry byte→character tables from iconv-lite, so they can never drift
// from the decoder the rest of senq uses (shipped pre-generated for the
// encodings every document needs; a test checks them against iconv-lite).
// iconv-lite maps the five bytes Windows-1252 leaves undefined (81 8D 8F 90 9D) to
// U+FFFD; we map every undefined byte to the C1 control of the same value
// instead (FORMAT.md §18: never drop a byte), which is also what a Latin-1
// reader produces for them.
import { lazyRequire } from '../util/lazy-require.js';
import { BYTE_TABLES } from './byte-tables.generated.js';

// Loaded on first use: UTF-8 input, the common case, never needs it.
const iconv = lazyRequire<typeof import('iconv-lite')>('iconv-lite');

export type ByteTable = readonly string[];

const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

export function byteTable(encoding: string): ByteTable {
  const decoded = Array.from(iconv().decode(ALL_BYTES, encoding));
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

/** Encodings whose tables ship pre-generated (tests/tools/build-byte-tables.ts). */
export const GENERATED_ENCODINGS = ['cp1252', 'maccenteuro', 'macintosh', 'latin1'] as const;

const cache = new Map<string, ByteTable>();

/**
 * Cached table per encoding (iconv-lite names). The damage paths need theirs
 * for every document, so they come pre-generated: building them from
 * iconv-lite at start-up cost a fifth of a single-file run.
 */
export function tableFor(encoding: string): ByteTable {
  let table = cache.get(encoding);
  if (!table) {
    const generated = BYTE_TABLES[encoding];
    table = generated === undefined ? byteTable(encoding) : Array.from(generated);
    cache.set(encoding, table);
  }
  return table;
}
