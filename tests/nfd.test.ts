// Decomposed input (NFD, FORMAT.md §18 and the §22 checklist): labels match
// and damage is repaired as in the composed text; every position refers to
// the text as read, where a decomposed letter takes two columns.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { QuestionRecord } from '../src/types.js';

const SEED = readFileSync('fixtures/seed-screen-nl-answered/input.txt', 'utf8');
const NFD = SEED.normalize('NFD');

/** A record without what depends on the bytes (source) or on columns as read. */
const comparable = (r: QuestionRecord | undefined) => r && { ...r, source: null, repairs: r.repairs.map((x) => ({ ...x, column: 0 })) };

describe('decomposed (NFD) input', () => {
  it('is the seed really decomposed', () => {
    expect(NFD).not.toBe(SEED);
  });

  it('gives the record of the composed text, its two repairs included', () => {
    const composed = parse(SEED).records[0];
    const decomposed = parse(NFD).records[0];
    expect(decomposed?.repairs).toHaveLength(2);
    expect(comparable(decomposed)).toEqual(comparable(composed));
  });

  it('positions each repair at its word in the text as read', () => {
    const lines = NFD.split('\n');
    const repairs = parse(NFD).records[0]?.repairs ?? [];
    expect(repairs).toHaveLength(2);
    for (const r of repairs) {
      const fromColumn = [...(lines[r.line - 1] ?? '')].slice(r.column - 1).join('');
      expect(fromColumn.normalize('NFC').startsWith(r.before)).toBe(true);
    }
    // The first damaged word "potentiŽle" (Ž decomposes) stands before the
    // second on line 43: the second is one column further than composed.
    const columns = (text: string) => parse(text).records[0]?.repairs.map((r) => r.column);
    expect(columns(SEED)).toEqual([158, 412]);
    expect(columns(NFD)).toEqual([158, 413]);
  });

  it('reports an unparsed date at its column as read', () => {
    const page = SEED.replace('Antwoord ontvangen op 18 oktober 2013 :', 'Antwoord ontvangen op 31 février 2013 :').normalize('NFD');
    const found = parse(page).diagnostics.find((d) => d.code === 'SENQ_DATE_UNPARSED');
    const line = page.split('\n')[(found?.line ?? 0) - 1] ?? '';
    expect([...line].slice((found?.column ?? 0) - 1).join('').normalize('NFC').startsWith('31 février 2013')).toBe(true);
  });
});
