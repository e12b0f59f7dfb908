// Decomposed input (NFD: "e" + U+0301, as some macOS copy-pastes give) is
// composed before anything else, so repair sees "Ž" where the text holds
// "Z" + U+030C and labels match; positions are then mapped back to the text
// as read (FORMAT.md §18: "compare after NFC, report positions as read").

/** The composed text, and the way back from its columns to the input's. */
export interface Composed {
  text: string;
  /** The column as read of a 1-based column (in code points) of the composed line `line`. */
  rawColumn(line: number, column: number): number;
}

// Any character that can compose with what precedes it (combining marks,
// and the few scripts, such as Hangul jamo, that compose too).
const MAY_COMPOSE = /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u1100-\u11ff\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a\ufe20-\ufe2f]/u;

/** Anything placed at a line and column (a diagnostic, a repair) with its column moved by `column`; unplaced ones as they are. */
export function moveColumn<T extends { line: number | null; column: number | null }>(x: T, column: (line: number, column: number) => number): T {
  return x.line === null || x.column === null ? x : { ...x, column: column(x.line, x.column) };
}

/** Lines as split everywhere in senq: on CRLF, CR and LF (a CRLF is one break). */
export const LINE_BREAK = /\r\n|\r|\n/;

/** Null when the text is already composed (nearly every page): nothing to map. */
export function composeNfc(text: string): Composed | null {
  if (!MAY_COMPOSE.test(text)) return null;
  const composed = text.normalize('NFC');
  if (composed === text) return null;
  const maps = new Map<number, number[]>();
  text.split(LINE_BREAK).forEach((raw, i) => {
    const map = columnMap(raw);
    if (map) maps.set(i + 1, map);
  });
  return {
    text: composed,
    rawColumn: (line, column) => maps.get(line)?.[column - 1] ?? column,
  };
}

/**
 * For each code point of the composed line, the column as read where it
 * starts; null when composing changes nothing. A line is composed segment by
 * segment, each a character with the marks that follow it.
 */
function columnMap(raw: string): number[] | null {
  if (!MAY_COMPOSE.test(raw)) return null;
  const map: number[] = [];
  let column = 1;
  for (const segment of raw.match(/\P{M}\p{M}*|\p{M}+/gu) ?? []) {
    const width = [...segment].length;
    const composed = [...segment.normalize('NFC')].length;
    // The composed characters of a segment all point at its start; a
    // segment that does not compose keeps its columns one by one.
    for (let k = 0; k < composed; k++) map.push(composed === width ? column + k : column);
    column += width;
  }
  // Scripts that compose across characters (Hangul jamo) defeat the
  // segments: their columns are left as they are rather than mapped wrong.
  return map.length === [...raw.normalize('NFC')].length ? map : null;
}
