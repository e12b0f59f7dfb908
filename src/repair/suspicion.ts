// Where in a word a path's damage may sit (FORMAT §19.6 rule 2). A "site" is
// a seen character (or UTF-8 sequence) that the path maps back to an NL/FR
// character, in a position where clean text would not have it.
import { AMBIGUOUS_SEEN, isLetter, isLower, isNlFrPunct, isUpper } from './charsets.js';
import type { DamagePath } from './paths.js';

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

/** Lower-case letters of Latin-1 and œ: ordinary in clean Western text. */
function isWeak(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0xdf && c <= 0xff && c !== 0xf7) || ch === 'œ';
}

/** Is a single seen character at `i` out of place, i.e. possible damage? */
function outOfPlace(core: string, i: number, ch: string): boolean {
  const prev = core[i - 1];
  const next = core[i + 1];
  if (isNlFrPunct(ch)) {
    if (isLetter(prev) && isLetter(next)) return ch !== '’' && ch !== '‘';
    // An opening mark closing a word (`Belgi‘`) is out of place.
    return OPENERS.has(ch) && i > 0 && isLetter(prev) && next === undefined;
  }
  // A capital inside a lower-case word (geÔnformeerd).
  if (isUpper(ch) && /[\u00c0-\u00de]/u.test(ch)) return isLower(prev);
  return true;
}

export function findSites(core: string, path: DamagePath, includeWeak: boolean): Site[] {
  const sites: Site[] = [];
  for (let i = 0; i < core.length; ) {
    let matched = 0;
    for (let len = Math.min(path.maxSeen, core.length - i); len >= 1; len--) {
      const seen = core.slice(i, i + len);
      const intended = path.inverse.get(seen);
      if (intended === undefined) continue;
      if (len > 1) {
        sites.push({ index: i, seen, intended, weak: false, ambiguous: false });
      } else {
        const weak = isWeak(seen);
        if ((includeWeak || !weak) && outOfPlace(core, i, seen)) {
          sites.push({ index: i, seen, intended, weak, ambiguous: AMBIGUOUS_SEEN.has(seen) });
        }
      }
      matched = len;
      break;
    }
    i += matched || 1;
  }
  return sites;
}

/** A site at the start of a word, upper-case, before lower case: `Žaneta`, `Šimon`, a name. */
export function initialCapital(core: string, sites: readonly Site[]): boolean {
  return sites.some((s) => s.index === 0 && isUpper(s.seen[0]) && isLower(core[s.seen.length]));
}

/** Character class of every single seen character and first character of a sequence, for the fast pre-scan. */
export function scanPattern(paths: readonly DamagePath[]): RegExp {
  const singles = new Set<string>();
  const sequences = new Set<string>();
  for (const p of paths) {
    for (const seen of p.inverse.keys()) {
      if (seen.length > 1) sequences.add(seen);
      else if (!isWeak(seen)) singles.add(seen);
    }
  }
  const esc = (s: string) => s.replace(/[\\\]\[^$.*+?(){}|/-]/gu, (c) => `\\${c}`);
  const seqs = [...sequences].sort((a, b) => b.length - a.length).map(esc);
  return new RegExp(`[${[...singles].map(esc).join('')}]|${seqs.join('|')}`, 'gu');
}
