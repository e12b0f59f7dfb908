// The shipped lexicon: lookups bisect it, so it must be sorted and unique;
// it must know the words the Senate's damage hits; and it must stay small.
import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconForms, loadLexicon } from '../src/repair/lexicon.js';

const words = lexiconForms();

describe('lexicon data', () => {
  it('is sorted in code-unit order, without duplicates, lower-case NFC', () => {
    expect(words.length).toBeGreaterThan(100_000);
    // One expect per list, not per word: 290k expects take seconds on a busy machine.
    const unsorted = words.findIndex((w, i) => i > 0 && !((words[i - 1] as string) < w));
    expect(unsorted, `first out of order: ${words[unsorted]}`).toBe(-1);
    expect(words.filter((w) => w !== w.normalize('NFC').toLowerCase()).slice(0, 5)).toEqual([]);
  });

  it('holds no character from U+D800 up, so byte order (the lookup\'s) is the sort order', () => {
    expect(words.filter((w) => /[\ud800-\uffff]/.test(w)).slice(0, 5)).toEqual([]);
  });

  it('finds the first and the last form, and nothing between two neighbours', () => {
    const lex = loadLexicon();
    expect(lex.has(words[0] as string)).toBe(true);
    expect(lex.has(words[words.length - 1] as string)).toBe(true);
    expect(lex.has(`${words[1000] as string}\u0000`)).toBe(false);
    expect(lex.size).toBe(words.length);
  });

  it('knows the damaged words of the Senate pages and common forms, case-insensitively', () => {
    const lex = loadLexicon();
    for (const w of ['potentiële', 'officiële', 'Financiën', 'België', 'comité', 'geïnformeerd', 'één', 'patiënten', 'ideeën', 'zo’n', 'été', 'cœur', 'aujourd’hui', 'homme']) {
      expect(lex.has(w), w).toBe(true);
    }
    for (const w of ['potentiŽle', 'comitť', 'xyzzy']) expect(lex.has(w), w).toBe(false);
  });

  it('stays small and carries its licence notice', () => {
    const file = new URL('../src/repair/data/lexicon.zlib', import.meta.url);
    expect(statSync(file).size).toBeLessThan(3 * 1024 * 1024);
    expect(existsSync(new URL('../src/repair/data/LICENSES.md', import.meta.url))).toBe(true);
  });
});
