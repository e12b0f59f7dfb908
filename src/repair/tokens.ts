// Tokens are maximal runs of non-whitespace. The "core" drops surrounding
// punctuation that is normal at a word's edge, so `(potentiŽle)` is judged
// as `potentiŽle`. Whitespace never enters a core, so a repair can never
// touch a line break.

export interface Token {
  /** UTF-16 offset of the core in the text. */
  start: number;
  /** The word-like part of the token. */
  core: string;
}

const LEADING = new Set(Array.from('([{"\'`<*_«“‘„'));
const TRAILING = new Set(Array.from(')]}"\'`>*_.,;:!?»”’…'));

/** Whitespace that ends a token. NBSP right after Ã/Â is the second byte of P3 damage (Ã + NBSP = à). */
function isBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) return true;
  if (c < 0x80) return c === 0x0b || c === 0x0c;
  if (c === 0xa0) {
    const prev = text[i - 1];
    return !(prev === 'Ã' || prev === 'Â');
  }
  return /\s/u.test(text[i] as string);
}

/** The token around `index` (a character known to be inside one). */
export function tokenAt(text: string, index: number): { start: number; end: number } {
  let start = index;
  while (start > 0 && !isBreak(text, start - 1)) start--;
  let end = index + 1;
  while (end < text.length && !isBreak(text, end)) end++;
  return { start, end };
}

export function coreOf(text: string, start: number, end: number): Token {
  let s = start;
  let e = end;
  while (s < e && LEADING.has(text[s] as string)) s++;
  // `Ã»`/`Â»` are P3 damage (û, »), not a word followed by a guillemet.
  while (e > s && TRAILING.has(text[e - 1] as string) && !(text[e - 1] === '»' && /[ÃÂ]/u.test(text[e - 2] ?? ''))) e--;
  return { start: s, core: text.slice(s, e) };
}

/**
 * Longer runs are no word and are never judged: V8 overflows its regexp stack
 * matching /\p{L}+/u over a few million characters (a hostile one-line file).
 */
export const MAX_TOKEN = 1000;

/** All tokens of the text, in order. */
export function allTokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isBreak(text, i)) i++;
    if (i >= text.length) break;
    let e = i + 1;
    while (e < text.length && !isBreak(text, e)) e++;
    const t = coreOf(text, i, e);
    if (t.core !== '' && t.core.length <= MAX_TOKEN) out.push(t);
    i = e;
  }
  return out;
}

/** Tokens that contain a match of `pattern` (global regex), deduplicated, in order. */
export function tokensMatching(text: string, pattern: RegExp): Token[] {
  const out: Token[] = [];
  let lastEnd = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index < lastEnd) continue;
    // A match on whitespace (NBSP is P1's image of Ê) is no word: NBSP stays a space.
    if (isBreak(text, m.index)) continue;
    const { start, end } = tokenAt(text, m.index);
    lastEnd = end;
    pattern.lastIndex = end;
    const t = coreOf(text, start, end);
    if (t.core !== '' && t.core.length <= MAX_TOKEN) out.push(t);
  }
  return out;
}
