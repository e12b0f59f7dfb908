// Candidates (FORMAT §19.6 rule 3): map a word's sites back through a path
// and keep the result only if it looks like NL/FR writing — every letter of
// NL/FR orthography, capitals only where capitals go, and punctuation only
// where punctuation goes.
import { isDigit, isLetter, isLower, isNlFrLetter, isUpper } from './charsets.js';
import type { Site } from './suspicion.js';

export interface Candidate {
  text: string;
  /** Offsets in `text` of the characters a repair produced. */
  repaired: number[];
}

export function buildCandidate(core: string, sites: readonly Site[]): Candidate {
  let text = '';
  let from = 0;
  const repaired: number[] = [];
  for (const s of sites) {
    text += core.slice(from, s.index);
    repaired.push(text.length);
    text += s.intended;
    from = s.index + s.seen.length;
  }
  text += core.slice(from);
  return { text, repaired };
}

const OPEN = new Set(Array.from('«“‘'));
const CLOSE = new Set(Array.from('»”'));

function punctFits(ch: string, prev: string | undefined, next: string | undefined): boolean {
  const word = (c: string | undefined) => isLetter(c) || isDigit(c);
  // Guillemets may stand alone, with inner spaces (`« voorlopig »`).
  if (OPEN.has(ch)) return !isLetter(prev) && (word(next) || next === undefined);
  if (CLOSE.has(ch)) return !isLetter(next);
  switch (ch) {
    case '’':
      return isLetter(prev) || isLetter(next);
    case '–':
    case '—':
      return !(isLetter(prev) && isLetter(next));
    case '…':
      return !isLetter(next);
    case '°':
    case 'º':
      return prev === undefined || prev === 'n' || prev === 'N' || isDigit(prev);
    case '€':
    case '§':
    case '©':
    case '®':
      return !isLetter(prev) && !isLetter(next);
    case '\u00a0':
      // A no-break space may join any two words (`FRANÇAIS`-style titles, `n° 5`).
      return true;
    default:
      return false;
  }
}

/** Does the candidate read as NL/FR writing? */
export function shapeOk(c: Candidate): boolean {
  const chars = c.text;
  for (const ch of chars) if (isLetter(ch) && !isNlFrLetter(ch)) return false;
  for (const i of c.repaired) {
    const ch = chars[i] as string;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if (isLetter(ch)) {
      // A repaired capital starts a word or sits in an all-capitals word;
      // a repaired small letter is not followed by a capital (`ëANETA`).
      if (isUpper(ch) && isLower(prev)) return false;
      if (isLower(ch) && isUpper(next)) return false;
    } else if (!punctFits(ch, prev, next)) {
      return false;
    }
  }
  return true;
}
