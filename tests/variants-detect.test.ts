// Variant recognition and converter residue (FORMAT §2, §7.1): rules the
// fixtures do not pin down. Assertions are on codes, never on messages.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';

const codes = (text: string) => parse(text).diagnostics.map((d) => d.code);

const PRINT_BODY = [
  'SENAAT Schriftelijke vraag nr. 4-5210',
  '',
  'de Wim De Smedt (CD&V)',
  '',
  'aan de minister van Klimaat en Energie',
  '________',
  'Energiepremies - Dakisolatie',
  '________',
  'energiebesparing',
  '________',
  '18/11/2009Verzending vraag',
  '________',
  '________',
  'SENAAT Schriftelijke vraag nr. 4-5210 d.d. 18 november 2009 : (Vraag gesteld in het Nederlands)',
  '',
  'Hoeveel premies werden uitbetaald?',
];

const SEED_PAGE = readFileSync('fixtures/seed-screen-nl-answered/input.txt', 'utf8');
const DASH_PAGE = readFileSync('fixtures/screen-nl-pending-dash-bullets/input.txt', 'utf8');

describe('detection', () => {
  it('reads a print whose masthead was not copied, and says the evidence is weak', () => {
    const r = parse(PRINT_BODY.join('\n'));
    expect(r.records[0]?.variant).toBe('print');
    expect(r.records[0]?.id).toBe('4-5210');
    expect(r.records[0]?.author.name).toBe('Wim De Smedt');
    expect(r.diagnostics.map((d) => d.code)).toContain('SENQ_VARIANT_WEAK');
  });

  it('does not flag a print that has both masthead and number line', () => {
    expect(codes(['BELGISCHE SENAAT', '________', ...PRINT_BODY].join('\n'))).not.toContain('SENQ_VARIANT_WEAK');
  });

  it('takes a NL bulletin with the print masthead for a bulletin, not a print', () => {
    const text = [
      'Vragen en Antwoorden',
      '',
      'BELGISCHE SENAAT',
      '',
      'Bulletin 3-12',
      '',
      'Minister van Financiën',
      '',
      'Vraag nr. 3-101 van de heer Peeters d.d. 2 maart 2004 (N.) :',
      'Belastingen.',
      '',
      'Hoeveel?',
    ].join('\n');
    expect(parse(text).records[0]?.variant).toBe('bulletin');
  });

  it('refuses random text with an error and no record', () => {
    const r = parse('Boodschappenlijst\n\nmelk\nbrood\n12 eieren\n');
    expect(r.records).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['SENQ_NOT_A_QUESTION']);
  });

  it('refuses notes with a line that starts with a date but names no chronology event', () => {
    const r = parse('Boodschappenlijst\n12/3/2019 melk kopen\nbrood\n');
    expect(r.records).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['SENQ_NOT_A_QUESTION']);
  });

  it('refuses a bulletin copy with the legend but no question heading', () => {
    const text = [
      'Questions et Réponses',
      '',
      'Bulletin 2-30',
      '',
      '(Fr.): Question posée en français - (N.): Question posée en néerlandais',
    ].join('\n');
    const r = parse(text);
    expect(r.records).toEqual([]);
    expect(r.diagnostics.some((d) => d.code === 'SENQ_NOT_A_QUESTION' && d.severity === 'error')).toBe(true);
  });
});

describe('a screen page whose question heading was lost', () => {
  it('keeps a body paragraph that starts with a date out of the chronology', () => {
    const seed = SEED_PAGE;
    const text = seed.replace(/^Vraag nr\. 5-8905 d\.d\. 30 april 2013 : \(Vraag gesteld in het Nederlands\)\n/mu, '').replace(/^Bedrijven en overheden/mu, '1/3/2012 trad de wet in werking. Bedrijven en overheden');
    expect(text).not.toBe(seed);
    const record = parse(text).records[0];
    expect(record?.chronology.map((c) => c.event)).toEqual(['sent', 'answered']);
    expect(record?.question?.text.startsWith('1/3/2012 trad de wet in werking.')).toBe(true);
  });
});

