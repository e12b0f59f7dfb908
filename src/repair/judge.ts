// Judging one word under one path: its sites, the candidate they give, and
// whether that candidate has NL/FR shape and lexicon support.
import { buildCandidate, shapeOk, type Candidate } from './candidates.js';
import { confirm, type Confirmation, type WordSource } from './confirm.js';
import type { DamagePath } from './paths.js';
import { findSites, initialCapital, looksDamaged, type Site } from './suspicion.js';
import type { Token } from './tokens.js';

export interface Judgement {
  path: DamagePath;
  sites: Site[];
  candidate: Candidate;
  shape: boolean;
  confirmation: Confirmation;
  /** §19.6 rule 7: needs lexicon confirmation, document path is not enough. */
  lexiconOnly: boolean;
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
  const shape = shapeOk(candidate) && !looksDamaged(candidate.text);
  const confirmation = shape ? confirm(candidate, src) : 'rejected';
  const lexiconOnly = sites.some((s) => s.ambiguous || s.weak) || initialCapital(token.core, sites);
  return { path, sites, candidate, shape, confirmation, lexiconOnly };
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
