// Header fields hard-wrapped over two lines (§13.1 [U]): a wrapped
// addressee or title shifted every later field (the title into keywords)
// without a diagnostic (header audit). A continuation is taken only where
// it is plain: indented, or after a comma, hyphen, separator or preposition.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const SEED = readFileSync('fixtures/seed-screen-nl-answered/input.txt', 'utf8');
const BILINGUAL = readFileSync('fixtures/bilingual-nl-references-side-by-side/input.txt', 'utf8');
const ADDRESSEE = 'aan de vice-eersteminister en minister van Binnenlandse Zaken en Gelijke Kansen';
const TITLE = 'Federale overheidsdiensten - Communicatie met burgers - Gebruik van sociale media';
const seed = parse(SEED).records[0];
const unobserved = (r: ReturnType<typeof parse>) => r.diagnostics.filter((d) => d.code === 'SENQ_FORM_UNOBSERVED').map((d) => d.line);

describe('hard-wrapped header fields', () => {
  it.each([
    ['an indented second line', ADDRESSEE.replace(' en Gelijke', '\n  en Gelijke')],
    ['a line ending in a preposition', ADDRESSEE.replace('van Binnenlandse', 'van\nBinnenlandse')],
    // The usual wrap points start the next line with "van", "de", "au":
    // they read as author or addressee lines, and were refused (review).
    ['a second line starting "van"', ADDRESSEE.replace(' van Binnenlandse', '\nvan Binnenlandse')],
    ['an indented second line starting "van"', ADDRESSEE.replace(' van Binnenlandse', '\n  van Binnenlandse')],
  ])('reads a screen addressee wrapped with %s as one line', (_, wrapped) => {
    const r = parse(SEED.replace(ADDRESSEE, wrapped));
    expect(r.records[0]?.addressee).toBe(seed?.addressee);
    expect(r.records[0]?.title).toBe(seed?.title);
    expect(r.records[0]?.keywords).toEqual(seed?.keywords);
    expect(unobserved(r)).toEqual([7]);
  });

  it('reads a screen title wrapped after a " - " separator as one line', () => {
    const r = parse(SEED.replace(TITLE, TITLE.replace(' Communicatie', '\nCommunicatie')));
    expect(r.records[0]?.title).toBe(seed?.title);
    expect(r.records[0]?.subjects).toEqual(seed?.subjects);
    expect(r.records[0]?.keywords).toEqual(seed?.keywords);
    expect(unobserved(r)).toEqual([9]);
  });

  it('keeps a descriptor right under the title (blank line lost) as a descriptor', () => {
    const r = parse(SEED.replace(`${TITLE}\n\n`, `${TITLE}\n`));
    expect(r.records[0]?.title).toBe(seed?.title);
    expect(r.records[0]?.keywords).toEqual(seed?.keywords);
    expect(unobserved(r)).toEqual([]);
  });

  it('reads a French addressee wrapped before "de la" or "au" as one line', () => {
    const fr = readFileSync('fixtures/screen-fr-lapsed-reintroduction-stray-space/input.txt', 'utf8');
    const line = fr.split('\n').find((l) => /^(à |au )/u.test(l)) as string;
    const plain = parse(fr).records[0];
    for (const cut of [line.indexOf(' de '), line.indexOf(' au ')].filter((i) => i > 0)) {
      const r = parse(fr.replace(line, `${line.slice(0, cut)}\n${line.slice(cut + 1)}`));
      expect(r.records[0]?.addressee).toBe(plain?.addressee);
      expect(r.records[0]?.title).toBe(plain?.title);
    }
  });

  it('reads a bilingual print addressee wrapped after "en" as one line, and the title still splits', () => {
    const plain = parse(BILINGUAL).records[0];
    const line = BILINGUAL.split('\n').find((l) => l.startsWith('aan ')) as string;
    const cut = line.lastIndexOf(' ');
    const r = parse(BILINGUAL.replace(line, `${line.slice(0, cut)}\n${line.slice(cut + 1)}`));
    expect(r.records[0]?.addressee).toBe(plain?.addressee);
    expect(r.records[0]?.title).toBe(plain?.title);
    expect(r.records[0]?.translation?.title).toBe(plain?.translation?.title);
    expect(unobserved(r)).toContain(BILINGUAL.split('\n').indexOf(line) + 1);
  });

  it('never joins an indented bulletin paragraph to the title above it (a title ends with a full stop)', () => {
    const text = readFileSync('fixtures/bulletin-nl-three-questions-two-ministers/input.txt', 'utf8');
    const plain = parse(text).records[0];
    const indented = text.replace('Brandweer. — Hervorming. — Financiering.\n\n', 'Brandweer. — Hervorming. — Financiering.\n    ');
    expect(indented).not.toBe(text);
    const r = parse(indented).records[0];
    expect(r?.title).toBe(plain?.title);
    expect(r?.question?.text).toBe(plain?.question?.text);
  });

  it('reads a bulletin title wrapped after its " — " separator as one line', () => {
    const text = readFileSync('fixtures/bulletin-nl-three-questions-two-ministers/input.txt', 'utf8');
    const plain = parse(text).records[0];
    const r = parse(text.replace('Hervorming. — Financiering.', 'Hervorming. —\nFinanciering.'));
    expect(r.records[0]?.title).toBe(plain?.title);
    expect(r.records[0]?.subjects).toEqual(['Brandweer', 'Hervorming', 'Financiering']);
    expect(r.records[0]?.question).toEqual(plain?.question);
    expect(unobserved(r)).toEqual([18]);
  });
});
