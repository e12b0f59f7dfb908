// Old bulletins (FORMAT §6): question boundaries, minister headings, numbers
// and inline answers. Assertions are on codes, never messages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { splitBulletinTitle } from '../src/parse/bulletin-lines.js';

const HEAD = ['Vragen en Antwoorden', '', 'BELGISCHE SENAAT', '', '', 'Bulletin 3-50', '', 'ZITTING 2004-2005', ''];

const codesOf = (text: string) => parse(text).diagnostics.map((d) => d.code);

describe('bulletin titles', () => {
  it('split on ". — ", on a full stop and two spaces, and not at all', () => {
    expect(splitBulletinTitle('Gevangenissen. — Bibliotheken.')).toEqual(['Gevangenissen', 'Bibliotheken']);
    expect(splitBulletinTitle('Titres-services.  Contrôle.  Fraude.')).toEqual(['Titres-services', 'Contrôle', 'Fraude']);
    expect(splitBulletinTitle('Fietspaden langs gewestwegen.')).toEqual(['Fietspaden langs gewestwegen']);
    // One space after a full stop is an abbreviation, not a separator.
    expect(splitBulletinTitle('N.M.B.S. Stations.')).toEqual(['N.M.B.S. Stations']);
  });
});

describe('bulletin questions', () => {
  it('gives a question without a minister heading a null addressee and a warning', () => {
    const text = [...HEAD, 'Vraag nr. 3-2001 van mevrouw Janssens d.d. 3 mei 2005 (N.) :', 'Havens.', '', 'Hoeveel schepen?'].join('\n');
    const r = parse(text);
    expect(r.records[0]?.addressee).toBeNull();
    expect(r.records[0]?.author).toEqual({ name: 'Janssens', party: null });
    expect(r.diagnostics.map((d) => d.code)).toContain('SENQ_ADDRESSEE_UNKNOWN');
  });

  it('keeps a printed prefix that disagrees with the bulletin number, with a warning', () => {
    const text = [...HEAD, 'Minister van Justitie', '', 'Vraag nr. 2-990 van de heer Maes d.d. 3 mei 2005 (N.) :', 'Havens.', '', 'Hoeveel?'].join('\n');
    expect(parse(text).records[0]?.id).toBe('2-990');
    expect(codesOf(text)).toContain('SENQ_NUMBER_MISMATCH');
  });

  it('cannot build an id from a bare number without a bulletin number', () => {
    const text = ['Questions et Réponses', '', 'Ministre des Finances', '', 'Question nº 77 de Mme Dubois du 3 mai 2001 (Fr.) :', 'Impôts.', '', 'Combien ?'].join('\n');
    const r = parse(text);
    expect(r.records[0]?.id).toBeNull();
    expect(r.records[0]?.author.name).toBe('Dubois');
    expect(r.diagnostics.map((d) => d.code)).toContain('SENQ_NO_NUMBER');
  });

  it('reads an inline Dutch "Antwoord :" answer [U]', () => {
    const text = [...HEAD, 'Minister van Justitie', '', 'Vraag nr. 3-2001 van mevrouw Janssens d.d. 3 mei 2005 (N.) :', 'Havens.', '', 'Hoeveel schepen?', '', 'Antwoord : Er waren er 312.'].join('\n');
    const r = parse(text).records[0];
    expect(r?.status).toBe('answered');
    expect(r?.answer).toEqual({ date: null, text: 'Er waren er 312.', items: [] });
    expect(r?.date_answered).toBeNull();
  });

  /** A page of two questions, the first under Minister van Justitie, with `between` after the first title. */
  const twoQuestions = (between: string[]) =>
    [
      ...HEAD,
      'Minister van Justitie',
      '',
      'Vraag nr. 3-2001 van mevrouw Janssens d.d. 3 mei 2005 (N.) :',
      'Havens.',
      ...between,
      'Vraag nr. 3-2002 van de heer Maes d.d. 4 mei 2005 (N.) :',
      'Douane.',
      '',
      'Hoeveel douaniers?',
    ].join('\n');

  it('does not take a one-line answer paragraph for a minister heading', () => {
    const text = twoQuestions(['', 'Antwoord : Zie hieronder.', '', 'Minister van Financiën antwoordt hierop later.', '']);
    const records = parse(text).records;
    expect(records.map((r) => r.addressee)).toEqual(['Minister van Justitie', 'Minister van Justitie']);
    expect(records[0]?.answer?.text).toBe('Zie hieronder.\n\nMinister van Financiën antwoordt hierop later.');
  });

  it('finds an inline answer and a minister heading whose blank line before was lost, after a finished sentence', () => {
    const text = twoQuestions(['Hoeveel schepen?', 'Antwoord : Er waren er 312.', 'Minister van Financiën', '']);
    const records = parse(text).records;
    expect(records.map((r) => r.status)).toEqual(['answered', 'pending']);
    expect(records[0]?.answer?.text).toBe('Er waren er 312.');
    expect(records.map((r) => r.addressee)).toEqual(['Minister van Justitie', 'Minister van Financiën']);
  });

  // Blank lines lost after a question ending in a closing quote, a bracket or
  // a list entry: the answer went into the question and the next minister's
  // heading into the answer, in silence (body audit).
  it.each([
    ['a closing guillemet', 'Hoeveel schepen? »'],
    ['a list entry', '2. in de winter;'],
    ['a bracket', 'Hoeveel schepen (per jaar)'],
  ])('finds an inline answer and a minister heading after %s where the blank lines were lost', (_, last) => {
    const text = twoQuestions([last, 'Antwoord : Er waren er 312 (zie bijlage)', 'Minister van Financiën', '']);
    const records = parse(text).records;
    expect(records.map((r) => r.status)).toEqual(['answered', 'pending']);
    expect(records[0]?.answer?.text).toBe('Er waren er 312 (zie bijlage)');
    expect(records.map((r) => r.addressee)).toEqual(['Minister van Justitie', 'Minister van Financiën']);
  });

  it('takes every line as a paragraph on a page with no blank line at all (§13.1)', () => {
    const text = [...HEAD, 'Minister van Justitie', 'Vraag nr. 3-2001 van mevrouw Janssens d.d. 3 mei 2005 (N.) :', 'Havens.', 'Hoeveel schepen in 2004', 'Antwoord : Er waren er 312', 'Minister van Financiën', 'Vraag nr. 3-2002 van de heer Maes d.d. 4 mei 2005 (N.) :', 'Douane.', 'Hoeveel douaniers?', ''].join('\n');
    const records = parse(text).records;
    expect(records[0]?.answer?.text).toBe('Er waren er 312');
    expect(records.map((r) => r.addressee)).toEqual(['Minister van Justitie', 'Minister van Financiën']);
  });

  it('knows the feminine and unaccented office words', () => {
    for (const office of [
      'Vice-première ministre et ministre de la Justice',
      "Secrétaire d'Etat à la Mobilité",
      'Première ministre',
      "SECRETAIRE D'ETAT AU BUDGET",
      'Vice-premiere ministre et ministre de la Justice',
      'Regeringscommissaris, toegevoegd aan de minister van Financiën',
    ]) {
      const records = parse(twoQuestions(['', 'Hoeveel schepen?', '', office, ''])).records;
      expect(records.map((r) => r.addressee)).toEqual(['Minister van Justitie', office]);
    }
  });

  it('reads a minister heading wrapped over two lines as one, and says the form was never observed', () => {
    const text = twoQuestions(['', 'Hoeveel schepen?', '', 'Vice-eerste minister en minister van Financiën en', 'Institutionele Hervormingen', '']);
    const r = parse(text);
    expect(r.records.map((x) => x.addressee)).toEqual(['Minister van Justitie', 'Vice-eerste minister en minister van Financiën en Institutionele Hervormingen']);
    expect(r.records[0]?.question?.text).toBe('Hoeveel schepen?');
    expect(r.diagnostics.filter((d) => d.code === 'SENQ_FORM_UNOBSERVED').map((d) => d.line)).toEqual([text.split('\n').indexOf('Institutionele Hervormingen')]);
    // A line with an office word of its own is no continuation.
    const stacked = parse(twoQuestions(['', 'Hoeveel schepen?', '', 'Minister van Justitie', 'Minister van Financiën', '']));
    expect(stacked.records[1]?.addressee).not.toBe('Minister van Justitie Minister van Financiën');
    // A last paragraph that only starts like an office and ends a sentence is text.
    const prose = parse(twoQuestions(['', 'Hoeveel schepen?', '', 'Minister Peeters antwoordde dat het aantal', 'sindsdien gestegen is.', '']));
    expect(prose.records.map((x) => x.addressee)).toEqual(['Minister van Justitie', 'Minister van Justitie']);
    expect(prose.records[0]?.question?.text).toContain('sindsdien gestegen is.');
  });

  it('reports a heading-shaped line with no known office word, and keeps it as text', () => {
    const text = twoQuestions(['', 'Hoeveel schepen?', '', 'Hoge Commissaris voor de Havens', '']);
    const r = parse(text);
    expect(r.records.map((x) => x.addressee)).toEqual(['Minister van Justitie', 'Minister van Justitie']);
    expect(r.records[0]?.question?.text).toContain('Hoge Commissaris voor de Havens');
    const doubt = r.diagnostics.filter((d) => d.code === 'SENQ_HEADING_DOUBT');
    expect(doubt.map((d) => d.line)).toEqual([text.split('\n').indexOf('Hoge Commissaris voor de Havens') + 1]);
    // A finished sentence, a short last line ("Bijlage", "Tabel 1") and a title are never in doubt.
    for (const between of [['', 'Hoeveel schepen zijn er?', ''], ['', 'Zie tabel.', '', 'Tabel 1', ''], ['', 'Bijlage', '']]) {
      expect(codesOf(twoQuestions(between))).not.toContain('SENQ_HEADING_DOUBT');
    }
    const untitled = [...HEAD, 'Minister van Justitie', '', 'Vraag nr. 3-2001 van mevrouw Janssens d.d. 3 mei 2005 (N.) :', 'Gevangenissen — Bibliotheken', '', 'Vraag nr. 3-2002 van de heer Maes d.d. 4 mei 2005 (N.) :', 'Douane.', '', 'Hoeveel?'];
    expect(codesOf(untitled.join('\n'))).not.toContain('SENQ_HEADING_DOUBT');
  });

  it('reports an unknown section heading between questions, kept as text of the question before', () => {
    const text = twoQuestions(['', 'Hoeveel schepen?', '', 'Vragen van de Senatoren en antwoorden van de Ministers', '', 'Minister van Financiën', '']);
    const r = parse(text);
    expect(r.records.map((x) => x.addressee)).toEqual(['Minister van Justitie', 'Minister van Financiën']);
    const doubt = r.diagnostics.filter((d) => d.code === 'SENQ_HEADING_DOUBT');
    expect(doubt.map((d) => d.line)).toEqual([text.split('\n').indexOf('Vragen van de Senatoren en antwoorden van de Ministers') + 1]);
  });

  it('ends a question at a section heading', () => {
    const text = [
      ...HEAD,
      'Minister van Justitie',
      '',
      'Vraag nr. 3-2001 van mevrouw Janssens d.d. 3 mei 2005 (N.) :',
      'Havens.',
      '',
      'Hoeveel schepen?',
      '',
      'Vragen waarop niet werd geantwoord binnen de tijd bepaald door het reglement (Art. 70 van het reglement van de Senaat)',
    ].join('\n');
    const r = parse(text);
    expect(r.records[0]?.question?.text).toBe('Hoeveel schepen?');
    expect(r.diagnostics.map((d) => d.code)).not.toContain('SENQ_UNCLAIMED_TEXT');
  });

  it('reports the status as coming from answer presence only', () => {
    const text = [...HEAD, 'Minister van Justitie', '', 'Vraag nr. 3-2001 van mevrouw Janssens d.d. 3 mei 2005 (N.) :', 'Havens.', '', 'Hoeveel?'].join('\n');
    const r = parse(text);
    expect(r.records[0]?.status).toBe('pending');
    expect(r.records[0]?.diagnostics.map((d) => d.code)).toEqual(['SENQ_STATUS_PRESENCE']);
  });
});

