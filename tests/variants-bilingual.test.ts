// Bilingual printer versions (FORMAT §5): splitting rules and the warnings
// that go with uncertain splits. Assertions are on codes, never messages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { splitBilingualTitle } from '../src/parse/bilingual-split.js';

interface Parts {
  title?: string;
  keywords?: string[];
  chronology?: string[];
  heading?: string;
  body?: string[];
}

function bilingual(p: Parts = {}): string {
  return [
    'SÉNAT DE BELGIQUE BELGISCHE SENAAT',
    '________________',
    'Session 2009-2010 Zitting 2009-2010',
    '________________',
    '4 mars 2010 4 maart 2010',
    '________________',
    'Question écrite n° 4-7002 Schriftelijke vraag nr. 4-7002',
    '',
    'de Luc Martens (MR)',
    '',
    'van Luc Martens (MR)',
    '',
    'au ministre de l\'Emploi',
    '',
    'aan de minister van Werk',
    '________________',
    `${p.title ?? 'Emploi - Jeunes Werk - Jongeren'} `,
    '________________',
    ...(p.keywords ?? ['emploi des jeunes', 'jeugdwerkgelegenheid']),
    '________ ________',
    ...(p.chronology ?? ['4/3/2010Verzending vraag', '4/3/2010Verzending vraag']),
    '________ ________',
    p.heading ??
      'Question n° 4-7002 du 4 mars 2010 : (Question posée en français) Vraag nr. 4-7002 d.d. 4 maart 2010 : (Vraag gesteld in het Frans)',
    '',
    ...(p.body ?? ['Combien de jeunes sont-ils sans emploi ?', '', ' ', '', 'Hoeveel jongeren zijn werkloos?']),
  ].join('\n');
}

const codes = (text: string) => parse(text).diagnostics.map((d) => d.code);

describe('bilingual title split', () => {
  it('cuts the middle piece at its only capital', () => {
    expect(splitBilingualTitle('Tribunaux - Délais Rechtbanken - Termijnen ')).toEqual({
      fr: 'Tribunaux - Délais',
      nl: 'Rechtbanken - Termijnen',
    });
  });

  it('chooses among several capitals by language evidence', () => {
    expect(splitBilingualTitle('Gares - Toilettes à Liège Stations - Toiletten in Luik')).toEqual({
      fr: 'Gares - Toilettes à Liège',
      nl: 'Stations - Toiletten in Luik',
    });
  });

  // A Flemish place name after "de" read Dutch enough to win the vote: the
  // name went to the Dutch title, silently (header audit).
  it.each([
    ['Énergie - Centrale de Doel Energie - Kerncentrale van Doel', 'Énergie - Centrale de Doel', 'Energie - Kerncentrale van Doel'],
    ['Justice - Prison de Haren Justitie - Gevangenis van Haren', 'Justice - Prison de Haren', 'Justitie - Gevangenis van Haren'],
    ['Asile - Centre de Steenokkerzeel Asiel - Centrum van Steenokkerzeel', 'Asile - Centre de Steenokkerzeel', 'Asiel - Centrum van Steenokkerzeel'],
    ['Aviation - Aéroport de Zaventem Luchtvaart - Luchthaven van Zaventem', 'Aviation - Aéroport de Zaventem', 'Luchtvaart - Luchthaven van Zaventem'],
  ])('never cuts after a French preposition or article: %s', (line, fr, nl) => {
    expect(splitBilingualTitle(line)).toEqual({ fr, nl });
  });

  it('gives up on an even piece count or an unclear vote', () => {
    expect(splitBilingualTitle('Commission (CPCL)- Avis - Retards Commissie (VCT) - Adviezen - Vertragingen')).toBeNull();
    expect(splitBilingualTitle('Bruxelles Brussel')).toEqual({ fr: 'Bruxelles', nl: 'Brussel' });
    expect(splitBilingualTitle('Police Bruxelles Politie Brussel')).toBeNull();
  });

  it('falls back with a warning: whole line in the record, translation title null', () => {
    const text = bilingual({ title: 'Police Bruxelles Politie Brussel' });
    const r = parse(text).records[0];
    expect(r?.title).toBe('Police Bruxelles Politie Brussel');
    expect(r?.translation?.title).toBeNull();
    expect(codes(text)).toContain('SENQ_BILINGUAL_SPLIT');
  });
});

