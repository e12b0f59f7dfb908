// The registry of named damage paths (FORMAT §19.1). A path "W>R" means text
// written as bytes in encoding W was read back as encoding R. Each path holds
// its pair of 256-entry tables from iconv-lite (the writer's, or null when the
// writer is UTF-8, and the reader's) and, derived from them, the inverse map
// from what a reader sees to the character that was meant.
import { REPERTOIRE } from './charsets.js';
import { tableFor, inverseTable, type ByteTable } from './tables.js';

export interface DamagePath {
  /** Name recorded in `Repair.path`, e.g. "cp1252>maccenteuro". */
  name: string;
  /** iconv-lite name of the encoding the bytes were written in. */
  writer: string;
  /** iconv-lite name of the encoding the bytes were wrongly read as. */
  reader: string;
  /** byte → character of the writer, or null for UTF-8 (multi-byte). */
  writeTable: ByteTable | null;
  /** byte → character of the reader. */
  readTable: ByteTable;
  /** Seen sequence → intended character, for the NL/FR repertoire. */
  inverse: ReadonlyMap<string, string>;
  /** Longest seen sequence (1 for single-byte writers). */
  maxSeen: number;
  /** Seen sequences of one character. */
  singles: ReadonlySet<string>;
  /** First characters of all seen sequences: a cheap test before any lookup. */
  firsts: ReadonlySet<string>;
  /** Paths that are one reading for the document vote (P3 and its Latin-1 variant). */
  family: string;
}

/** The damage a path does to one intended character (null: unchanged or not encodable). */
export function damageChar(path: Pick<DamagePath, 'writeTable' | 'readTable'>, ch: string): string | null {
  let bytes: number[];
  if (path.writeTable === null) {
    bytes = Array.from(Buffer.from(ch, 'utf8'));
  } else {
    const byte = inverseTable(path.writeTable).get(ch);
    if (byte === undefined) return null;
    bytes = [byte];
  }
  const seen = bytes.map((b) => path.readTable[b]).join('');
  return seen === ch ? null : seen;
}

/** Apply a path's damage to a whole string (used by tests and the benchmark). */
export function damage(path: DamagePath, text: string): string {
  let out = '';
  for (const ch of text) out += ch.charCodeAt(0) < 0x80 ? ch : (damageChar(path, ch) ?? ch);
  return out;
}

function makePath(name: string, writer: string, reader: string, family = name): DamagePath {
  const writeTable = writer === 'utf8' ? null : tableFor(writer);
  const readTable = tableFor(reader);
  const inverse = new Map<string, string>();
  for (const ch of REPERTOIRE) {
    const seen = damageChar({ writeTable, readTable }, ch);
    if (seen !== null && !inverse.has(seen)) inverse.set(seen, ch);
  }
  const maxSeen = Math.max(...Array.from(inverse.keys(), (k) => k.length));
  const singles = new Set([...inverse.keys()].filter((k) => k.length === 1));
  const firsts = new Set([...inverse.keys()].map((k) => k[0] as string));
  return { name, writer, reader, writeTable, readTable, inverse, maxSeen, singles, firsts, family };
}

/** In order of prior likelihood: P1 is the Senate's own damage. */
export const PATHS: readonly DamagePath[] = [
  makePath('cp1252>maccenteuro', 'cp1252', 'maccenteuro'),
  makePath('macroman>cp1252', 'macintosh', 'cp1252'),
  makePath('utf8>cp1252', 'utf8', 'cp1252'),
  // The Latin-1 variant of P3: bytes 80–9F become C1 controls, not cp1252 signs.
  makePath('utf8>latin1', 'utf8', 'latin1', 'utf8>cp1252'),
  makePath('utf8>macroman', 'utf8', 'macintosh'),
];

export const PATH_BY_NAME: ReadonlyMap<string, DamagePath> = new Map(PATHS.map((p) => [p.name, p]));
