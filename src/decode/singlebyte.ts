// Single-byte decoding (FORMAT §18). Windows-1252 goes through a table built
// from iconv-lite in which the five undefined bytes (81 8D 8F 90 9D) become
// the C1 controls of the same value — never U+FFFD, never dropped. Node's
// TextDecoder('windows-1252') is not used: it maps 80–9F differently.
import { tableFor } from '../repair/tables.js';

/** iconv-lite encodings we choose between, with their Encoding Standard names. */
export const SINGLE_BYTE = [
  { iconv: 'cp1252', name: 'windows-1252' },
  { iconv: 'macintosh', name: 'macintosh' },
] as const;

export const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export function decodeWithTable(bytes: Uint8Array, iconvName: string): string {
  const table = tableFor(iconvName);
  let out = '';
  const chunk: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    chunk.push(table[bytes[i] as number] as string);
    if (chunk.length === 8192) {
      out += chunk.join('');
      chunk.length = 0;
    }
  }
  return out + chunk.join('');
}

/** Offset of the first byte undefined in Windows-1252, and how many there are. */
export function undefinedCp1252(bytes: Uint8Array): { first: number; count: number } {
  let first = -1;
  let count = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (CP1252_UNDEFINED.has(bytes[i] as number)) {
      if (first < 0) first = i;
      count++;
    }
  }
  return { first, count };
}
