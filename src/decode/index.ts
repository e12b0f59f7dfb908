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
  encoding?: string | undefined;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Text given as a string is taken as UTF-8 (as if read from a UTF-8 file). */
export function fromString(text: string): Decoded {
  const bytes = Buffer.from(text, 'utf8');
  const diagnostics: Diagnostic[] = [];
  const whole = wellFormed(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 'the text', diagnostics);
  return { text: whole, encoding: 'utf-8', bytes: bytes.length, sha256: sha256(bytes), diagnostics };
}

/**
 * Half a UTF-16 character (a surrogate without its pair) is no character:
 * JSON readers such as jq refuse its escape, and it has no UTF-8 form. It
 * becomes U+FFFD, reported at the first, as other unreadable input does.
 * Only UTF-16 bytes and strings handed to the library can hold one.
 */
function wellFormed(text: string, what: string, diagnostics: Diagnostic[]): string {
  const at = text.search(LONE_SURROGATE);
  if (at < 0) return text;
  const out = text.replace(LONE_SURROGATES, '\uFFFD');
  const pos = firstPosition(out, at);
  diagnostics.push(diag('SENQ_DECODE_FAILED', `${what} holds half of a UTF-16 character (an unpaired surrogate); it was replaced by U+FFFD`, pos.line, pos.column));
  return out;
}

// Without the u flag, so that the classes match single UTF-16 code units.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

export function decode(input: Uint8Array, options: DecodeOptions = {}): Decoded {
  const base = { bytes: input.length, sha256: sha256(input) };
  if (options.encoding) {
    if (isKnownEncoding(options.encoding)) return { ...base, ...decodeForced(input, options.encoding) };
    // The library never throws on its input: an unknown name is reported, and the bytes are read as if none had been given.
    const detected = decodeDetected(input);
    const unknown = diag('SENQ_DECODE_FAILED', `unknown encoding ${JSON.stringify(options.encoding)}; the encoding was detected instead`);
    return { ...base, ...detected, diagnostics: [unknown, ...detected.diagnostics] };
  }
  return { ...base, ...decodeDetected(input) };
}

/** Whether `--encoding NAME` can be honoured (checked by the CLI up front). */
export function isKnownEncoding(name: string): boolean {
  return ENCODING_NAMES.has(canonicalEncoding(name)) || iconv().encodingExists(name);
}

/** BOM, then strict UTF-8, then the single-byte choice (FORMAT.md §18); UTF-16 without BOM when NUL bytes say so. */
function decodeDetected(input: Uint8Array): Omit<Decoded, 'bytes' | 'sha256'> {
  const bom = sniffBom(input);
  if (bom?.encoding === 'utf-8') {
    // The BOM is a claim, not a proof: a few stray bytes are read as without
    // it (decodeMostlyUtf8); more are reported, not silently replaced.
    const rest = input.subarray(bom.length);
    try {
      return { text: utf8Strict.decode(rest), encoding: 'utf-8', diagnostics: [] };
    } catch {
      return decodeMostlyUtf8(rest) ?? decodeUtf8(rest, 'after its UTF-8 byte-order mark, the input is not valid UTF-8', true);
    }
  }
  if (bom) return decodeUtf16(input.subarray(bom.length), bom.encoding as 'utf-16le' | 'utf-16be', []);
  // UTF-16 text of ASCII letters is valid UTF-8 (with NULs): when one of
  // the first two bytes is NUL, look for UTF-16 first. (Scanning every file
  // for a NUL cost 3% of a batch.)
  const nulFirst = input[0] === 0 || input[1] === 0;
  const utf16 = nulFirst ? sniffUtf16(input) : null;
  if (utf16) return guessedUtf16(input, utf16);
  try {
    return { text: utf8Strict.decode(input), encoding: 'utf-8', diagnostics: [] };
  } catch {
    // (Already asked, and no, when one of the first two bytes is NUL.)
    const late = nulFirst ? null : sniffUtf16(input);
    if (late) return guessedUtf16(input, late);
    return decodeMostlyUtf8(input) ?? decodeSingleByte(input);
  }
}

