// Where in a word a path's damage may sit (FORMAT §19.6 rule 2). A "site" is
// a seen character (or UTF-8 sequence) that the path maps back to an NL/FR
// character, in a position where clean text would not have it.
import { AMBIGUOUS_SEEN, FRENCH_ELISIONS, isLetter, isLower, isNlFrPunct, isUpper, isVowel } from './charsets.js';
import { PATHS, type DamagePath } from './paths.js';
import { escapeRegExp } from '../util/regexp.js';

export interface Site {
  /** UTF-16 offset inside the core. */
  index: number;
  seen: string;
  intended: string;
  /** A clean-looking Western lower-case letter: only examined once the document shows damage. */
  weak: boolean;
  /** §19.3: also a plausible clean character; never repaired on document-path evidence alone. */
  ambiguous: boolean;
}

const OPENERS = new Set(Array.from('«“‘'));
const CLOSERS = new Set(Array.from('»”'));

/** Lower-case letters of Latin-1 and œ: ordinary in clean Western text. */
export function isWeak(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0xdf && c <= 0xff && c !== 0xf7) || ch === 'œ';
}

type Verdict = 'no' | 'weak' | 'strong';

/**
 * Is the single seen character at `i` out of place? "Letter" neighbours
 * include the path's other seen characters, so runs of damage (`v——r`,
 * `ŽŽn`) are seen as the words they are.
 */
function verdict(core: string, i: number, ch: string, intended: string, path: DamagePath): Verdict {
  const prev = core[i - 1];
  const next = core[i + 1];
  const letterish = (c: string | undefined) => isLetter(c) || (c !== undefined && path.singles.has(c));
  if (isNlFrPunct(ch)) {
    if (letterish(prev) && letterish(next)) return ch === '’' ? 'no' : 'strong';
    // An opening mark closing a word (`Belgi‘`), a closing one opening it (`”les`).
    if (OPENERS.has(ch) && i > 0 && isLetter(prev) && next === undefined) return 'strong';
    if (CLOSERS.has(ch) && i === 0 && isLetter(next)) return 'strong';
    return 'no';
  }
  // A clean-looking letter standing alone where a sign that stands alone
  // belongs (P1's ß for §: "artikel 5, ß 2"; no word is a lone ß).
  if (isWeak(ch) && core.length === 1 && STANDS_ALONE_SIGN.has(intended)) return 'strong';
  if (isWeak(ch)) return strongContext(core, i, intended, path) ? 'strong' : 'weak';
  if (isUpper(ch) && /[\u00c0-\u00de]/u.test(ch)) {
    const lowerish = (c: string | undefined) => isLower(c) || (c !== undefined && path.singles.has(c));
    // A capital inside a lower-case word (geÔnformeerd, LÕaccord, LÕŽtŽ), or alone.
    if (isLower(prev) || (isLetter(prev) && lowerish(next)) || core.length === 1) return 'strong';
    if (strongContext(core, i, intended, path)) return 'strong';
    // Odd casing no clean word has: `ÒClassique` (“Classique), `1990Ó` (1990”).
    if (i === 0 && isUpper(next) && lowerish(core[i + 2])) return 'strong';
    if (next === undefined && /\p{Nd}/u.test(prev ?? '')) return 'strong';
    // A capital starting a lower-case word is normal (Ôter) unless the document shows damage (Ítre).
    return i === 0 && isLower(next) ? 'weak' : 'no';
  }
  // A symbol standing alone (`†`, `∆`, `™`, `•`, `ˇ`) is a symbol, unless
  // what it would stand for is itself a word or a mark that stands alone.
  if (core.length === 1 && !STANDS_ALONE.has(intended)) return 'no';
  return 'strong';
}

/** Intended characters that make a one-character token on their own: French à (À), dashes, quotes, €, §. */
const STANDS_ALONE = new Set(Array.from('àÀ–—…«»“”„€§'));
/** Of those, the signs a clean-looking letter may stand for (P1: ß is §). */
const STANDS_ALONE_SIGN = new Set(Array.from('€§'));