describe('converter residue', () => {
  it('keeps line numbers: diagnostics point at the input lines as read', () => {
    const text = [
      'SÉNAT DE BELGIQUE | ||||||||',
      '________ | ||||||||',
      'SÉNAT Question écrite n° 4-2999 | ||||||||',
      'de Sophie Lambert (Ecolo) |',
      '||||||||',
      'à la ministre de l\'Intérieur |',
      '________ | ||||||||',
      'Police - Caméras | ||||||||',
      '________ | ||||||||',
      'police |',
      '________ | ||||||||',
      '3/3/2009 | Envoi question |',
      '31/2/2009 | Rappel |',
      '________ | ||||||||',
      '________ | ||||||||',
      'SÉNAT Question écrite n° 4-2999 du 3 mars 2009 : (Question posée en français) | ||||||||',
      'Combien de caméras ? |',
    ].join('\n');
    const r = parse(text);
    const record = r.records[0];
    expect(record?.variant).toBe('print');
    expect(record?.chronology.map((c) => c.label)).toEqual(['Envoi question', 'Rappel']);
    const unparsed = r.diagnostics.find((d) => d.code === 'SENQ_DATE_UNPARSED');
    expect(unparsed?.line).toBe(13);
    expect(unparsed?.column).toBe(1);
    expect(r.diagnostics.find((d) => d.code === 'SENQ_CONVERTER_RESIDUE')?.line).toBe(1);
    expect(record?.question?.text).toBe('Combien de caméras ?');
  });

  it('leaves a clean page with a pipe table in its answer alone', () => {
    const text = [
      'Schriftelijke vraag nr. 5-100',
      '',
      'van An Peeters (N-VA) d.d. 1 maart 2012',
      '',
      'aan de minister van Justitie',
      '',
      'Gevangenissen',
      '',
      'gevangenis',
      '',
      'Chronologie',
      '',
      '1/3/2012Verzending vraag',
      '2/4/2012Antwoord',
      '',
      'Vraag nr. 5-100 d.d. 1 maart 2012 : (Vraag gesteld in het Nederlands)',
      '',
      'Hoeveel?',
      '',
      'Antwoord ontvangen op 2 april 2012 :',
      '',
      '| Jaar | Aantal |',
      '| 2011 | 12 |',
    ].join('\n');
    const r = parse(text);
    expect(r.diagnostics.map((d) => d.code)).not.toContain('SENQ_CONVERTER_RESIDUE');
    expect(r.diagnostics.map((d) => d.code)).toContain('SENQ_ANSWER_TABLE');
    expect(r.records[0]?.answer?.text).toContain('| 2011 | 12 |');
  });

  it('sees a two-column table with one pipe or one tab per row', () => {
    for (const rows of [['Jaar | Aantal', '2011 | 12', '2012 | 15'], ['Jaar\tAantal', '2011\t12']]) {
      const text = SEED_PAGE.replace('Antwoord ontvangen op 18 oktober 2013 :\n', `Antwoord ontvangen op 18 oktober 2013 :\n\n${rows.join('\n')}\n`);
      expect(text).not.toBe(SEED_PAGE);
      expect(codes(text), rows[0]).toContain('SENQ_ANSWER_TABLE');
    }
    // Each row is a paragraph of its own: joined, the rows ran together (body audit).
    const pipes = parse(SEED_PAGE.replace('Antwoord ontvangen op 18 oktober 2013 :\n', 'Antwoord ontvangen op 18 oktober 2013 :\n\nJaar | Aantal\n2011 | 12\n2012 | 15\n'));
    expect(pipes.records[0]?.answer?.text).toMatch(/^Jaar \| Aantal\n\n2011 \| 12\n\n2012 \| 15\n\n/u);
    const tabs = parse(SEED_PAGE.replace('Antwoord ontvangen op 18 oktober 2013 :\n', 'Antwoord ontvangen op 18 oktober 2013 :\n\nJaar\tAantal\n2011\t12\n'));
    expect(tabs.records[0]?.answer?.text).toMatch(/^Jaar Aantal\n\n2011 12\n\n/u);
    // Lines indented with tabs are no table rows: a wrapped line stays in its paragraph.
    const indented = parse(SEED_PAGE.replace('Antwoord ontvangen op 18 oktober 2013 :\n', 'Antwoord ontvangen op 18 oktober 2013 :\n\nDit is een antwoord\n\t\top de volgende vragen.\n'));
    expect(indented.records[0]?.answer?.text).toMatch(/^Dit is een antwoord op de volgende vragen\.\n\n/u);
    // A list with a tab after each label is no table either.
    const list = SEED_PAGE.replace('Antwoord ontvangen op 18 oktober 2013 :\n', 'Antwoord ontvangen op 18 oktober 2013 :\n\n1.\tEerste punt.\n2.\tTweede punt.\n');
    expect(codes(list)).not.toContain('SENQ_ANSWER_TABLE');
    // One line with a pipe is no table.
    expect(codes(SEED_PAGE.replace('Antwoord ontvangen op 18 oktober 2013 :\n', 'Antwoord ontvangen op 18 oktober 2013 :\n\nA | B\n'))).not.toContain('SENQ_ANSWER_TABLE');
  });
});

