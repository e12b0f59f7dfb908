// Answer sections (FORMAT §14, §15): a heading followed by nothing, and
// question text that only looks like a heading. Assertions are on codes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const SCREEN = readFileSync('fixtures/screen-nl-answered-deadline-reminder-nested-items/input.txt', 'utf8');
/** The page cut right after its answer heading, as a save that lost the answer text. */
const headingOnly = (page: string) => page.slice(0, page.indexOf('Antwoord ontvangen op') + 'Antwoord ontvangen op 4 mei 2017 :'.length);

describe('an answer heading followed by no text', () => {
  it('gives answer null with a warning at the heading, and keeps the status answered', () => {
    const text = headingOnly(SCREEN);
    const r = parse(text);
    const record = r.records[0];
    expect(record?.answer).toBeNull();
    expect(record?.status).toBe('answered');
    expect(record?.date_answered).toBe('2017-05-04');
    const missing = r.diagnostics.filter((d) => d.code === 'SENQ_MISSING_FIELD');
    expect(missing.map((d) => d.line)).toEqual([text.split('\n').length]);
    // The heading already says it: no second warning about the answered row.
    expect(r.diagnostics.map((d) => d.code)).not.toContain('SENQ_ANSWER_INCONSISTENT');
  });

  it('counts as an answer section without an answered row too', () => {
    const text = headingOnly(SCREEN).replace('4/5/2017Antwoord\n', '');
    const record = parse(text).records[0];
    expect(record?.answer).toBeNull();
    expect(record?.status).toBe('answered');
  });

  it('in a bulletin: an inline "Réponse :" alone gives answer null, answered, and a warning', () => {
    const text = [
      'Questions et Réponses',
      '',
      'Bulletin 2-41',
      '',
      'Ministre des Finances',
      '',
      'Question nº 1204 de M. Leroy du 8 février 2001 (Fr.) :',
      'Impôts.',
      '',
      'Combien ?',
      '',
      'Réponse :',
    ].join('\n');
    const r = parse(text);
    expect(r.records[0]?.answer).toBeNull();
    expect(r.records[0]?.status).toBe('answered');
    expect(r.diagnostics.filter((d) => d.code === 'SENQ_MISSING_FIELD').map((d) => d.line)).toEqual([12]);
  });
});

describe('a second answer heading', () => {
  it('is kept as text of the first answer, with a warning at it', () => {
    const second = 'Antwoord ontvangen op 12 september 2017 :';
    const text = `${SCREEN.trimEnd()}\n\n${second}\n\nEen aanvulling op mijn antwoord.\n`;
    const r = parse(text);
    expect(r.records[0]?.answer?.text).toContain(second);
    const at = r.diagnostics.filter((d) => d.code === 'SENQ_ANSWER_INCONSISTENT').map((d) => d.line);
    expect(at).toEqual([text.split('\n').indexOf(second) + 1]);
  });
});

describe('a heading date that does not parse', () => {
  it('gives question.date and answer.date null (reported), not the chronology dates', () => {
    const text = SCREEN.replace('d.d. 12 januari 2017 :', 'd.d. 31 januari 20017 :').replace('Antwoord ontvangen op 4 mei 2017 :', 'Antwoord ontvangen op 31 april 2017 :');
    expect(text).not.toBe(SCREEN);
    const r = parse(text);
    expect(r.records[0]?.question?.date).toBeNull();
    expect(r.records[0]?.answer?.date).toBeNull();
    // The chronology still gives the record's own dates.
    expect(r.records[0]?.date_asked).toBe('2017-01-12');
    expect(r.records[0]?.date_answered).toBe('2017-05-04');
    expect(r.diagnostics.filter((d) => d.code === 'SENQ_DATE_UNPARSED')).toHaveLength(2);
  });
});

describe('page furniture after the answer (§14 [U])', () => {
  it('is kept as answer text, and said', () => {
    const text = `${SCREEN.trimEnd()}\n\nTweetalige printerversie Eentalige printerversie\n`;
    const r = parse(text);
    expect(r.records).toHaveLength(1);
    expect(r.records[0]?.answer?.text).toContain('Tweetalige printerversie Eentalige printerversie');
    const report = r.diagnostics.find((d) => d.code === 'SENQ_FORM_UNOBSERVED');
    expect(report?.line).toBe(text.trimEnd().split('\n').length);
  });

  it('no report for an answer without it', () => {
    expect(parse(SCREEN).diagnostics.map((d) => d.code)).not.toContain('SENQ_FORM_UNOBSERVED');
  });
});

describe('answer headings in forms never observed (§14 [U])', () => {
  const heading = 'Antwoord ontvangen op 4 mei 2017 :';
  const answerOf = (text: string) => parse(text).records[0]?.answer;
  const codes = (text: string) => parse(text).diagnostics.map((d) => d.code);

  it('without the final colon, with a date that parses: still the heading, and said', () => {
    const text = SCREEN.replace(heading, 'Antwoord ontvangen op 4 mei 2017');
    expect(answerOf(text)?.date).toBe('2017-05-04');
    expect(answerOf(text)?.text).toBe(answerOf(SCREEN)?.text);
    expect(codes(text)).toContain('SENQ_FORM_UNOBSERVED');
  });

  it('with no date: still the heading; the date is the answered row\'s, and said', () => {
    const text = SCREEN.replace(heading, 'Antwoord ontvangen op :');
    expect(answerOf(text)?.text).toBe(answerOf(SCREEN)?.text);
    expect(answerOf(text)?.date).toBe(parse(text).records[0]?.date_answered);
    expect(answerOf(text)?.date).not.toBeNull();
    expect(codes(text)).toContain('SENQ_FORM_UNOBSERVED');
  });

  it('a question line shaped like a colonless heading does not cut the question when a real heading follows', () => {
    const text = SCREEN.replace(/(Vraag nr\. [^\n]*\n\n)/u, '$1Antwoord ontvangen op 12 maart 2012\n\n');
    expect(text).not.toBe(SCREEN);
    const record = parse(text).records[0];
    expect(record?.answer?.date).toBe('2017-05-04');
    expect(record?.question?.text).toContain('Antwoord ontvangen op 12 maart 2012');
  });

  // With its colon but words after the date, the line was the heading, and
  // the question's rest and the real heading went into the answer (body audit).
  it('a question line shaped like a heading whose date does not read does not cut the question when a real heading follows', () => {
    const shaped = 'Antwoord ontvangen op 12 maart 2012 naar aanleiding van mijn vraag 5-100 :';
    const text = SCREEN.replace(/(Vraag nr\. [^\n]*\n\n)/u, `$1${shaped}\n\n`);
    expect(text).not.toBe(SCREEN);
    const record = parse(text).records[0];
    expect(record?.answer).toEqual(parse(SCREEN).records[0]?.answer);
    expect(record?.question?.text).toContain(shaped);
  });

  it('without a colon and without a date that parses: text, not a heading', () => {
    const text = SCREEN.replace(heading, 'Antwoord ontvangen op een later tijdstip');
    expect(answerOf(text)).toBeNull();
  });
});
