// Decode stage: bytes → text. BOM first, then strict UTF-8, then a
// single-byte guess. Always through iconv-lite for legacy encodings: Node 20's
// TextDecoder('windows-1252') maps 0x80–0x9F wrongly.
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { diag } from '../diagnostics.js';
import type { Diagnostic } from '../types.js';

export interface Decoded {
  /** Decoded text, without BOM. Line breaks are left as they were. */
  text: string;
  /** Encoding Standard name of what the bytes were decoded from. */
  encoding: string;
  bytes: number;
  sha256: string;
  diagnostics: Diagnostic[];
}

export interface DecodeOptions {
  /** Force an encoding (any iconv-lite name); detection is skipped. */
  encoding?: string;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Text given as a string is taken as UTF-8 (as if read from a UTF-8 file). */
export function fromString(text: string): Decoded {
  const bytes = Buffer.from(text, 'utf8');
  return {
    text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
    encoding: 'utf-8',
    bytes: bytes.length,
    sha256: sha256(bytes),
    diagnostics: [],
  };
}

export function decode(input: Uint8Array, options: DecodeOptions = {}): Decoded {
  const base = { bytes: input.length, sha256: sha256(input) };
  if (options.encoding) return { ...base, ...decodeForced(input, options.encoding) };
  const bom = sniffBom(input);
  if (bom) {
    const text = iconv.decode(Buffer.from(input.subarray(bom.length)), bom.encoding);
    return { ...base, text, encoding: bom.encoding, diagnostics: [] };
  }
  try {
    return { ...base, text: utf8Strict.decode(input), encoding: 'utf-8', diagnostics: [] };
  } catch {
    return { ...base, ...decodeSingleByte(input) };
  }
}

function sniffBom(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Encoding Standard names for what we report in `source.encoding`. */
const CANONICAL: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  cp1252: 'windows-1252',
  'windows-1252': 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  macintosh: 'macintosh',
  macroman: 'macintosh',
  'mac-roman': 'macintosh',
};

export function canonicalEncoding(name: string): string {
  return CANONICAL[name.toLowerCase()] ?? name.toLowerCase();
}

function decodeForced(input: Uint8Array, name: string): Omit<Decoded, 'bytes' | 'sha256'> {
  const encoding = canonicalEncoding(name);
  const diagnostics: Diagnostic[] = [];
  let bytes = Buffer.from(input);
  const bom = sniffBom(input);
  if (bom && bom.encoding === encoding) bytes = bytes.subarray(bom.length);
  let text: string;
  if (encoding === 'utf-8') {
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    if (text.includes('\uFFFD')) {
      const pos = firstPosition(text, text.indexOf('\uFFFD'));
      diagnostics.push(
        diag('SENQ_DECODE_FAILED', 'input is not valid UTF-8; invalid bytes were replaced by U+FFFD', pos.line, pos.column),
      );
    }
  } else {
    text = iconv.decode(bytes, encoding === 'windows-1252' ? 'cp1252' : encoding);
  }
  return { text, encoding, diagnostics };
}

/**
 * Not UTF-8: choose between Windows-1252 and Mac Roman. ISO-8859-1 is
 * reported as Windows-1252 (they differ only in C1 controls, which real
 * text never uses). Scoring: Dutch/French accented letters decode from
 * different byte ranges in the two encodings (FORMAT.md §18).
 */
function decodeSingleByte(input: Uint8Array): Omit<Decoded, 'bytes' | 'sha256'> {
  const win = iconv.decode(Buffer.from(input), 'cp1252');
  const mac = iconv.decode(Buffer.from(input), 'macintosh');
  const encoding = letterScore(mac) > letterScore(win) ? 'macintosh' : 'windows-1252';
  const text = encoding === 'macintosh' ? mac : win;
  return {
    text,
    encoding,
    diagnostics: [diag('SENQ_ENCODING_GUESSED', `input is not UTF-8; decoded as ${encoding} (guessed)`)],
  };
}

const NATIVE_LETTERS = /[éèêëàâäçîïôöùûüÉÈÊËÀÇÔœ«»’‘“”–—…°]/gu;
const LETTER_CONTEXT = /\p{L}[éèêëàâäçîïôöùûüœ]|[éèêëàâäçîïôöùûüœ]\p{L}/gu;

function letterScore(text: string): number {
  const letters = text.match(LETTER_CONTEXT)?.length ?? 0;
  const natives = text.match(NATIVE_LETTERS)?.length ?? 0;
  return letters * 2 + natives;
}

function firstPosition(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: Array.from(text.slice(start, index)).length + 1 };
}
