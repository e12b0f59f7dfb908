// Properties of the decode + repair stages, checked on generated input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode/index.js';
import { lexiconForms } from '../src/repair/lexicon.js';
import { damage, PATHS, repair } from '../src/repair/index.js';

const WORDS = lexiconForms();
/** Clean NL/FR words: lexicon forms written only with NL/FR letters, plus common short words. */
const CLEAN = WORDS.filter((w) => /^[a-zàâäçéèêëîïôöùûüÿœæáíóú'-]+$/u.test(w) && !/^['-]|['-]$/u.test(w));
const SHORT = ['de', 'het', 'een', 'van', 'la', 'le', 'les', 'et', 'à', 'vóór', 'één', 'dát', 'n°', '30', '°C', '2013'];

const cleanWord = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: CLEAN.length - 1 }).map((i) => CLEAN[i] as string) },
  { weight: 1, arbitrary: fc.constantFrom(...SHORT) },
);
/** A clean word as it may stand in text: capitalised, quoted, elided, punctuated. */
const dressed = fc
  .tuple(cleanWord, fc.constantFrom('', '', '', 'cap', '«»', '‘’', '“”', 'l’', 'd’', '…', ',', '.', ' :', ' –'))
  .map(([w, how]) => {
    switch (how) {
      case 'cap':
        return w.charAt(0).toUpperCase() + w.slice(1);
      case '«»':
        return `« ${w} »`;
      case '‘’':
      case '“”':
        return `${how[0]}${w}${how[1]}`;
      case 'l’':
      case 'd’':
        return `${how}${w}`;
      default:
        return w + how;
    }
  });
const cleanText = fc.array(dressed, { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' ').replace(/(\S+ \S+ \S+ \S+ \S+ \S+ \S+) /gu, '$1\n'));

const SEEN = PATHS.flatMap((p) => [...p.inverse.keys()]);
/** Text with mojibake of every path mixed in: damaged words, raw seen sequences, clean words. */
const mixedText = fc
  .array(
    fc.oneof(
      cleanWord,
      fc.tuple(cleanWord, fc.constantFrom(...PATHS)).map(([w, p]) => damage(p, w)),
      fc.constantFrom(...SEEN, '´', '?', '\uFFFD', '\n', '\r\n', ' '),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(' '));

const RUNS = { numRuns: Number(process.env.REPAIR_RUNS ?? 300) };

describe('repair properties', () => {
  it('never changes pure ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 200 }), (s) => {
        const r = repair(s);
        return r.text === s && r.repairs.length === 0;
      }),
      RUNS,
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        const once = repair(s).text;
        expect(repair(once).text).toBe(once);
      }),
      RUNS,
    );
  });

  it('never touches clean Dutch and French text', () => {
    fc.assert(
      fc.property(cleanText, (s) => {
        const r = repair(s);
        expect(r.repairs).toEqual([]);
        expect(r.text).toBe(s);
      }),
      RUNS,
    );
  });

  it('never changes the line structure, and positions point at the words replaced', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        const r = repair(s);
        expect(r.text.match(/\r\n|\r|\n/gu) ?? []).toEqual(s.match(/\r\n|\r|\n/gu) ?? []);
        const lines = s.split(/\r\n|\r|\n/u);
        for (const x of r.repairs) {
          const cps = Array.from(lines[x.line - 1] ?? '');
          expect(cps.slice(x.column - 1, x.column - 1 + Array.from(x.before).length).join('')).toBe(x.before);
        }
      }),
      RUNS,
    );
  });

  it('decode + repair never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const d = decode(bytes);
        repair(d.text);
      }),
      RUNS,
    );
  });
});