describe('a screen page that quotes an old bulletin heading', () => {
  it('stays a screen page', () => {
    const page = DASH_PAGE;
    const quoted = page.replace(/^(Vraag nr\. 7-10412 .*)$/mu, '$1\n\nVraag nr. 3-4410 van mevrouw Claes d.d. 12 januari 2006 (N.) :');
    expect(quoted).not.toBe(page);
    const r = parse(quoted);
    expect(r.records.map((x) => [x.id, x.variant])).toEqual([['7-10412', 'screen']]);
  });
});

// A short screen page whose question says "Vragen en antwoorden" or
// "BELGISCHE SENAAT" was read as a bulletin (no record) or a print (header
// audit): furniture stands above the number line it belongs with.
describe('a screen page whose text holds a masthead or bulletin line', () => {
  const SHORT = [
    'Tweetalige printerversie Eentalige printerversie',
    '',
    'Schriftelijke vraag nr. 7-10412',
    '',
    'van Jan De Smet (N-VA) d.d. 5 september 2023',
    '',
    'aan de eerste minister',
    '',
    'Asielbeleid - Opvangcapaciteit',
    '',
    'asielrecht',
    '',
    'Chronologie',
    '',
    '5/9/2023Verzending vraag (Einde van de antwoordtermijn: 5/10/2023)',
    '',
    'Vraag nr. 7-10412 d.d. 5 september 2023 : (Vraag gesteld in het Nederlands)',
    '',
    'Fedasil publiceerde hierover een pagina:',
    '',
    'LINE',
    '',
    'Hoeveel plaatsen waren er op 1 september?',
    '',
  ].join('\n');
  it.each(['Vragen en antwoorden', 'Bulletin 3-64', 'BELGISCHE SENAAT'])('stays a screen page with "%s" in its question', (line) => {
    const r = parse(SHORT.replace('LINE', line));
    expect(r.records.map((x) => [x.id, x.variant, x.title])).toEqual([['7-10412', 'screen', 'Asielbeleid - Opvangcapaciteit']]);
    expect(r.records[0]?.question?.text).toContain(line);
  });
});

describe('several screen pages in one file', () => {
  const PAGE = DASH_PAGE.trimEnd();

  it('gives one record per page, each as its own file would', () => {
    const one = parse(PAGE).records[0];
    const records = parse(`${PAGE}\n\n${PAGE.replace(/7-10412/gu, '7-10413')}\n`).records;
    expect(records.map((r) => r.id)).toEqual(['7-10412', '7-10413']);
    expect(records[1]?.question).toEqual(one?.question);
    expect(records[0]?.question).toEqual(one?.question);
  });

  it('reads a file of thousands of pages page by page, without running out of stack', () => {
    const pages = Array.from({ length: 20_000 }, (_, i) => `Schriftelijke vraag nr. 5-${i + 1}\nvan Jan Peeters (N-VA) d.d. 3 mei 2013\nChronologie\n`).join('');
    const r = parse(pages);
    expect(r.diagnostics.map((d) => d.code)).not.toContain('SENQ_INTERNAL');
    expect(r.records).toHaveLength(20_000);
    expect(r.records.at(-1)?.id).toBe('5-20000');
  });

  it('does not split at a quoted number line, even with a dated author line under it: no chronology follows', () => {
    const quote = 'Zie mijn antwoord op:\n\nSchriftelijke vraag nr. 7-99\n\nvan Jan Peeters (N-VA) d.d. 3 mei 2021\n\nDat antwoord blijft geldig.';
    const r = parse(PAGE.replace('Ik dank u voor uw antwoord.', quote));
    expect(r.records).toHaveLength(1);
    expect(r.records[0]?.question?.text).toContain('van Jan Peeters (N-VA) d.d. 3 mei 2021');
  });

  it('does not split at a number line quoted in a body: no author line follows it', () => {
    const quoted = PAGE.replace('Ik dank u voor uw antwoord.', 'Zie ook:\n\nSchriftelijke vraag nr. 7-99\n\nIk dank u voor uw antwoord.');
    const r = parse(quoted);
    expect(r.records).toHaveLength(1);
    expect(r.records[0]?.question?.text).toContain('Schriftelijke vraag nr. 7-99');
  });
});