describe('bilingual record', () => {
  it('puts the original language in the record and the other in translation', () => {
    const text = bilingual();
    const r = parse(text).records[0];
    expect(r?.language).toBe('fr');
    expect(r?.title).toBe('Emploi - Jeunes');
    expect(r?.addressee).toBe("le ministre de l'Emploi");
    expect(r?.translation?.language).toBe('nl');
    expect(r?.translation?.title).toBe('Werk - Jongeren');
    expect(r?.translation?.question?.text).toBe('Hoeveel jongeren zijn werkloos?');
    expect(r?.chronology).toHaveLength(1);
    expect(codes(text)).toEqual([]);
  });

  it('keeps all rows and warns when the chronology halves differ', () => {
    const text = bilingual({ chronology: ['4/3/2010Verzending vraag', '4/3/2010Verzending vraag', '6/5/2010Einde zittingsperiode'] });
    expect(parse(text).records[0]?.chronology).toHaveLength(3);
    expect(codes(text)).toContain('SENQ_CHRONOLOGY_HALVES');
    expect(codes(text)).not.toContain('SENQ_CHRONOLOGY_ORDER');
  });

  it('defaults to the French half, with a warning, when the original language is unknown', () => {
    const text = bilingual({
      heading:
        'Question n° 4-7002 du 4 mars 2010 : (Question posée en allemand) Vraag nr. 4-7002 d.d. 4 maart 2010 : (Vraag gesteld in het Duits)',
    });
    const r = parse(text).records[0];
    expect(r?.language).toBe('fr');
    expect(r?.original_language).toBeNull();
    expect(codes(text)).toEqual(expect.arrayContaining(['SENQ_LANGUAGE_UNKNOWN', 'SENQ_BILINGUAL_SPLIT']));
  });

  it('warns about an answered row without any answer text', () => {
    const text = bilingual({
      chronology: ['4/3/2010Verzending vraag', '9/4/2010Antwoord', '4/3/2010Verzending vraag', '9/4/2010Antwoord'],
    });
    expect(parse(text).records[0]?.status).toBe('answered');
    expect(codes(text)).toContain('SENQ_ANSWER_INCONSISTENT');
  });

  it('reads a combined answer heading with the same one-space split [U]', () => {
    const text = bilingual({
      chronology: ['4/3/2010Verzending vraag', '9/4/2010Antwoord', '4/3/2010Verzending vraag', '9/4/2010Antwoord'],
      body: [
        'Combien de jeunes sont-ils sans emploi ?',
        '',
        ' ',
        '',
        'Hoeveel jongeren zijn werkloos?',
        '',
        'Réponse reçue le 9 avril 2010 : Antwoord ontvangen op 9 april 2010 :',
        '',
        'Environ 40 000.',
        '',
        ' ',
        '',
        'Ongeveer 40 000.',
      ],
    });
    const r = parse(text).records[0];
    expect(r?.answer?.text).toBe('Environ 40 000.');
    expect(r?.answer?.date).toBe('2010-04-09');
    expect(r?.translation?.answer?.text).toBe('Ongeveer 40 000.');
    expect(r?.translation?.question?.text).toBe('Hoeveel jongeren zijn werkloos?');
    // Answers were never seen in bilingual prints: read, and said so.
    expect(codes(text)).toEqual(['SENQ_FORM_UNOBSERVED']);
  });

  it('keeps the whole body in the record, with a warning, when no split can be found', () => {
    const text = bilingual({ body: ['2010 ?', '', '2009 ?'] });
    const r = parse(text).records[0];
    expect(r?.question?.text).toBe('2010 ?\n\n2009 ?');
    expect(r?.translation?.question).toBeNull();
    expect(codes(text)).toContain('SENQ_BILINGUAL_SPLIT');
  });

  it('takes the trimmed one-space line as a blank line and warns', () => {
    const text = bilingual({ body: ['Combien de jeunes sont-ils sans emploi ?', '', '', '', 'Hoeveel jongeren zijn werkloos?'] });
    const r = parse(text).records[0];
    expect(r?.question?.text).toBe('Combien de jeunes sont-ils sans emploi ?');
    expect(r?.translation?.question?.text).toBe('Hoeveel jongeren zijn werkloos?');
    expect(codes(text)).toContain('SENQ_BILINGUAL_SPLIT');
  });

  it('reads both questions first, then both answers under their own headings [U]', () => {
    const text = bilingual({
      chronology: ['4/3/2010Verzending vraag', '9/4/2010Antwoord', '4/3/2010Verzending vraag', '9/4/2010Antwoord'],
      body: [
        'Combien de jeunes sont-ils sans emploi ?',
        '',
        ' ',
        '',
        'Hoeveel jongeren zijn werkloos?',
        '',
        'Réponse reçue le 9 avril 2010 :',
        '',
        'Environ 40 000.',
        '',
        ' ',
        '',
        'Antwoord ontvangen op 9 april 2010 :',
        '',
        'Ongeveer 40 000.',
      ],
    });
    const r = parse(text).records[0];
    expect(r?.question?.text).toBe('Combien de jeunes sont-ils sans emploi ?');
    expect(r?.answer?.text).toBe('Environ 40 000.');
    expect(r?.translation?.question?.text).toBe('Hoeveel jongeren zijn werkloos?');
    expect(r?.translation?.answer?.text).toBe('Ongeveer 40 000.');
    expect(codes(text)).toEqual(['SENQ_FORM_UNOBSERVED']);
  });

  it('gives a lone answer to the language of its heading, and says the other half has none', () => {
    const text = bilingual({
      chronology: ['4/3/2010Verzending vraag', '9/4/2010Antwoord', '4/3/2010Verzending vraag', '9/4/2010Antwoord'],
      body: ['Combien de jeunes sont-ils sans emploi ?', '', ' ', '', 'Hoeveel jongeren zijn werkloos?', '', 'Antwoord ontvangen op 9 april 2010 :', '', 'Ongeveer 40 000.'],
    });
    const r = parse(text).records[0];
    expect(r?.answer).toBeNull();
    expect(r?.translation?.answer?.text).toBe('Ongeveer 40 000.');
    expect(r?.status).toBe('answered');
    expect(codes(text).filter((c) => c === 'SENQ_ANSWER_INCONSISTENT')).toHaveLength(1);
    // Without an answered row, the answer still decides the status.
    const unlisted = text.replace(/9\/4\/2010Antwoord\n/gu, '');
    expect(parse(unlisted).records[0]?.status).toBe('answered');
  });

  it('joins a double heading broken over two lines [U]', () => {
    const text = bilingual({
      heading: 'Question n° 4-7002 du 4 mars 2010 : (Question posée en français)\nVraag nr. 4-7002 d.d. 4 maart 2010 : (Vraag gesteld in het Frans)',
    });
    const r = parse(text).records[0];
    expect(r?.original_language).toBe('fr');
    expect(r?.question?.text).toBe('Combien de jeunes sont-ils sans emploi ?');
    expect(codes(text)).toEqual([]);
  });
});

