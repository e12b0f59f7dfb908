// Properties over arbitrary and mutated inputs: parse never throws, always
// returns the contract's shape, and every error is explained by a diagnostic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { listFixtures } from './helpers/fixtures.js';

const fixtureTexts = listFixtures().map((f) => f.input.toString('utf8'));

/** Mutations of a fixture: delete, duplicate, swap, truncate lines. */
const mutatedFixture = fc
  .tuple(
    fc.constantFrom(...fixtureTexts),
    fc.array(fc.tuple(fc.constantFrom('delete', 'duplicate', 'swap', 'truncate', 'insert'), fc.nat(), fc.nat(), fc.string()), {
      maxLength: 8,
    }),
  )
  .map(([text, ops]) => {
    const lines = text.split('\n');
    for (const [op, a, b, s] of ops) {
      if (lines.length === 0) break;
      const i = a % lines.length;
      const j = b % lines.length;
      if (op === 'delete') lines.splice(i, 1);
      else if (op === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
      else if (op === 'swap') [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      else if (op === 'truncate') lines[i] = (lines[i] ?? '').slice(0, b % ((lines[i] ?? '').length + 1));
      else lines.splice(i, 0, s);
    }
    return lines.join('\n');
  });

function checkShape(input: string | Uint8Array) {
  const result = parse(input);
  expect(Array.isArray(result.records)).toBe(true);
  for (const r of result.records) {
    expect(r.schema_version).toBe(1);
    expect(Array.isArray(r.keywords) && Array.isArray(r.chronology) && Array.isArray(r.references)).toBe(true);
  }
  for (const d of result.diagnostics) {
    expect(['error', 'warning', 'info']).toContain(d.severity);
    expect(d.code).toMatch(/^SENQ_[A-Z_]+$/u);
    expect(d.code).not.toBe('SENQ_INTERNAL');
  }
  if (result.records.length === 0) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
}

describe('parse never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), checkShape), { numRuns: 300 });
  });

  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), checkShape), { numRuns: 300 });
  });

  it('on mutated fixtures', () => {
    fc.assert(fc.property(mutatedFixture, checkShape), { numRuns: 300 });
  });

  it('on lines built from label fragments', () => {
    const pieces = fc.constantFrom(
      'Schriftelijke vraag nr. 5-1',
      'Question écrite n° 6-22',
      'Chronologie',
      '30/4/2013Verzending vraag',
      '31/2/2013 Antwoord',
      '(Einde van de antwoordtermijn: 9/7/2015)',
      'Ook gesteld aan : schriftelijke vraag 5-2',
      'Vraag nr. 5-1 d.d. 30 april 2013 : (Vraag gesteld in het Nederlands)',
      'Antwoord ontvangen op 18 oktober 2013 :',
      'van A B (X) d.d. 30 april 2013',
      'aan de minister',
      '1) a',
      'a) b',
      '- c',
      '',
      ' ',
    );
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), (ls) => checkShape(ls.join('\n'))), { numRuns: 300 });
  });
});
