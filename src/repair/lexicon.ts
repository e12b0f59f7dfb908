// The word lexicon, inflated on first use only: a clean file never has a
// suspicious word, so it never pays for it. The forms stay sorted bytes
// searched by bisection (see Packed): building a hash set of ~300k strings
// would triple the load time, and only a few hundred words are ever looked up.
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

/**
 * The forms as their inflated UTF-8 bytes (newline-separated, sorted) plus
 * the offset where each begins. The bytes live outside the JavaScript heap:
 * as one string they were 6.6 MB of every thread's heap (a few letters such
 * as œ make it a two-byte string), which V8 then grew its heap limit around;
 * ~300k separate strings cost five times that.
 *
 * Comparing UTF-8 bytes orders by code point, which is the forms' sort
 * order (UTF-16 code units) as long as no form holds a character from
 * U+D800 up; lexicon tests check that.
 */
interface Packed {
  bytes: Uint8Array;
  starts: Uint32Array;
}

let loaded: Packed | null = null;
let loadMs = 0;

/** Lower-case, NFC, one apostrophe: the form words are stored in. */
export function lexiconKey(word: string): string {
  // ASCII needs neither NFC nor the apostrophe rule: skip them on the hot path.
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFC').toLowerCase().replace(/[’‘]/gu, "'");
}

const ASCII = /^[\x00-\x7f]*$/;
const NEWLINE = 0x0a;

export function loadLexicon(): Lexicon {
  if (!loaded) {
    const start = performance.now();
    const bytes = inflateSync(readFileSync(lexiconDataPath()));
    let count = 1;
    for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) count++;
    const starts = new Uint32Array(count + 1);
    let n = 1;
    for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) starts[n++] = i + 1;
    // A sentinel one past the end, as if the data ended with a newline.
    starts[count] = bytes.length + 1;
    loaded = { bytes, starts };
    loadMs = performance.now() - start;
  }
  const packed = loaded;
  return {
    has: (word) => {
      // Each word is asked once per damage path, and the same damaged words
      // recur from page to page: remember answers (bounded).
      const hit = answers.get(word);
      if (hit !== undefined) return hit;
      const found = bisect(packed, utf8(lexiconKey(word)));
      if (word.length <= MAX_CACHED_WORD) {
        if (answers.size >= ANSWERS_LIMIT) answers.clear();
        // A copy of the word: it is a slice of a whole page, which a cached slice would keep alive.
        answers.set(` ${word}`.slice(1), found);
      }
      return found;
    },
    size: packed.starts.length - 1,
  };
}

/**
 * The damaged words of a run recur within a few pages: 1,000 answers are as
 * fast as 10,000 on the bench archive (4.22-4.32 s against 4.22-4.29 s in
 * one thread; none at all, 4.47-4.53 s), and a full map holds ~0.1 MB per
 * thread instead of ~1 MB, memory a long batch would otherwise gain.
 */
const ANSWERS_LIMIT = 1_000;
/** Longer tokens are rare and not worth their room (a token may run to 1,000 characters). */
const MAX_CACHED_WORD = 40;
const answers = new Map<string, boolean>();

const encoder = new TextEncoder();
/** Reused for every lookup: a word's bytes are needed only for the one bisection. */
const scratch = new Uint8Array(1024);

function utf8(key: string): Uint8Array {
  if (key.length * 3 > scratch.length) return encoder.encode(key);
  const { written } = encoder.encodeInto(key, scratch);
  return scratch.subarray(0, written);
}

/** Compare form i with the key's bytes (code-point order). */
function compareForm(packed: Packed, i: number, key: Uint8Array): number {
  const { bytes, starts } = packed;
  const start = starts[i] as number;
  const length = (starts[i + 1] as number) - 1 - start;
  const n = Math.min(length, key.length);
  for (let k = 0; k < n; k++) {
    const d = (bytes[start + k] as number) - (key[k] as number);
    if (d !== 0) return d;
  }
  return length - key.length;
}

function bisect(packed: Packed, key: Uint8Array): boolean {
  let lo = 0;
  let hi = packed.starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareForm(packed, mid, key);
    if (c === 0) return true;
    if (c < 0) lo = mid + 1;
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
  answers.clear();
  loadMs = 0;
}
