// A number line, heading, file name, URL or cross reference can print a
// question number no question has: legislature 0, number 0, or a number past
// JavaScript's exact integers. OUTPUT.md and the published schema say both
// count from 1, so such a number is never an id: the next source that prints
// a real one gives it (reported), and without one the record has id null with
// SENQ_NO_NUMBER where the impossible number stands. Other fields are kept.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { recordSchema } from '../src/schema/record.js';
import type { ParseResult } from '../src/types.js';

const validate = new Ajv2020({ strict: true, allErrors: true }).compile(recordSchema);
const fixture = (name: string) => readFileSync(`fixtures/${name}/input.txt`, 'utf8');
const SEED = fixture('seed-screen-nl-answered');
const PRINT = fixture('print-nl-empty-references');
const BILINGUAL = fixture('bilingual-nl-space-line-trimmed');
const URL_FRAGMENT = fixture('fragment-nl-id-from-senate-url');

/** The one record, checked against the schema. */
function only(result: ParseResult) {
  expect(result.records).toHaveLength(1);
  const record = result.records[0];
  if (!record) throw new Error('no record');
  expect(validate(record)).toBe(true);
  return record;
}
const reports = (result: ParseResult, code: string) => result.diagnostics.filter((d) => d.code === code);

describe('impossible question numbers', () => {
  it.each([
    ['legislature 0', '0-8905'],
    ['number 0', '5-0'],
    ['a number past exact integers', '5-99999999999999999999'],
  ])('screen page with %s in number line and heading: id null, SENQ_NO_NUMBER at the number line', (_, printed) => {
    const result = parse(SEED.replaceAll('5-8905', printed));
    const record = only(result);
    expect([record.id, record.legislature, record.number]).toEqual([null, null, null]);
    expect(record.author.name).toBe('Martine Taelman');
    expect(record.question?.text).toBeTruthy();
    const [report] = reports(result, 'SENQ_NO_NUMBER');
    // Line 3 is the number line "Schriftelijke vraag nr. <L-N>".
    expect([report?.severity, report?.line, report?.column]).toEqual(['error', 3, 1]);
    expect(report?.message).toContain(printed);
  });

  it('screen page whose number line alone is impossible: the heading gives the id, with a mismatch warning', () => {
    const result = parse(SEED.replace('Schriftelijke vraag nr. 5-8905', 'Schriftelijke vraag nr. 0-8905'));
    expect(only(result).id).toBe('5-8905');
    expect(reports(result, 'SENQ_NO_NUMBER')).toEqual([]);
    expect(reports(result, 'SENQ_NUMBER_MISMATCH').map((d) => d.line)).toEqual([3]);
  });

  it('screen page whose heading alone is impossible: the number line wins, as for any mismatch', () => {
    const result = parse(SEED.replace('Vraag nr. 5-8905', 'Vraag nr. 5-0'));
    expect(only(result).id).toBe('5-8905');
    expect(reports(result, 'SENQ_NUMBER_MISMATCH')).toHaveLength(1);
  });

  it('print page whose number line alone is impossible: the heading gives the id', () => {
    const result = parse(PRINT.replace('nr. 4-2731', 'nr. 0-2731'));
    expect(PRINT.split('4-2731').length).toBeGreaterThan(2);
    expect(only(result).id).toBe('4-2731');
    expect(reports(result, 'SENQ_NUMBER_MISMATCH')).toHaveLength(1);
  });

  it.each([
    ['print page with legislature 0', PRINT, '4-2731', '0-2731'],
    ['bilingual print with number 0', BILINGUAL, '4-5530', '4-0'],
  ])('%s in number line and heading: id null, one SENQ_NO_NUMBER', (_, page, from, to) => {
    const result = parse(page.replaceAll(from, to));
    expect(only(result).id).toBeNull();
    expect(reports(result, 'SENQ_NO_NUMBER')).toHaveLength(1);
  });

  describe('bulletins', () => {
    const page = (bulletin: string, first: string) =>
      ['Vragen en Antwoorden', '', 'BELGISCHE SENAAT', '', `Bulletin ${bulletin}`, '', 'Minister van Justitie', '']
        .concat([`Vraag nr. ${first} van mevrouw Janssens d.d. 3 mei 2005 (N.) :`, 'Havens.', '', 'Hoeveel schepen?', ''])
        .concat(['Vraag nr. 2001 van de heer Maes d.d. 4 mei 2005 (N.) :', 'Dokken.', '', 'Hoeveel dokken?', ''])
        .join('\n');

    it('a bare number 0: that question has id null, reported at its heading; the next keeps its id', () => {
      const result = parse(page('2-28', '0'));
      expect(result.records.map((r) => r.id)).toEqual([null, '2-2001']);
      const [report] = reports(result, 'SENQ_NO_NUMBER');
      expect([report?.line, report?.column]).toEqual([9, 1]);
      expect(result.records.every((r) => validate(r))).toBe(true);
    });

    it('a bulletin numbered 0-28 before bare numbers: no question gets legislature 0', () => {
      const result = parse(page('0-28', '951'));
      expect(result.records.map((r) => r.id)).toEqual([null, null]);
      expect(reports(result, 'SENQ_NO_NUMBER').map((d) => d.line)).toEqual([9, 14]);
    });
  });

  it('a fragment named 4-0.txt takes the id of its Senate URL instead', () => {
    const result = parse(URL_FRAGMENT, { path: 'saved/4-0.txt' });
    expect(only(result).id).toBe('5-7311');
  });

  it('a Senate URL with NR=0 is no id either', () => {
    const result = parse(URL_FRAGMENT.replace('NR=7311', 'NR=0'));
    expect(only(result).id).toBeNull();
    expect(reports(result, 'SENQ_NO_NUMBER')).toHaveLength(1);
  });

  it('a cross reference to 0-8900 is skipped with a warning, the others kept', () => {
    const result = parse(SEED.replace('schriftelijke vraag 5-8900', 'schriftelijke vraag 0-8900'));
    const record = only(result);
    expect(record.references.map((r) => r.id)).not.toContain('0-8900');
    expect(record.references.map((r) => r.id)).toContain('5-8901');
    expect(reports(result, 'SENQ_XREF_UNKNOWN').map((d) => d.line)).toEqual([22]);
  });

  it('a valid number, and a leading zero, keep their id without a report', () => {
    expect(only(parse(SEED)).id).toBe('5-8905');
    const result = parse(SEED.replaceAll('5-8905', '5-08905'));
    expect(only(result).id).toBe('5-8905');
    expect(reports(result, 'SENQ_NO_NUMBER')).toEqual([]);
  });
});
