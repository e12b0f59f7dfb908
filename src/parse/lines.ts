// The line model every parser works on. Lines keep their raw text (the
// bilingual body split needs a line holding exactly one space) and a
// matching form (NFC, whitespace collapsed, trimmed) for label tests.
import { LINE_BREAK } from '../util/nfc.js';

export interface Line {
  /** 1-based line number in the decoded input. */
  no: number;
  /** The line as read, without its line break. */
  raw: string;
  /** NFC, every whitespace run (NBSP, tabs…) collapsed to one space, trimmed. */
  text: string;
}

/**
 * Whether the text holds a character some line may need more than trim()
 * for (see PLAIN_LINE). Every control character but CR and LF is one (tab
 * included).
 */
export function hasUnusualCharacters(text: string): boolean {
  return PLAIN_TEXT.test(text);
}

/**
 * Split on CRLF, CR and LF; a CRLF counts as one break. `unusual` is
 * hasUnusualCharacters(text), when the caller knows it already.
 */
export function splitLines(text: string, unusual = hasUnusualCharacters(text)): Line[] {
  // Splitting on a plain "\n" is three times faster than on the pattern.
  const raws = text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n');
  // Most pages need no line normalised: one scan of the whole text says so.
  const normalize = unusual || text.includes('  ') ? normalizeSpace : trimOnly;
  return raws.map((raw, i) => ({ no: i + 1, raw, text: normalize(raw) }));
}

function trimOnly(s: string): string {
  return s.trim();
}

// Characters at or above U+0300 that are already NFC and never compose
// (common punctuation, the euro sign); everything below U+0300 is too.
const NFC_SAFE_PUNCTUATION = '\\u2010-\\u2027\\u2030-\\u205e\\u20ac';
// Most lines can skip normalize(), which is costly.
const MAY_NEED_NFC = new RegExp(`[^\\x00-\\u02ff${NFC_SAFE_PUNCTUATION}]`);
// Only tabs, NBSPs, other odd spaces or runs of spaces need collapsing.
const ODD_SPACE = /[^\S ]| {2}/u;
// A line of printable ASCII, Latin-1 letters, NFC-safe letters and that
// punctuation, without runs of spaces, needs no more than trim(). These
// patterns have no "u" flag: their classes are all BMP, and they run faster.
const PLAIN = `\\x20-\\x7e\\xa1-\\u02ff${NFC_SAFE_PUNCTUATION}`;
const PLAIN_LINE = new RegExp(`[^${PLAIN}]| {2}`);
// The same for a whole text, whose line breaks are no trouble (runs of
// spaces are looked for apart: a pattern with both ran three times slower).
const PLAIN_TEXT = new RegExp(`[^\\n\\r${PLAIN}]`);

export function normalizeSpace(s: string): string {
  if (!PLAIN_LINE.test(s)) return s.trim();
  const nfc = MAY_NEED_NFC.test(s) ? s.normalize('NFC') : s;
  return (ODD_SPACE.test(nfc) ? nfc.replace(/\s+/gu, ' ') : nfc).trim();
}

export function isBlank(line: Line): boolean {
  return line.text === '';
}

/** 1-based column, in code points, of a UTF-16 index within a raw line. */
export function columnOf(raw: string, index: number): number {
  let col = 1;
  for (let i = 0; i < index && i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) col++;
  }
  return col;
}

/** Column of the first non-space character of a line (where its text starts). */
export function firstColumn(line: Line): number {
  const m = /\S/u.exec(line.raw);
  return m ? columnOf(line.raw, m.index) : 1;
}

/** Tracks which input lines some field took, so unclaimed text can be reported. */
export class Claims {
  private readonly taken = new Set<number>();
  claim(...lines: Array<Line | undefined>): void {
    for (const l of lines) if (l) this.taken.add(l.no);
  }
  claimAll(lines: readonly Line[]): void {
    for (const l of lines) this.taken.add(l.no);
  }
  has(line: Line): boolean {
    return this.taken.has(line.no);
  }
}

/** Whether a (trimmed) line ends with a full stop, a question or exclamation mark, or a colon. */
export function endsSentence(text: string): boolean {
  return /[.?!:]$/u.test(text);
}
