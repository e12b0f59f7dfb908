// The line model every parser works on. Lines keep their raw text (the
// bilingual body split needs a line holding exactly one space) and a
// matching form (NFC, whitespace collapsed, trimmed) for label tests.

export interface Line {
  /** 1-based line number in the decoded input. */
  no: number;
  /** The line as read, without its line break. */
  raw: string;
  /** NFC, every whitespace run (NBSP, tabs…) collapsed to one space, trimmed. */
  text: string;
}

/** Split on CRLF, CR and LF; a CRLF counts as one break. */
export function splitLines(text: string): Line[] {
  const raws = text.split(/\r\n|\r|\n/);
  return raws.map((raw, i) => ({ no: i + 1, raw, text: normalizeSpace(raw) }));
}

// Characters below U+0300 (and common punctuation, the euro sign) are already
// in NFC and never compose: most lines can skip normalize(), which is costly.
const MAY_NEED_NFC = /[^\x00-\u02ff\u2010-\u2027\u2030-\u205e\u20ac]/u;
// Only tabs, NBSPs, other odd spaces or runs of spaces need collapsing.
const ODD_SPACE = /[^\S ]| {2}/u;

export function normalizeSpace(s: string): string {
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
