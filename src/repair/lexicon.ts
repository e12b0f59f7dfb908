// The word lexicon, inflated on first use only: a clean file never has a
// suspicious word, so it never pays for the ~300k-form set.
import { inflateSync } from 'node:zlib';
import { LEXICON_ZLIB_BASE64 } from './data/lexicon-data.js';

export interface Lexicon {
  has(word: string): boolean;
  readonly size: number;
}

let loaded: Set<string> | null = null;
let loadMs = 0;

/** Lower-case, NFC, one apostrophe: the form words are stored in. */
export function lexiconKey(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/[’‘]/gu, "'");
}

export function loadLexicon(): Lexicon {
  if (!loaded) {
    const start = performance.now();
    const text = inflateSync(Buffer.from(LEXICON_ZLIB_BASE64, 'base64')).toString('utf8');
    loaded = new Set(text.split('\n'));
    loadMs = performance.now() - start;
  }
  const set = loaded;
  return { has: (word) => set.has(lexiconKey(word)), size: set.size };
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