describe('bilingual date line', () => {
  it('reports a second date that does not parse instead of dropping it', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('../src/index.js');
    const text = readFileSync('fixtures/bilingual-nl-references-side-by-side/input.txt', 'utf8');
    const line = text.split('\n').find((l) => /^\d{1,2} \p{L}+ \d{4} \d{1,2} \p{L}+ \d{4}$/u.test(l));
    expect(line).toBeDefined();
    const broken = text.replace(line as string, (line as string).replace(/ (\d{1,2}) (\p{L}+) (\d{4})$/u, ' $1 brumaire $3'));
    const codes = parse(broken).diagnostics.map((d) => d.code);
    expect(codes).toContain('SENQ_DATE_UNPARSED');
  });
});

/** A page with both questions first, then both answers, the French answer long. */
const QUESTIONS_FIRST = [
  'SÉNAT DE BELGIQUE BELGISCHE SENAAT', '________________', 'Session 2009-2010 Zitting 2009-2010', '________________', '4 mars 2010 4 maart 2010', '________________',
  'Question écrite n° 4-7002 Schriftelijke vraag nr. 4-7002', '', 'de Luc Martens (MR)', '', 'van Luc Martens (MR)', '', "au ministre de l'Emploi", '', 'aan de minister van Werk',
  '________________', 'Emploi - Jeunes Werk - Jongeren ', '________________', 'emploi des jeunes', 'jeugdwerkgelegenheid', '________ ________',
  '4/3/2010Verzending vraag', '9/4/2010Antwoord', '4/3/2010Verzending vraag', '9/4/2010Antwoord', '________ ________',
  'Question n° 4-7002 du 4 mars 2010 : (Question posée en français) Vraag nr. 4-7002 d.d. 4 maart 2010 : (Vraag gesteld in het Frans)', '',
  'Combien de jeunes sont-ils sans emploi ?', '', ' ', '', 'Hoeveel jongeren zijn werkloos?', '',
  'Réponse reçue le 9 avril 2010 :', '', "Environ 40 000 jeunes sont sans emploi selon les chiffres de l'ONEM pour l'année 2009, et la situation ne s'améliore pas.", '', ' ', '',
  'Antwoord ontvangen op 9 april 2010 :', '', 'Ongeveer 40 000.',
].join('\n');

