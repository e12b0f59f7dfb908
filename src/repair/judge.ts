// Judging one word under one path: its sites, the candidate they give, and
// whether that candidate has NL/FR shape and lexicon support.
import { buildCandidate, shapeOk, type Candidate } from './candidates.js';
import { FRENCH_ELISIONS, isLetter } from './charsets.js';
import { confirm, known, type Confirmation, type WordSource } from './confirm.js';
import type { DamagePath } from './paths.js';
import { findSites, initialCapital, isWeak, looksDamaged, type Site } from './suspicion.js';
import type { Token } from './tokens.js';

export interface Judgement {
  path: DamagePath;
  sites: Site[];
  candidate: Candidate;
  shape: boolean;
  confirmation: Confirmation;
  /** §19.6 rule 7: needs lexicon confirmation, document path is not enough. */
  lexiconOnly: boolean;
  /** Evidence of damage on its own, once confirmed: it may then choose the document's path (see standsAlone). */
  independent: boolean;
}

export interface Judged {
  token: Token;
  /** Best judgement per path name. */
  byPath: Map<string, Judgement>;
  /** Had a non-weak site for some path: worth a warning if left alone. */
  strong: boolean;
}

function judgeWith(token: Token, path: DamagePath, sites: Site[], src: WordSource): Judgement {
  const candidate = buildCandidate(token.core, sites);
  // A reading that still looks damaged (under any path) is no reading: a
  // second run would change it again.
  const shape = shapeOk(candidate) && !looksDamaged(candidate.text) && !stressAccented(token.core, sites, src);
  const confirmation = shape ? confirm(candidate, src) : 'rejected';
  const lexiconOnly = sites.some((s) => s.ambiguous || s.weak) || initialCapital(token.core, sites);
  return { path, sites, candidate, shape, confirmation, lexiconOnly, independent: standsAlone(sites, candidate) };
}

/**
 * Dutch stress accents are clean (§19.5: vóór, níet, dát): a word whose
 * sites are all acute vowels, and which read without them is a known word
 * (the lexicon, or a clean word of the page itself: "niet"), is that word
 * stressed, not damage (níet became n’et, via French n’ + et). Words of
 * three letters or more: "ís" is P1's ’s as often as a stressed "is".
 */
function stressAccented(core: string, sites: readonly Site[], src: WordSource): boolean {
  if (sites.length === 0 || !sites.every((s) => ACUTE_VOWELS.has(s.seen)) || [...core].filter(isLetter).length < 3) return false;
  return known(core.normalize('NFD').replace(/\u0301/gu, '').normalize('NFC'), src);
}

const ACUTE_VOWELS = new Set(Array.from('áéíóú'));

/**
 * Whether a reading is evidence of damage on its own. `í` read as P1's
 * apostrophe is a letter of clean Spanish, Portuguese, Irish and stressed
 * Dutch words (`días` → d’as, `Luís` → Lu’s, `Síle` → S’le, `tíen` → t’en):
 * a reading whose sites are all such clean-looking letters (also `ú` for
 * œ) counts on its own only when each is an apostrophe joining a word of
 * three letters or more (`líadministration`, `fotoís`, not a capitalised
 * one), not a short one those languages are full of. Otherwise it needs the
 * document's path.
 */
function standsAlone(sites: readonly Site[], candidate: Candidate): boolean {
  if (sites.some((s) => s.seen.length > 1 || !isWeak(s.seen))) return true;
  const text = candidate.text;
  const letters = (s: string) => [...s].filter(isLetter).length;
  return candidate.repaired.every((i) => {
    if (text[i] !== '’') return false;
    const before = text.slice(0, i);
    const after = text.slice(i + 1);
    // (A Dutch ’s after a capitalised word, Anaís, is as likely a clean name.)
    return FRENCH_ELISIONS.has(before.toLowerCase()) ? letters(after) >= 3 : letters(after) === 1 && letters(before) >= 3 && !/^\p{Lu}/u.test(before);
  });
}

/**
 * Judge a word under a path. Weak sites (clean-looking letters such as `í`
 * for a P1 apostrophe) are taken in only when `weakToo` says the document or
 * the word already shows this path's damage; both readings are tried and a
 * confirmed one wins.
 */
export function judge(token: Token, path: DamagePath, src: WordSource, weakToo: boolean): Judgement | null {
  // A word the lexicon knows as written is clean (Dutch níéts, not n’éts).
  if (src.lexicon.has(token.core)) return null;
  const strongSites = findSites(token.core, path, false);
  const allSites = weakToo || strongSites.length > 0 ? findSites(token.core, path, true) : strongSites;
  if (allSites.length === 0) return null;
  const strong = strongSites.length > 0 ? judgeWith(token, path, strongSites, src) : null;
  if (allSites.length === strongSites.length) return strong;
  const withWeak = judgeWith(token, path, allSites, src);
  if (withWeak.confirmation === 'lexicon') return withWeak;
  if (strong && (strong.confirmation !== 'rejected' || strong.shape)) return strong;
  return withWeak;
}
