// Dutch ’s before a time or place word (`’s avonds`, `’s-Hertogenbosch`).
// Under P1 it reads `ís`, which is also a clean Dutch word (stressed `ís`),
// so the lexicon cannot tell the word alone; the word after it can: stressed
// `ís` before `avonds` is next to impossible, so the phrase is lexicon
// evidence. A document that has shown a path limits the reading to it.
import type { DocumentPath } from './decide.js';
import { PATHS, type DamagePath } from './paths.js';

const AFTER = [
  'avonds', 'morgens', 'ochtends', 'middags', 'namiddags', 'voormiddags', 'nachts',
  'maandags', 'dinsdags', 'woensdags', 'donderdags', 'vrijdags', 'zaterdags', 'zondags',
  'zomers', 'winters', 'anderendaags', 'lands', 'rijks', 'werelds', 'levens',
  'gravenhage', 'hertogenbosch', 'gravenbrakel', 'gravenvoeren', 'hertogenrade',
];
// The place word is searched first and the two characters before it checked
// by hand: a pattern starting with a lookbehind is tried at every position
// of every damaged page, and was a tenth of its repair time.
const FOLLOWER = new RegExp(`[\\s-]+(?:${AFTER.join('|')})(?![\\p{L}])`, 'giu');
const WORD_CHAR_AT_END = /[\p{L}\p{N}]$/u;
const SPACE = /\s/u;
const S_ANY_CASE = /^s$/iu;

export interface GenitiveFix {
  start: number;
  core: string;
  after: string;
  path: DamagePath;
}

/** Every single character some path turns ’ into: a page without one has no damaged ’s. */
const APOSTROPHE_IMAGES = new Set(PATHS.flatMap((p) => [...p.inverse].filter(([seen, intended]) => seen.length === 1 && intended === '’').map(([seen]) => seen)));

function hasApostropheImage(text: string): boolean {
  for (const seen of APOSTROPHE_IMAGES) if (text.includes(seen)) return true;
  return false;
}

export function genitives(text: string, doc: DocumentPath): GenitiveFix[] {
  const paths = doc.name ? PATHS.filter((p) => p.family === doc.name) : PATHS;
  const out: GenitiveFix[] = [];
  if (!hasApostropheImage(text)) return out;
  FOLLOWER.lastIndex = 0;
  for (let m = FOLLOWER.exec(text); m; m = FOLLOWER.exec(text)) {
    // The match starts right after the run's first non-space: `<seen>s` must end there.
    const end = m.index;
    const start = end - 2;
    if (start < 0 || !S_ANY_CASE.test(text[end - 1] as string)) continue;
    const seen = text[start] as string;
    if (SPACE.test(seen) || WORD_CHAR_AT_END.test(text.slice(Math.max(0, start - 2), start))) continue;
    const path = paths.find((p) => p.inverse.get(seen) === '’');
    if (path) out.push({ start, core: text.slice(start, end), after: '’s', path });
  }
  return out;
}