function guessedUtf16(input: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Omit<Decoded, 'bytes' | 'sha256'> {
  return decodeUtf16(input, encoding, [diag('SENQ_ENCODING_GUESSED', `input has no BOM but alternating NUL bytes; decoded as ${encoding} (guessed)`)]);
}

/**
 * A UTF-8 file with a few stray bytes (a line pasted from a Windows-1252
 * file): read wholesale as Windows-1252 it had every accent turned into
 * mojibake. When valid multi-byte UTF-8 sequences outnumber the invalid
 * bytes by MIXED_RATIO or more, or there are at most FEW_STRAY invalid bytes
 * and at least as many valid sequences, the file is read as UTF-8 and each
 * invalid byte as the Windows-1252 character it most likely was, with a
 * warning at the first. A real single-byte page has many invalid bytes (each
 * accented letter) and few byte pairs that happen to be valid UTF-8.
 */
const MIXED_RATIO = 10;
const FEW_STRAY = 3;

function decodeMostlyUtf8(input: Uint8Array): Omit<Decoded, 'bytes' | 'sha256'> | null {
  const invalid: number[] = [];
  let multibyte = 0;
  for (let i = 0; i < input.length; ) {
    const b = input[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(input, i);
    if (n > 0) {
      multibyte++;
      i += n;
    } else {
      invalid.push(i);
      i++;
    }
  }
  const stray = invalid.length;
  if (stray === 0 || !(multibyte >= MIXED_RATIO * stray || (stray <= FEW_STRAY && multibyte >= stray))) return null;
  let text = '';
  let from = 0;
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  let firstIndex = -1;
  for (const at of invalid) {
    text += utf8.decode(input.subarray(from, at));
    if (firstIndex < 0) firstIndex = text.length;
    text += decodeWithTable(input.subarray(at, at + 1), 'cp1252');
    from = at + 1;
  }
  text += utf8.decode(input.subarray(from));
  const pos = firstPosition(text, firstIndex);
  const diagnostics = [
    diag(
      'SENQ_MIXED_ENCODING',
      `the input is UTF-8 but for ${invalid.length} byte(s), read as Windows-1252 (first: "${text[firstIndex]}")`,
      pos.line,
      pos.column,
    ),
  ];
  return { text, encoding: 'utf-8', diagnostics };
}

/** Length of the valid UTF-8 sequence starting at `i` (2–4), or 0 when the bytes there are not one. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i] as number;
  const cont = (k: number) => {
    const x = b[i + k];
    return x !== undefined && (x & 0xc0) === 0x80;
  };
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const c1 = b[i + 1] as number;
    // No overlong forms (E0 80–9F) and no surrogates (ED A0–BF).
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 >= 0xa0)) return 0;
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const c1 = b[i + 1] as number;
    if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 >= 0x90)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * UTF-8, invalid bytes replaced by U+FFFD and reported at the first one.
 * `invalid`: the caller's strict decode has failed already (a U+FFFD the
 * text itself holds is no error, so otherwise the bytes are checked).
 */
function decodeUtf8(bytes: Uint8Array, problem: string, invalid = false): Omit<Decoded, 'bytes' | 'sha256'> {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const failed = text.includes('\uFFFD') && (invalid || !utf8Valid(bytes));
  return { text, encoding: 'utf-8', diagnostics: failed ? [replacementReport(text, `${problem}; invalid bytes were replaced by U+FFFD`)] : [] };
}

/** SENQ_DECODE_FAILED at the first U+FFFD of `text`. */
function replacementReport(text: string, message: string): Diagnostic {
  const pos = firstPosition(text, text.indexOf('\uFFFD'));
  return diag('SENQ_DECODE_FAILED', message, pos.line, pos.column);
}

function utf8Valid(bytes: Uint8Array): boolean {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16: an odd last byte, or a surrogate without its pair, belongs to no character; it becomes U+FFFD, reported, never dropped in silence. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', diagnostics: Diagnostic[]): Omit<Decoded, 'bytes' | 'sha256'> {
  let text = wellFormed(iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length & ~1), encoding), `the ${encoding} input`, diagnostics);
  if (bytes.length % 2 === 1) {
    text += '\uFFFD';
    const pos = firstPosition(text, text.length - 1);
    const last = (bytes[bytes.length - 1] as number).toString(16).padStart(2, '0');
    diagnostics.push(diag('SENQ_DECODE_FAILED', `the input has an odd number of bytes for ${encoding}: its last byte (${last}) was replaced by U+FFFD`, pos.line, pos.column));
  }
  return { text, encoding, diagnostics };
}

function sniffBom(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Encoding Standard names for what we report in `source.encoding`, from the names and labels users give. */
const CANONICAL: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  // The Encoding Standard's label "utf-16" means little-endian.
  'utf-16': 'utf-16le',
  utf16: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  cp1252: 'windows-1252',
  'windows-1252': 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  macintosh: 'macintosh',
  mac: 'macintosh',
  macroman: 'macintosh',
  'mac-roman': 'macintosh',
  'x-mac-roman': 'macintosh',
};

/** The encodings decoded here without asking iconv-lite whether it knows the name. */
const ENCODING_NAMES = new Set(Object.values(CANONICAL));

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
  if (encoding === 'utf-8') return decodeUtf8(bytes, 'input is not valid UTF-8');
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return decodeUtf16(bytes, encoding, diagnostics);
  if (encoding === 'windows-1252') {
    text = decodeWithTable(bytes, 'cp1252');
    diagnostics.push(...undefinedBytesWarning(bytes, text));
  } else {
    text = iconv().decode(bytes, encoding);
    // Bytes the named encoding cannot read (e.g. high bytes in "ascii") come out as U+FFFD.
    if (text.includes('\uFFFD')) diagnostics.push(replacementReport(text, `some bytes are not valid in ${encoding}; they were replaced by U+FFFD`));
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