describe('the bulletin legend', () => {
  const page = (legend: string) =>
    [...HEAD, legend, '', '', 'Minister van Justitie', '', 'Vraag nr. 3-2001 van mevrouw Janssens d.d. 3 mei 2005 (N.) :', 'Havens.', '', 'Hoeveel schepen?'].join('\n');
  const legendLine = HEAD.length + 1;

  it.each([
    "(N.): Vraag gesteld in het Nederlands - (Fr.): Vraag gesteld in het Frans",
    "(N.): Vraag gesteld in 't Nederlands - (Fr.): Vraag gesteld in 't Frans",
    '(Fr.): Question posée en français - (N.): Question posée en néerlandais',
  ])('is furniture in each printed form: %s', (legend) => {
    const r = parse(page(legend));
    expect(r.records.map((x) => x.id)).toEqual(['3-2001']);
    expect(r.diagnostics.filter((d) => d.line === legendLine)).toEqual([]);
  });

  it('is not taken whole when text is glued to it: the line stays visible as unclaimed', () => {
    const r = parse(page("(N.): Vraag gesteld in 't Nederlands - (Fr.): Vraag gesteld in 't Frans militaire basis"));
    expect(r.diagnostics.filter((d) => d.line === legendLine).map((d) => d.code)).toEqual(['SENQ_UNCLAIMED_TEXT']);
  });
});

