// One-language printer versions (FORMAT §4): rules the fixtures leave open.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

function print(overrides: { date?: string; heading?: string; chronology?: string[]; body?: string[] } = {}): string {
  return [
    'BELGISCHE SENAAT',
    '________',
    'Zitting 2012-2013',
    '________',
    overrides.date ?? '5 februari 2013',
    '________',
    'SENAAT Schriftelijke vraag nr. 5-8120',
    '',
    'de Koen Desmet (Open Vld)',
    '',
    'aan de minister van Werk',
    '________',
    'Werkloosheid - Jongeren',
    '________',
    'jeugdwerkloosheid',
    '________',
    ...(overrides.chronology ?? ['5/2/2013Verzending vraag']),
    '________',
    '________',
    overrides.heading ?? 'SENAAT Schriftelijke vraag nr. 5-8120 d.d. 5 februari 2013 : (Vraag gesteld in het Nederlands)',
    '',
    ...(overrides.body ?? ['Hoeveel jongeren zijn werkloos?']),
  ].join('\n');
}

const codes = (text: string) => parse(text).diagnostics.map((d) => d.code);

describe('print', () => {
  it('joins a title wrapped over two lines of its section, and keeps the descriptors apart', () => {
    const text = print().replace('Werkloosheid - Jongeren\n', 'Werkloosheid - Jongeren -\nLanger dan een jaar\n');
    const record = parse(text).records[0];
    expect(record?.title).toBe('Werkloosheid - Jongeren - Langer dan een jaar');
    expect(record?.subjects).toEqual(['Werkloosheid', 'Jongeren', 'Langer dan een jaar']);
    expect(record?.keywords).toEqual(['jeugdwerkloosheid']);
  });

  it('reports missing descriptors after a wrapped title too', () => {
    const text = print().replace('Werkloosheid - Jongeren\n', 'Werkloosheid - Jongeren -\nLanger dan een jaar\n').replace('jeugdwerkloosheid\n', '');
    const r = parse(text);
    expect(r.records[0]?.title).toBe('Werkloosheid - Jongeren - Langer dan een jaar');
    expect(r.records[0]?.keywords).toEqual([]);
    // The one missing field is the descriptors (the title is there).
    expect(r.diagnostics.map((d) => d.code)).toEqual(['SENQ_MISSING_FIELD']);
  });

  it('flags two descriptors run together by a pipe export, even two one-word ones', () => {
    const piped = (descriptors: string) =>
      print()
        .replace('jeugdwerkloosheid', descriptors)
        .split('\n')
        .map((l) => `${l} | ||||||||`)
        .join('\n');
    const r = parse(piped('jeugdwerkloosheid stage'));
    expect(r.records[0]?.keywords).toEqual(['jeugdwerkloosheid stage']);
    expect(r.diagnostics.map((d) => d.code)).toContain('SENQ_KEYWORDS_MERGED');
    expect(codes(piped('jeugdwerkloosheid'))).not.toContain('SENQ_KEYWORDS_MERGED');
  });

  it('parses a deadline if one is printed after all [U]', () => {
    const r = parse(print({ chronology: ['5/2/2013Verzending vraag (Einde van de antwoordtermijn: 7/3/2013)'] }));
    expect(r.records[0]?.answer_deadline).toBe('2013-03-07');
    expect(r.records[0]?.chronology.map((c) => c.label)).toEqual(['Verzending vraag']);
  });

  it('warns when the date line disagrees with the chronology, keeping the chronology date', () => {
    const r = parse(print({ date: '6 februari 2013' }));
    expect(r.records[0]?.date_asked).toBe('2013-02-05');
    expect(codes(print({ date: '6 februari 2013' }))).toContain('SENQ_DATE_MISMATCH');
    expect(codes(print())).not.toContain('SENQ_DATE_MISMATCH');
  });

  it('keeps the number line when the heading gives another number', () => {
    const text = print({ heading: 'SENAAT Schriftelijke vraag nr. 5-8121 d.d. 5 februari 2013 : (Vraag gesteld in het Nederlands)' });
    expect(parse(text).records[0]?.id).toBe('5-8120');
    expect(codes(text)).toContain('SENQ_NUMBER_MISMATCH');
  });

  it('accepts an answer heading with the SENAAT prefix [U]', () => {
    const text = print({
      chronology: ['5/2/2013Verzending vraag', '1/3/2013Antwoord'],
      body: ['Hoeveel jongeren zijn werkloos?', '', 'SENAAT Antwoord ontvangen op 1 maart 2013 :', '', 'Ongeveer 40 000.'],
    });
    const r = parse(text);
    expect(r.records[0]?.status).toBe('answered');
    expect(r.records[0]?.answer?.text).toBe('Ongeveer 40 000.');
    expect(r.records[0]?.answer?.date).toBe('2013-03-01');
    expect(codes(text)).not.toContain('SENQ_ANSWER_INCONSISTENT');
  });

  it('reports a missing question heading and still recovers the body', () => {
    const text = print({ heading: '' , body: ['Hoeveel jongeren zijn werkloos?'] });
    const r = parse(text);
    expect(r.records[0]?.question?.text).toBe('Hoeveel jongeren zijn werkloos?');
    expect(r.diagnostics.map((d) => d.code)).toContain('SENQ_MISSING_FIELD');
    expect(r.records[0]?.original_language).toBeNull();
  });

  it('never takes the number line for the question heading', () => {
    const r = parse(print());
    expect(r.records[0]?.original_language).toBe('nl');
    expect(r.records[0]?.question?.date).toBe('2013-02-05');
    expect(codes(print())).toEqual([]);
  });
});
