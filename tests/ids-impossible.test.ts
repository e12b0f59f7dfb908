// A number line or heading can print a question number no question has:
// legislature 0, number 0, or a number past JavaScript's exact integers.
// OUTPUT.md and the published schema say both count from 1, so such a
// record gets id null with SENQ_NO_NUMBER at the printed number, and keeps
// every other field.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { recordSchema } from '../src/schema/record.js';

const validate = new Ajv2020({ strict: true, allErrors: true }).compile(recordSchema);
const fixture = (name: string) => readFileSync(`fixtures/${name}/input.txt`, 'utf8');
const SEED = fixture('seed-screen-nl-answered');
const PRINT = fixture('print-nl-empty-references');
const BILINGUAL = fixture('bilingual-nl-space-line-trimmed');

function only(text: string) {
  const result = parse(text);
  expect(result.records).toHaveLength(1);
  const record = result.records[0];
  if (!record) throw new Error('no record');
  return { record, codes: result.diagnostics.map((d) => d.code), result };
}

describe('impossible question numbers', () => {
  it.each([
    ['legislature 0', '0-8905'],
    ['number 0', '5-0'],
    ['a number past exact integers', '5-99999999999999999999'],
  ])('screen page with %s: id null, SENQ_NO_NUMBER at the number line, other fields kept', (_, printed) => {
    const { record, result } = only(SEED.replaceAll('5-8905', printed));
    expect([record.id, record.legislature, record.number]).toEqual([null, null, null]);
    expect(record.title).not.toBeNull();
    expect(record.author.name).toBe('Martine Taelman');
    expect(validate(record)).toBe(true);
    const report = result.diagnostics.find((d) => d.code === 'SENQ_NO_NUMBER');
    // Line 3 is "Schriftelijke vraag nr. <L-N>": the number starts at column 25.
    expect([report?.severity, report?.line, report?.column]).toEqual(['error', 3, 25]);
    expect(report?.message).toContain(printed);
  });

  it('print page with legislature 0', () => {
    const { record, codes } = only(PRINT.replaceAll('4-2731', '0-2731'));
    expect(record.id).toBeNull();
    expect(codes).toContain('SENQ_NO_NUMBER');
    expect(validate(record)).toBe(true);
  });

  it('bilingual print with number 0', () => {
    const { record, codes } = only(BILINGUAL.replaceAll('4-5530', '4-0'));
    expect(record.id).toBeNull();
    expect(codes).toContain('SENQ_NO_NUMBER');
    expect(validate(record)).toBe(true);
  });

  it('bulletin question numbered 0, beside a valid one that keeps its id', () => {
    const head = ['Vragen en Antwoorden', '', 'BELGISCHE SENAAT', '', 'Bulletin 3-50', '', 'Minister van Justitie', ''];
    const question = (n: string) => [`Vraag nr. ${n} van mevrouw Janssens d.d. 3 mei 2005 (N.) :`, 'Havens.', '', 'Hoeveel schepen?', ''];
    const result = parse([...head, ...question('3-0'), ...question('3-2001')].join('\n'));
    expect(result.records.map((r) => r.id)).toEqual([null, '3-2001']);
    const report = result.diagnostics.find((d) => d.code === 'SENQ_NO_NUMBER');
    expect([report?.line, report?.column]).toEqual([9, 11]);
    expect(result.records.every((r) => validate(r))).toBe(true);
  });

  it('a valid number, and a leading zero, keep their id without a report', () => {
    expect(only(SEED).record.id).toBe('5-8905');
    const { record, codes } = only(SEED.replaceAll('5-8905', '5-08905'));
    expect(record.id).toBe('5-8905');
    expect(codes).not.toContain('SENQ_NO_NUMBER');
  });
});
