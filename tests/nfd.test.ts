// Decomposed input (NFD, FORMAT.md §18 and the §22 checklist): labels match
// and damage is repaired as in the composed text; every position refers to
// the text as read, where a decomposed letter takes two columns.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, repair } from '../src/index.js';
import type { QuestionRecord } from '../src/types.js';

const SEED = readFileSync('fixtures/seed-screen-nl-answered/input.txt', 'utf8');
const NFD = SEED.normalize('NFD');

/** A record without what depends on the bytes (source) or on columns as read. */
const comparable = (r: QuestionRecord | undefined) => r && { ...r, source: null, repairs: r.repairs.map((x) => ({ ...x, column: 0 })) };

/** The text from a diagnostic's place in the line as read, composed. */
const atPlace = (text: string, d: { line: number | null; column: number | null } | undefined) =>
  [...(text.split('\n')[(d?.line ?? 0) - 1] ?? '')].slice((d?.column ?? 0) - 1).join('').normalize('NFC');

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
    const repairs = parse(NFD).records[0]?.repairs ?? [];
    expect(repairs).toHaveLength(2);
    for (const r of repairs) expect(atPlace(NFD, r).startsWith(r.before)).toBe(true);
    // The first damaged word "potentiŽle" (Ž decomposes) stands before the
    // second on line 43: the second is one column further than composed.
    const columns = (text: string) => parse(text).records[0]?.repairs.map((r) => r.column);
    expect(columns(SEED)).toEqual([158, 412]);
    expect(columns(NFD)).toEqual([158, 413]);
  });

  it('reports a parser diagnostic at its column as read, after a decomposed letter', () => {
    // "Taëlman" decomposes: the date after it is one column further as read than composed.
    const page = SEED.replace('van Martine Taelman (Open Vld) d.d. 30 april 2013', 'van Martine Taëlman (Open Vld) d.d. 31 april 2013').normalize('NFD');
    expect(page).toContain('Tae\u0308lman');
    const found = parse(page).diagnostics.find((d) => d.code === 'SENQ_DATE_UNPARSED');
    expect(atPlace(page, found).startsWith('31 april 2013')).toBe(true);
  });

  it('maps positions back on a text that is not a question too', () => {
    const notes = 'Boodschappen voor het café en de crèche, financi?le zaken.\n'.normalize('NFD');
    const found = parse(notes).diagnostics.find((d) => d.code === 'SENQ_LOSSY_TEXT');
    // (The report points at the "?" itself.)
    expect(atPlace(notes, found).startsWith('?le zaken')).toBe(true);
  });

  it('is repaired by senq repair too, which writes it composed where it repaired', () => {
    const result = repair(NFD);
    expect(result.repairs.map((r) => r.after)).toEqual(['potentiële', 'officiële']);
    expect(result.text).toBe(repair(SEED).text);
    // Clean decomposed text is written back as it was read.
    const clean = 'De crèche en het café.'.normalize('NFD');
    expect(repair(clean).text).toBe(clean);
  });
});

describe('a repair that changes a word\'s length', () => {
  it('moves what follows it on its line: positions still point at the text as read', () => {
    // UTF-8 read as Windows-1252: "geÃ¯nformeerd" is one code point longer than "geïnformeerd".
    const page = SEED.replace('van Martine Taelman (Open Vld) d.d. 30 april 2013', 'van Martine Taelman, geÃ¯nformeerd (Open Vld) d.d. 31 april 2013');
    const result = parse(page);
    expect(result.records[0]?.repairs.map((r) => r.after)).toContain('geïnformeerd');
    const found = result.diagnostics.find((d) => d.code === 'SENQ_DATE_UNPARSED');
    expect(atPlace(page, found).startsWith('31 april 2013')).toBe(true);
  });
});
