// Which single-byte reading is right? Decode both ways and score each with
// the lexicon (FORMAT §18): known accented words count for a reading, words
// with characters NL/FR text never has count against it. The Senate's own
// damage survives a Windows-1252 save (`Ž` = byte 8E for ë), so words the
// repair stage confirms on that path count for the reading too; a reading
// that needs any other repair path is the wrong decoding, not damaged text.
import { isLetter, isNlFrLetter, isNlFrPunct } from '../repair/charsets.js';
import { loadLexicon } from '../repair/lexicon.js';
import { repairComposedText } from '../repair/index.js';

const SENATE_PATH = 'cp1252>maccenteuro';
const MAX_WORDS = 5000;
/** Enough text to decide; scoring a whole large file would only cost time. */
const SAMPLE = 64 * 1024;

/**
 * Score one reading. Only a Windows-1252 reading earns credit for Senate
 * (P1) repairs: Mac Roman and Mac Central European share most letters, so a
 * Windows-1252 file read as Mac Roman looks like P1 damage too.
 */
export function scoreReading(fullText: string, encoding: 'windows-1252' | 'macintosh'): number {
  const text = fullText.length > SAMPLE ? fullText.slice(0, SAMPLE) : fullText;
  const lexicon = loadLexicon();
  let score = 0;
  const seen = new Set<string>();
  for (const m of text.matchAll(/[^\s\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/gu)) {
    const word = m[0];
    if (seen.size >= MAX_WORDS) break;
    if (seen.has(word) || !/[^\x00-\x7f]/u.test(word)) continue;
    seen.add(word);
    const chars = Array.from(word);
    // A lone character proves little: the lexicon knows "ó" (a Dutch stressed
    // letter), which is also what an em dash becomes in a wrong Mac Roman
    // reading. Only "à", a frequent French word, counts on its own.
    if (chars.length === 1 && word !== 'à') continue;
    const odd = chars.some((ch, i) => (isLetter(ch) ? !isNlFrLetter(ch) : !isNlFrPunct(ch) || (isLetter(chars[i - 1]) && isLetter(chars[i + 1]) && ch !== '’')));
    if (lexicon.has(word.replace(/^[«“‘]|[»”’…°]$/gu, ''))) score += 2;
    else if (odd) score -= 2;
  }
  // (A single-byte reading holds no decomposed letters: no scan for them.)
  for (const r of repairComposedText(text).repairs) score += r.path === SENATE_PATH && encoding === 'windows-1252' ? 4 : -2;
  return score;
}
