// Decode stage: bytes → text. BOM first, then strict UTF-8, then a
// single-byte guess. Always through iconv-lite for legacy encodings: Node 20's
// TextDecoder('windows-1252') maps 0x80–0x9F wrongly.
import { createHash } from 'node:crypto';
import { lazyRequire } from '../util/lazy-require.js';

// Loaded on first use: UTF-8 input, the common case, never needs it.
const iconv = lazyRequire<typeof import('iconv-lite')>('iconv-lite');
import { diag } from '../diagnostics.js';
import type { Diagnostic } from '../types.js';
import { scoreReading } from './score.js';
import { decodeWithTable, undefinedCp1252 } from './singlebyte.js';

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
    const text = iconv().decode(Buffer.from(input.subarray(bom.length)), bom.encoding);
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
  } else if (encoding === 'windows-1252') {
    text = decodeWithTable(bytes, 'cp1252');
    diagnostics.push(...undefinedBytesWarning(bytes, text));
  } else {
    text = iconv().decode(bytes, encoding);
  }
  return { text, encoding, diagnostics };
}

/**
 * Not UTF-8: choose between Windows-1252 and Mac Roman by scoring both
 * readings (score.ts). ISO-8859-1 is read and reported as Windows-1252 (they
 * differ only in C1 controls, which real text never uses). A tie goes to
 * Windows-1252, by far the more common of the two.
 */
function decodeSingleByte(input: Uint8Array): Omit<Decoded, 'bytes' | 'sha256'> {
  const utf16 = sniffUtf16(input);
  if (utf16) {
    const text = iconv().decode(Buffer.from(input), utf16);
    return { text, encoding: utf16, diagnostics: [diag('SENQ_ENCODING_GUESSED', `input has no BOM but alternating NUL bytes; decoded as ${utf16} (guessed)`)] };
  }
  const win = decodeWithTable(input, 'cp1252');
  let encoding = 'windows-1252';
  let text = win;
  let why = 'Dutch/French words read better that way';
  if (input.some((b) => b >= 0x80)) {
    const mac = decodeWithTable(input, 'macintosh');
    const [sw, sm] = [scoreReading(win, 'windows-1252'), scoreReading(mac, 'macintosh')];
    if (sm > sw) {
      encoding = 'macintosh';
      text = mac;
    }
    why = `lexicon score ${Math.max(sw, sm)} against ${Math.min(sw, sm)}`;
  }
  const diagnostics = [diag('SENQ_ENCODING_GUESSED', `input is not UTF-8; decoded as ${encoding} (guessed: ${why})`)];
  if (encoding === 'windows-1252') diagnostics.push(...undefinedBytesWarning(input, text));
  return { text, encoding, diagnostics };
}

/** UTF-16 without BOM: NUL in most even or most odd positions of the first KiB. */
function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 1024) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > half * 0.6 && evenNul < half * 0.1) return 'utf-16le';
  if (evenNul > half * 0.6 && oddNul < half * 0.1) return 'utf-16be';
  return null;
}

/** Bytes Windows-1252 leaves undefined were kept as U+0081 etc.; say so. */
function undefinedBytesWarning(input: Uint8Array, text: string): Diagnostic[] {
  const { first, count } = undefinedCp1252(input);
  if (count === 0) return [];
  const pos = firstPosition(text, first);
  return [
    diag(
      'SENQ_LOSSY_TEXT',
      `${count} byte(s) undefined in Windows-1252 (81 8D 8F 90 9D) were kept as C1 control characters; the text they stood for is lost`,
      pos.line,
      pos.column,
    ),
  ];
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
