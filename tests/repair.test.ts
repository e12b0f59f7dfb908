// FORMAT §22 encoding checklist, repair side.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse/index.js';
import { repair } from '../src/repair/index.js';

const SEED = readFileSync(new URL('../fixtures/seed-screen-nl-answered/input.txt', import.meta.url), 'utf8');

/** Where `needle` starts, found independently of the repair code. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const lines = text.split(/\r\n|\r|\n/u);
  for (let i = 0; i < lines.length; i++) {
    const at = (lines[i] as string).indexOf(needle);
    if (at >= 0) return { line: i + 1, column: Array.from((lines[i] as string).slice(0, at)).length + 1 };
  }
  throw new Error(`${needle} not found`);
}

const codes = (r: ReturnType<typeof repair>) => r.diagnostics.map((d) => d.code);

describe('the seed', () => {
  it('gets exactly its two P1 repairs, positioned in the input, and nothing else changes', () => {
    const r = repair(SEED);
    expect(r.repairs).toEqual([
      { ...positionOf(SEED, 'potentiŽle'), before: 'potentiŽle', after: 'potentiële', path: 'cp1252>maccenteuro', evidence: 'lexicon' },
      { ...positionOf(SEED, 'officiŽle'), before: 'officiŽle', after: 'officiële', path: 'cp1252>maccenteuro', evidence: 'lexicon' },
    ]);
    expect(r.text).toBe(SEED.replace('potentiŽle', 'potentiële').replace('officiŽle', 'officiële'));
    expect(r.diagnostics).toEqual([]);
  });

  it('the parsed record carries the repaired words and the two repairs', () => {
    const [record] = parse(Buffer.from(SEED, 'utf8')).records;
    expect(record?.question?.text).toContain('(potentiële)');
    expect(record?.repairs.map((x) => x.after)).toEqual(['potentiële', 'officiële']);
    expect(JSON.stringify({ ...record, repairs: [] })).not.toMatch(/Ž/u);
  });

  it('leaves the clean answer (diversifiëren) alone', () => {
    expect(SEED).toContain('diversifiëren');
    expect(repair(SEED).text).toContain('diversifiëren');
  });
});

describe('P1, the Senate path', () => {
  const doc = 'De minister van FinanciŽn en het Overlegcomitť.\nIn BelgiŽ is het ťcht zo: ęde burgers rijdenĽ, zegt hij.';
  const r = repair(doc);
  it('repairs inside, word-final and word-initial damage, and the ę…Ľ pair', () => {
    expect(r.text).toBe('De minister van Financiën en het Overlegcomité.\nIn België is het écht zo: «de burgers rijden», zegt hij.');
  });
  it('positions every repair in the input as given, columns in code points', () => {
    for (const x of r.repairs) {
      const line = doc.split('\n')[x.line - 1] as string;
      expect(Array.from(line).slice(x.column - 1, x.column - 1 + Array.from(x.before).length).join('')).toBe(x.before);
    }
    expect(r.repairs.find((x) => x.before === 'FinanciŽn')).toMatchObject({ line: 1, column: 17 });
  });
  it('never touches line breaks', () => {
    const crlf = doc.replace('\n', '\r\n');
    expect(repair(crlf).text.split(/\r\n/u)).toHaveLength(2);
    expect(repair(crlf).repairs.map((x) => x.line)).toEqual(r.repairs.map((x) => x.line));
  });
  it('repairs a word the lexicon does not know once the document has shown the path', () => {
    const named = 'De potentiŽle en officiŽle cijfers van de heer Duprť.';
    const out = repair(named);
    expect(out.text).toBe('De potentiële en officiële cijfers van de heer Dupré.');
    expect(out.repairs.at(-1)).toMatchObject({ before: 'Duprť', after: 'Dupré', evidence: 'document-path' });
  });
  it('does not repair an unknown word on one confirmation alone, and warns', () => {
    const out = repair('De heer Duprť en de potentiŽle klant.');
    expect(out.text).toContain('Duprť');
    expect(codes(out)).toContain('SENQ_SUSPECT_MOJIBAKE');
  });
});

describe('other paths', () => {
  it('P2 ŽŽn is repaired to één only where the lexicon confirms it', () => {
    expect(repair('Er is ŽŽn probleem in Belgi‘.').text).toBe('Er is één probleem in België.');
    expect(repair('Er is ŽŽn probleem in Belgi‘.').repairs.every((x) => x.path === 'macroman>cp1252')).toBe(true);
    expect(repair('De heer ŽŽx kwam.').text).toBe('De heer ŽŽx kwam.');
  });
  it('P3 Ã« is repaired; a clean Ã in a name is left alone', () => {
    expect(repair('We moeten dit verifiÃ«ren.').text).toBe('We moeten dit verifiëren.');
    expect(repair('Mevrouw Ãlvarez en C O N C L U S Ã O').text).toBe('Mevrouw Ãlvarez en C O N C L U S Ã O');
  });
  it('P3 Latin-1 variant (C1 controls) and P4', () => {
    expect(repair('Ã\u0089tat de la sociÃ©tÃ©').text).toBe('État de la société');
    expect(repair('un r√©gime √©quilibr√©').text).toBe('un régime équilibré');
  });
});

describe('never touched', () => {
  it('a clean French page with « », ’, n°, °C', () => {
    const fr = 'Question écrite n° 5-8905 : « L’été sera chaud », dit-il ; 30 °C à l’ombre… – voilà.';
    const out = repair(fr);
    expect(out.text).toBe(fr);
    expect(out.repairs).toEqual([]);
  });
  it('foreign names and Dutch stress accents, even in a damaged document', () => {
    const doc = 'Žaneta, Šimon, Ľudovít en Łukasz zijn vóór de potentiŽle en officiŽle cijfers.';
    expect(repair(doc).text).toBe('Žaneta, Šimon, Ľudovít en Łukasz zijn vóór de potentiële en officiële cijfers.');
  });
  it('names written in capitals, in a document whose damage is confirmed', () => {
    // Before, a word-initial Ž or Š was taken as damage unless a small letter
    // followed: ŽANETA became ëANETA, and that learned word then "confirmed" Žaneta.
    const doc = 'BelgiŽ, officiŽle, financiŽle.\nMevrouw ŽANETA NOVAK (Žaneta Novak), Šimon (ŠIMON), ŠKODA, Š. Novak, Ł. Kowalski.';
    const out = repair(doc);
    expect(out.text).toBe('België, officiële, financiële.\nMevrouw ŽANETA NOVAK (Žaneta Novak), Šimon (ŠIMON), ŠKODA, Š. Novak, Ł. Kowalski.');
    expect(out.repairs.map((r) => r.before)).toEqual(['BelgiŽ', 'officiŽle', 'financiŽle']);
  });
  it('pure ASCII', () => {
    const ascii = 'Plain text? Yes: 100% ASCII, "quoted" & (bracketed).';
    expect(repair(ascii)).toMatchObject({ text: ascii, repairs: [], diagnostics: [] });
  });
});

describe('the ´ case and lossy text', () => {
  it('ge´nformeerd is repaired through its unique lexicon completion, with its own path', () => {
    const out = repair('Ik werd ge´nformeerd.');
    expect(out.text).toBe('Ik werd geïnformeerd.');
    expect(out.repairs).toEqual([{ line: 1, column: 9, before: 'ge´nformeerd', after: 'geïnformeerd', path: 'unknown', evidence: 'lexicon-unique' }]);
  });
  it('without a unique completion it is left and warned about', () => {
    const out = repair('Het woord x´yzq blijft.');
    expect(out.text).toBe('Het woord x´yzq blijft.');
    expect(codes(out)).toEqual(['SENQ_SUSPECT_MOJIBAKE']);
  });
  it('´ typed for an apostrophe after an elision is left and warned about, not completed (l´a is no léa)', () => {
    for (const text of ['Le ministre l´a confirmé.', 'Il est aujourd´hui parti.']) {
      const out = repair(text);
      expect(out.text).toBe(text);
      expect(codes(out)).toEqual(['SENQ_SUSPECT_MOJIBAKE']);
    }
    expect(repair('La d´cision est prise.').text).toBe('La décision est prise.');
    // The page's own words do not make an elision of it ("pense" is one here).
    expect(repair('La d´pense est élevée, je pense.').text).toBe('La dépense est élevée, je pense.');
  });
  it('? inside a word and U+FFFD warn as lossy text', () => {
    const out = repair('De financi?le cijfers\nen \uFFFD hier, maar ?www.senate.be/index.php?lang=nl niet.');
    expect(out.diagnostics.filter((d) => d.code === 'SENQ_LOSSY_TEXT').map((d) => [d.line, d.column])).toEqual([
      [1, 11],
      [2, 4],
    ]);
  });
});