/**
 * Clean-looking letters in places only damage puts them: an apostrophe's
 * image in an elision or a Dutch `’s` (`líhomme`, `fotoís`, `ís`), œ's image
 * before u (`cúur`).
 */
function strongContext(core: string, i: number, intended: string, path: DamagePath): boolean {
  const next = core[i + 1];
  if (intended === '’') {
    if (next === 's' && core.length === i + 2 && (i === 0 || isVowel(core[i - 1]))) return true;
    const left = core.slice(0, i).toLowerCase();
    return FRENCH_ELISIONS.has(left) && (isLetter(next) || (next !== undefined && path.singles.has(next)));
  }
  return intended === 'œ' && next === 'u';
}

export function findSites(core: string, path: DamagePath, includeWeak: boolean): Site[] {
  const sites: Site[] = [];
  for (let i = 0; i < core.length; ) {
    if (!path.firsts.has(core[i] as string)) {
      i++;
      continue;
    }
    let matched = 0;
    for (let len = Math.min(path.maxSeen, core.length - i); len >= 1; len--) {
      const seen = core.slice(i, i + len);
      const intended = path.inverse.get(seen);
      if (intended === undefined) continue;
      if (len > 1) {
        sites.push({ index: i, seen, intended, weak: false, ambiguous: false });
      } else {
        const v = verdict(core, i, seen, intended, path);
        if (v === 'strong' || (v === 'weak' && includeWeak)) {
          sites.push({ index: i, seen, intended, weak: v === 'weak', ambiguous: AMBIGUOUS_SEEN.has(seen) });
        }
      }
      matched = len;
      break;
    }
    if (matched === 0 && lostNbsp(core, i, path)) {
      // `voilÃ le`: P3's à is Ã + NBSP, and the NBSP often became a plain space.
      sites.push({ index: i, seen: 'Ã', intended: 'à', weak: isUpper(core[i - 1]), ambiguous: false });
    }
    i += matched || 1;
  }
  return sites;
}

/** A word-final Ã under a UTF-8 path whose à needs the lost NBSP. Not after a capital: Portuguese IRMÃ. */
function lostNbsp(core: string, i: number, path: DamagePath): boolean {
  return core[i] === 'Ã' && i === core.length - 1 && path.inverse.get('Ã\u00a0') === 'à';
}

/**
 * A single upper-case damage character starting a word of two characters or
 * more: `Žaneta`, `Šimon`, a name, but also `ŽANETA` (FORMAT.md names such
 * names as clean text): only the lexicon may confirm such a word, never the
 * document's path alone. (A lone character is left to verdict(): the image
 * Ã of à is damage, an initial `Š.` is not.)
 */
export function initialCapital(core: string, sites: readonly Site[]): boolean {
  return sites.some((s) => s.index === 0 && s.seen.length === 1 && isUpper(s.seen) && core.length > 1);
}

/** Character class of every single seen character and first character of a sequence, for the fast pre-scan. */
export function scanPattern(paths: readonly DamagePath[]): RegExp {
  // Ã alone: P3's à when the NBSP after it became a space (see lostNbsp).
  const singles = new Set<string>(['Ã']);
  const sequences = new Set<string>();
  for (const p of paths) {
    for (const [seen, intended] of p.inverse) {
      if (seen.length > 1) sequences.add(seen);
      // ’ alone is never a strong site (verdict() says "no" to it in every
      // place), yet it is in most French and many Dutch words: scanning for
      // it sent every such word through the per-path site search.
      else if (seen !== '’' && (!isWeak(seen) || intended === '’' || intended === 'œ' || STANDS_ALONE_SIGN.has(intended))) singles.add(seen);
    }
  }
  const seqs = [...sequences].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`[${[...singles].map(escapeRegExp).join('')}]|${seqs.join('|')}`, 'gu');
}

const ANY_DAMAGE = new RegExp(scanPattern(PATHS).source, 'u');

/**
 * Whether the text has a strong site under any path. The pattern test comes
 * first: it is almost always negative, and every strong site matches it.
 */
export function looksDamaged(text: string): boolean {
  return ANY_DAMAGE.test(text) && PATHS.some((p) => findSites(text, p, false).length > 0);
}
