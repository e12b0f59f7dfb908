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
const PHRASE = new RegExp(`(?<![\\p{L}\\p{N}])(\\S)s(?=[\\s-]+(?:${AFTER.join('|')})(?![\\p{L}]))`, 'giu');

export interface GenitiveFix {
  start: number;
  core: string;
  after: string;
  path: DamagePath;
}

export function genitives(text: string, doc: DocumentPath): GenitiveFix[] {
  const paths = doc.name ? PATHS.filter((p) => p.family === doc.name) : PATHS;
  const out: GenitiveFix[] = [];
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(text); m; m = PHRASE.exec(text)) {
    const seen = m[1] as string;
    const path = paths.find((p) => p.inverse.get(seen) === '’');
    if (path) out.push({ start: m.index, core: m[0], after: '’s', path });
  }
  return out;
}