describe('bilingual bodies with stray one-space lines (trailing spaces are [U], §17)', () => {
  const read = (name: string) => readFileSync(`fixtures/${name}/input.txt`, 'utf8').split('\n');
  /** The fixture with line `no` (1-based) replaced by a single space. */
  const spaced = (name: string, ...nos: number[]) => read(name).map((l, i) => (nos.includes(i + 1) ? ' ' : l)).join('\n');
  const splitReports = (text: string) => parse(text).diagnostics.filter((d) => d.code === 'SENQ_BILINGUAL_SPLIT');

  it('a space line inside the French answer: split at the one where the language changes, and said', () => {
    const text = spaced('bilingual-fr-references-stacked-answered', 49);
    const r = parse(text).records[0];
    expect(r?.answer?.items.map((i) => i.label)).toEqual(['1', '2']);
    expect(r?.translation?.question?.text).toMatch(/^Verantwoording/u);
    expect(r?.translation?.question?.items.map((i) => i.label)).toEqual(['1', '2']);
    expect(splitReports(text)).toHaveLength(1);
  });

  it('a space line inside the French question of a per-half page: still read per half', () => {
    const text = spaced('bilingual-fr-references-stacked-answered', 41);
    const r = parse(text).records[0];
    expect(r?.question?.items.map((i) => i.label)).toEqual(['1', '2']);
    expect(r?.answer?.items.map((i) => i.label)).toEqual(['1', '2']);
    expect(r?.translation?.question?.text).toMatch(/^Verantwoording/u);
    expect(splitReports(text)).toHaveLength(1);
  });

  it('every blank line of the bodies a space line: split where the language changes, and said', () => {
    const lines = read('bilingual-nl-references-side-by-side');
    const heading = lines.findIndex((l) => l.startsWith('Question n°'));
    const text = lines.map((l, i) => (i > heading && l === '' ? ' ' : l)).join('\n');
    const r = parse(text).records[0];
    expect(r?.question?.text).toMatch(/^De opvangcentra/u);
    expect(r?.question?.items.map((i) => i.label)).toEqual(['1', '2']);
    expect(r?.translation?.question?.text).toMatch(/^Les centres/u);
    expect(splitReports(text)).toHaveLength(1);
  });

  it('the separator trimmed and one French blank line a space line: split where the language changes, and said', () => {
    const text = spaced('bilingual-nl-space-line-trimmed', 34);
    const r = parse(text).records[0];
    expect(r?.question?.text).toMatch(/^Hoeveel belastingplichtigen/u);
    expect(r?.translation?.question?.text).toMatch(/^Combien de contribuables[^]*indépendants dans ce nombre \?$/u);
    expect(splitReports(text)).toHaveLength(1);
  });

  it('the fixtures as they are: no report where the one space line is clear', () => {
    expect(splitReports(read('bilingual-fr-references-stacked-answered').join('\n'))).toEqual([]);
  });

  it('a stray space line in the French question and the separator trimmed to blank lines: split at the blank run, and said', () => {
    const text = read('bilingual-fr-references-stacked-answered')
      .map((l, i) => (i + 1 === 41 ? ' ' : i + 1 === 52 ? '' : l))
      .join('\n');
    const r = parse(text).records[0];
    expect(r?.question?.items.map((i) => i.label)).toEqual(['1', '2']);
    expect(r?.translation?.question?.text).toMatch(/^Verantwoording/u);
    expect(splitReports(text)).toHaveLength(1);
  });

  it.each([
    ['a Dutch first paragraph quoting a French name', 'De opvangcentra', "Betreft « la Fédération des centres d'accueil pour demandeurs d'asile ».\n\nDe opvangcentra"],
    ['a French last paragraph naming Dutch institutions', 'en 2009 ?\n', 'en 2009 ?\n\n3) Quid du Vlaamse Vluchtelingenwerk en het Rode Kruis Vlaanderen ?\n'],
  ])('one clear separator beside %s: the same split as before, without a report', (_, from, to) => {
    const page = read('bilingual-nl-references-side-by-side').join('\n');
    const text = page.replace(from, to);
    expect(text).not.toBe(page);
    const r = parse(text).records[0];
    expect(r?.question?.text).toMatch(/De opvangcentra/u);
    expect(r?.question?.text).not.toMatch(/Les centres|Vluchtelingenwerk/u);
    expect(splitReports(text)).toEqual([]);
  });

  it('an extra blank line in the French answer does not overrule the one-space line', () => {
    const page = read('bilingual-fr-references-stacked-answered');
    const text = [...page.slice(0, 51), '', "Voir aussi l'annexe : « Toegankelijkheid van de stations in Wallonië ».", '', ...page.slice(51)].join('\n');
    const r = parse(text).records[0];
    expect(r?.answer?.text).toMatch(/Voir aussi l'annexe/u);
    expect(r?.translation?.question?.text).toMatch(/^Verantwoording/u);
  });

  it('both questions first, with a French answer longer than the Dutch question: still read that way', () => {
    const page = QUESTIONS_FIRST;
    const r = parse(page).records[0];
    expect(r?.question?.text).toBe('Combien de jeunes sont-ils sans emploi ?');
    expect(r?.translation?.question?.text).toBe('Hoeveel jongeren zijn werkloos?');
    expect(r?.answer?.text).toMatch(/^Environ 40 000 jeunes/u);
    expect(r?.translation?.answer?.text).toBe('Ongeveer 40 000.');
    expect(splitReports(page)).toEqual([]);
  });

  it('both questions first, a French question line shaped like a heading without its colon: still read that way', () => {
    const page = QUESTIONS_FIRST.replace('Combien de jeunes sont-ils sans emploi ?', 'Combien de jeunes sont-ils sans emploi ?\n\nRéponse reçue le 12 janvier 2010');
    const r = parse(page).records[0];
    expect(r?.question?.text).toMatch(/Réponse reçue le 12 janvier 2010$/u);
    expect(r?.answer?.text).toMatch(/^Environ 40 000 jeunes/u);
    expect(r?.translation?.question?.text).toBe('Hoeveel jongeren zijn werkloos?');
  });

  it('both questions first, the Dutch one quoting French: still read that way', () => {
    const quote = "« Les jeunes ne sont pas assez formés pour le marché de l'emploi et les entreprises ne les engagent pas »";
    const page = QUESTIONS_FIRST.replace('Combien de jeunes sont-ils sans emploi ?', `Que pense le ministre de la déclaration ${quote} du ministre wallon ?`).replace(
      'Hoeveel jongeren zijn werkloos?',
      `Wat denkt de minister van de verklaring ${quote} van de Waalse minister?`,
    );
    const r = parse(page).records[0];
    expect(r?.question?.text).toMatch(/^Que pense/u);
    expect(r?.translation?.question?.text).toMatch(/^Wat denkt/u);
    expect(r?.translation?.answer?.text).toBe('Ongeveer 40 000.');
  });
});

describe('bilingual dates: the other language is checked too (§8.6, §15)', () => {
  const read = (name: string) => readFileSync(`fixtures/${name}/input.txt`, 'utf8');
  const reports = (text: string, code: string) => parse(text).diagnostics.filter((d) => d.code === code);
  const STACKED = read('bilingual-fr-references-stacked-answered');
  const SIDE = read('bilingual-nl-references-side-by-side');

  it('the fixtures as they are: no date report', () => {
    expect(reports(STACKED, 'SENQ_DATE_MISMATCH')).toEqual([]);
    expect(reports(STACKED, 'SENQ_ANSWER_INCONSISTENT')).toEqual([]);
    expect(reports(SIDE, 'SENQ_DATE_MISMATCH')).toEqual([]);
  });

  it("a translation's question heading dated otherwise than the sending", () => {
    expect(reports(STACKED.replace('d.d. 3 maart 2015', 'd.d. 4 maart 2015'), 'SENQ_DATE_MISMATCH')).toHaveLength(1);
    expect(reports(SIDE.replace('du 9 octobre 2008', 'du 10 octobre 2008'), 'SENQ_DATE_MISMATCH')).toHaveLength(1);
  });

  it('a date line whose two dates both differ from the sending: one report, not two', () => {
    const text = STACKED.replace('3 mars 2015 3 maart 2015', '4 mars 2015 4 maart 2015');
    expect(reports(text, 'SENQ_DATE_MISMATCH').map((d) => d.line)).toEqual([5]);
  });

  it('both question headings with the same wrong date: one report on their line', () => {
    const text = STACKED.replace('du 3 mars 2015', 'du 4 mars 2015').replace('d.d. 3 maart 2015', 'd.d. 4 maart 2015');
    expect(reports(text, 'SENQ_DATE_MISMATCH')).toHaveLength(1);
  });

  it('two chronology copies that differ in the sending row: one report (the halves), not two', () => {
    const lines = STACKED.split('\n');
    const text = lines.map((l, i) => (i + 1 === 29 ? '4/3/2015 Verzending vraag' : l)).join('\n');
    const codes = parse(text).diagnostics.map((d) => d.code);
    expect(codes).toContain('SENQ_CHRONOLOGY_HALVES');
    expect(codes).not.toContain('SENQ_DATE_MISMATCH');
  });

  it('a copy holding two answer rows of its own keeps that report when the copies differ', () => {
    const lines = STACKED.split('\n');
    const text = [...lines.slice(0, 28), '27/5/2015 Antwoord', ...lines.slice(28)].join('\n');
    const codes = parse(text).diagnostics.map((d) => d.code);
    expect(codes).toContain('SENQ_CHRONOLOGY_HALVES');
    expect(codes).toContain('SENQ_ANSWER_INCONSISTENT');
  });

  it('a dateless answer heading: said, and the answer takes the answered row\'s date', () => {
    const text = STACKED.replace('Antwoord ontvangen op 20 mei 2015 :', 'Antwoord ontvangen op :');
    const r = parse(text);
    expect(r.records[0]?.translation?.answer?.date).toBe('2015-05-20');
    expect(r.diagnostics.filter((d) => d.code === 'SENQ_FORM_UNOBSERVED').map((d) => d.line)).toContain(60);
  });

  it("a translation's answer heading dated otherwise than the answered row", () => {
    const text = STACKED.replace('Antwoord ontvangen op 20 mei 2015', 'Antwoord ontvangen op 21 mei 2015');
    expect(reports(text, 'SENQ_ANSWER_INCONSISTENT')).toHaveLength(1);
  });
});

// The halves' original-language tags disagreeing was resolved in silence (header audit).
describe('original-language tags that disagree', () => {
  it('follows the French heading and says so', () => {
    const text = readFileSync('fixtures/bilingual-nl-references-side-by-side/input.txt', 'utf8');
    const off = text.replace('(Vraag gesteld in het Nederlands)', '(Vraag gesteld in het Frans)');
    expect(off).not.toBe(text);
    const r = parse(off);
    expect(r.records[0]?.original_language).toBe('nl');
    const split = (t: string) => parse(t).diagnostics.filter((d) => d.code === 'SENQ_BILINGUAL_SPLIT').length;
    expect(split(off)).toBe(split(text) + 1);
  });
});