// A heading slightly off (no tag, no colon, a numeric date, a wrap) made
// its question part of the one before, in silence (header audit).
describe('question headings slightly off', () => {
  const text = readFileSync('fixtures/bulletin-nl-three-questions-two-ministers/input.txt', 'utf8');
  const heading = 'Vraag nr. 3-3902 van de heer Dupont d.d. 21 november 2005 (Fr.) :';
  const ids = (t: string) => parse(t).records.map((r) => r.id);

  it.each([
    ['no language tag', heading.replace(' (Fr.)', '')],
    ['no final colon', heading.replace(' :', '')],
    ['a numeric date', heading.replace('21 november 2005', '21/11/2005')],
  ])('reads a heading with %s as the heading, and says so', (_, off) => {
    expect(text).toContain(heading);
    const r = parse(text.replace(heading, off));
    expect(r.records.map((x) => x.id)).toEqual(ids(text));
    expect(r.records[1]?.date_asked).toBe('2005-11-21');
    expect(r.diagnostics.filter((d) => d.code === 'SENQ_FORM_UNOBSERVED').map((d) => d.line)).toEqual([24]);
  });

  // Three honorific lists disagreed: "Mlle." stayed in the name, "Madame" was neither taken nor said (review).
  it.each([
    ['de heer', 'Dupont', false],
    ['Mlle.', 'Dupont', true],
    ['Madame', 'Dupont', true],
    // A particle before the name (review of the unified list: it wanted a capital).
    ['de heer', 'de Donnea', false],
    ['mevrouw', 'van den Berg', false],
  ])('takes the honorific "%s" out of the name %s (reported if never observed: %s)', (honorific, name, reported) => {
    const r = parse(text.replace('van de heer Dupont', `van ${honorific} ${name}`));
    expect(r.records[1]?.author.name).toBe(name);
    expect(r.diagnostics.some((d) => d.code === 'SENQ_FORM_UNOBSERVED' && d.line === 24)).toBe(reported);
  });

  // The lenient form matched a sentence of an answer and cut it into a phantom record (review).
  it('takes a line naming a question without a title under it for text: doubted if heading-shaped, not if a sentence', () => {
    const plain = parse(text);
    const withLine = (line: string) => parse(text.replace('Financiering.\n\n', `Financiering.\n\nZie:\n\n${line}\n\n`));
    const shaped = withLine('Vraag nr. 3-3500 van mevrouw Wouters d.d. 3 oktober 2005');
    const sentence = withLine('Vraag nr. 3-3500 van mevrouw Wouters kreeg hetzelfde antwoord.');
    for (const r of [shaped, sentence]) expect(r.records.map((x) => x.id)).toEqual(plain.records.map((x) => x.id));
    expect(shaped.diagnostics.filter((d) => d.code === 'SENQ_HEADING_DOUBT')).toHaveLength(1);
    expect(shaped.diagnostics.map((d) => d.code)).not.toContain('SENQ_FORM_UNOBSERVED');
    expect(sentence.diagnostics.map((d) => d.code)).not.toContain('SENQ_HEADING_DOUBT');
  });

  it('reports a line that starts like a heading but reads as none (a wrapped heading)', () => {
    const r = parse(text.replace(heading, heading.replace(' d.d.', '\nd.d.')));
    expect(r.records).toHaveLength(2);
    expect(r.diagnostics.filter((d) => d.code === 'SENQ_HEADING_DOUBT').map((d) => d.line)).toEqual([24]);
  });
});

