// The word lexicon, inflated on first use only: a clean file never has a
// suspicious word, so it never pays for it. The forms stay a sorted array
// searched by bisection: building a hash set of ~300k strings would triple
// the load time, and only a few hundred words are ever looked up.
//
// The data is a zlib file read from disk on that first use, not a module: a
// module holding it would be parsed at every start-up, clean file or not.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

/**
 * Where the data lives: beside this module (sources, and dist/ where the
 * build copies it), or under dist/repair/ when this code runs bundled from
 * dist/bundle/.
 */
const DATA_CANDIDATES = [new URL('./data/lexicon.zlib', import.meta.url), new URL('../repair/data/lexicon.zlib', import.meta.url)];

export function lexiconDataPath(): string {
  const found = DATA_CANDIDATES.find((u) => existsSync(fileURLToPath(u)));
  if (!found) throw new Error('lexicon data (repair/data/lexicon.zlib) is missing from the installation');
  return fileURLToPath(found);
}

/** Every lexicon form, sorted (for tests and the benchmark). */
export function lexiconForms(): string[] {
  return inflateSync(readFileSync(lexiconDataPath())).toString('utf8').split('\n');
}

export interface Lexicon {
  has(word: string): boolean;
  readonly size: number;
}

let loaded: string[] | null = null;
let loadMs = 0;

/** Lower-case, NFC, one apostrophe: the form words are stored in. */
export function lexiconKey(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/[’‘]/gu, "'");
}

export function loadLexicon(): Lexicon {
  if (!loaded) {
    const start = performance.now();
    // Sorted by the generator in UTF-16 code-unit order, the order of `<`.
    loaded = lexiconForms();
    loadMs = performance.now() - start;
  }
  const words = loaded;
  return { has: (word) => bisect(words, lexiconKey(word)), size: words.length };
}

function bisect(words: readonly string[], key: string): boolean {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid] as string;
    if (w === key) return true;
    if (w < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Whether the lexicon has been inflated in this process (for tests and the benchmark). */
export function lexiconLoaded(): boolean {
  return loaded !== null;
}

/** Milliseconds the one load took (0 before it happened). */
export function lexiconLoadMs(): number {
  return loadMs;
}

/** Forget the loaded lexicon (benchmark: measure a cold load). */
export function unloadLexicon(): void {
  loaded = null;
  loadMs = 0;
}
