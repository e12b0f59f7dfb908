// Headless fragments (FORMAT §7.2): where the id comes from and what is
// reported missing. Assertions are on codes, never messages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { idFromPath, idFromUrl } from '../src/parse/fragment-id.js';

const FRAGMENT = [
  'Dierenwelzijn - Proefdieren',
  'dierproef',
  '8/11/2012 | Verzending vraag |',
  '2/1/2013 | Rappel |',
  'Hoeveel proefdieren werden in 2011 gebruikt?',
].join('\n');

const codes = (r: ReturnType<typeof parse>) => r.diagnostics.map((d) => d.code);

describe('fragment ids', () => {
  it('read from file names', () => {
    expect(idFromPath('4-6596.txt')?.id).toBe('4-6596');
    expect(idFromPath('downloads/q_4-6596.txt')?.id).toBe('4-6596');
    expect(idFromPath('C:\\export\\vraag-5-10477.txt')?.id).toBe('5-10477');
    expect(idFromPath('zitting 2009-2010.txt')).toBeNull();
    expect(idFromPath('saved-2013-05-12.txt')).toBeNull();
    expect(idFromPath('saved-2013-5-12.txt')).toBeNull();
    expect(idFromPath('x-4-6596.txt')?.id).toBe('4-6596');
    expect(idFromPath('12-5-2013.txt')).toBeNull();
    // A date before the id is no date at the end.
    expect(idFromPath('20100105-4-6596.txt')?.id).toBe('4-6596');
    expect(idFromPath('vraag-2010-4-6596.txt')?.id).toBe('4-6596');
    expect(idFromPath('page12-4-6596.txt')?.id).toBe('4-6596');
    expect(idFromPath('notes.txt')).toBeNull();
  });

  it('read from a Senate URL, parameters in any order', () => {
    expect(idFromUrl('zie https://www.senate.be/www/?MIval=/x&LEG=4&NR=6596&LANG=fr')?.id).toBe('4-6596');
    expect(idFromUrl('https://www.senate.be/www/?MIval=/x&NR=12&LEG=7')?.id).toBe('7-12');
    expect(idFromUrl('https://example.org/?LEG=4&NR=6596')).toBeNull();
  });

  it('taken from a Senate URL on a line of its own, never from one quoted in a sentence', () => {
    const own = parse(`${FRAGMENT}\nhttps://www.senate.be/www/?MIval=/x&LEG=5&NR=7311&LANG=nl\n`, { path: 'fragment.txt' });
    expect(own.records[0]?.id).toBe('5-7311');
    const quoted = parse(`${FRAGMENT}\nZie mijn vorige vraag https://www.senate.be/www/?MIval=/x&LEG=5&NR=9001 hierover.\n`, { path: 'fragment.txt' });
    expect(quoted.records[0]?.id).toBeNull();
    expect(codes(quoted)).toContain('SENQ_NO_NUMBER');
  });

  // Every URL-only line was furniture: an answer citing a site lost it (body audit).
  it('keep another site\'s URL on a line of its own as body text; only the Senate\'s is furniture', () => {
    const r = parse(`${FRAGMENT}\nZie:\nhttps://www.belspo.be/studie.pdf\nhttps://www.senate.be/www/?MIval=/x&LEG=5&NR=7311&LANG=nl\n`, { path: 'fragment.txt' });
    expect(r.records[0]?.id).toBe('5-7311');
    expect(r.records[0]?.question?.text).toContain('https://www.belspo.be/studie.pdf');
    expect(r.records[0]?.question?.text).not.toContain('senate.be');
    expect(codes(r)).not.toContain('SENQ_UNCLAIMED_TEXT');
  });

  it('prefer the user-supplied id over the file name', () => {
    const r = parse(FRAGMENT, { id: '5-7311', path: '5-1.txt' });
    expect(r.records[0]?.id).toBe('5-7311');
    expect(codes(r)).not.toContain('SENQ_NO_NUMBER');
  });

  it('without any source: a record with id null and one error', () => {
    const r = parse(FRAGMENT, { path: 'fragment.txt' });
    expect(r.records).toHaveLength(1);
    expect(r.records[0]?.id).toBeNull();
    expect(r.records[0]?.legislature).toBeNull();
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['SENQ_NO_NUMBER']);
  });
});

describe('fragment fields', () => {
  it('is recognised from its one sent row even when the row prints a deadline', () => {
    const text = ['Gares - Toilettes', 'installation sanitaire', '14/10/2009 Envoi question (Fin du délai de réponse: 19/11/2009)', 'Combien de gares ?'].join('\n');
    const r = parse(text, { path: '4-1.txt' });
    expect(r.records).toHaveLength(1);
    expect(r.records[0]?.chronology.map((c) => c.event)).toEqual(['sent']);
    expect(r.records[0]?.answer_deadline).toBe('2009-11-19');
  });

  it('a dated line after the reference lines is question text, not a chronology row', () => {
    const text = [
      'Gares - Toilettes publiques',
      'installation sanitaire',
      '9/11/2009 | Envoi question |',
      'Aussi posée à : question écrite 4-5400',
      '12/1/2019 : le conseil a décidé de fermer les toilettes.',
      'Combien de gares sont concernées ?',
    ].join('\n');
    const record = parse(text, { path: '4-5399.txt' }).records[0];
    expect(record?.chronology.map((c) => c.date)).toEqual(['2009-11-09']);
    expect(record?.question?.text).toContain('12/1/2019 : le conseil');
  });

  it('a sentence that starts with a date right after the rows is question text, not a row', () => {
    const text = FRAGMENT.replace('Hoeveel proefdieren', '15/11/2012 besliste de regering het aantal proeven te beperken.\nHoeveel proefdieren');
    const record = parse(text, { path: '5-7701.txt' }).records[0];
    expect(record?.chronology.map((c) => c.event)).toEqual(['sent', 'reminder']);
    expect(record?.question?.text.startsWith('15/11/2012 besliste de regering')).toBe(true);
    // So is one that announces a list.
    const colon = FRAGMENT.replace('Hoeveel proefdieren', '15/11/2012 besliste de regering de volgende proeven te verbieden:\nHoeveel proefdieren');
    expect(parse(colon, { path: '5-7701.txt' }).records[0]?.chronology.map((c) => c.event)).toEqual(['sent', 'reminder']);
    // A long unknown event with a table cell, or with known rows after it, is still a row.
    for (const row of ['15/1/2013 | Vraag omgezet in een vraag om uitleg over de proeven. |', '15/1/2013 Vraag omgezet in een vraag om uitleg over de proeven.']) {
      const kept = parse(FRAGMENT.replace('2/1/2013 | Rappel |', `${row}\n2/2/2013 | Rappel |`), { path: '5-7701.txt' });
      expect(kept.records[0]?.chronology.map((c) => c.event)).toEqual(['sent', 'other', 'reminder']);
    }
    // A short unknown event is still a row.
    const other = parse(FRAGMENT.replace('Hoeveel proefdieren', '4/2/2013 | Vraag ingetrokken |\nHoeveel proefdieren'), { path: '5-7701.txt' });
    expect(other.records[0]?.chronology.map((c) => c.event)).toEqual(['sent', 'reminder', 'other']);
  });

  it('recovers title, keywords, pipe rows and body, and reports each lost header field once', () => {
    const r = parse(FRAGMENT, { path: '5-7311.txt' });
    const record = r.records[0];
    expect(record?.variant).toBe('fragment');
    expect(record?.title).toBe('Dierenwelzijn - Proefdieren');
    expect(record?.keywords).toEqual(['dierproef']);
    expect(record?.chronology.map((c) => c.event)).toEqual(['sent', 'reminder']);
    expect(record?.status).toBe('pending');
    expect(record?.question?.date).toBe('2012-11-08');
    expect(record?.author).toEqual({ name: null, party: null });
    // author, addressee, question heading
    expect(codes(r).filter((c) => c === 'SENQ_MISSING_FIELD')).toHaveLength(3);
    expect(codes(r)).toContain('SENQ_CONVERTER_RESIDUE');
  });

  // A converter that also rules the table's left edge (never observed): the
  // rows no longer began with their date and went into the question text, so
  // the record lost its chronology, status and references in silence.
  it('reads rows ruled on both sides (| date | event |) as rows; columns still point into the input', () => {
    const ruled = FRAGMENT.replace('8/11/2012 | Verzending vraag |', '| 8/11/2012 | Verzending vraag |').replace('2/1/2013 | Rappel |', '|  2/1/2013 | Rappel |');
    const plain = parse(FRAGMENT, { path: '5-7311.txt' }).records[0];
    const r = parse(ruled, { path: '5-7311.txt' });
    expect(r.records[0]?.chronology).toEqual(plain?.chronology);
    expect(r.records[0]?.question).toEqual(plain?.question);
    expect(codes(r)).not.toContain('SENQ_UNCLAIMED_TEXT');
    // The first dated row alone (no other residue) marks the document too.
    const alone = parse(['Dierenwelzijn', 'dierproef', '| 8/11/2012 | Verzending vraag |', 'Hoeveel proefdieren?'].join('\n'), { path: '5-7311.txt' });
    expect(alone.records[0]?.chronology.map((c) => c.event)).toEqual(['sent']);
    // A clean page's own ruled table of dates is no residue (review).
    const seed = readFileSync('fixtures/seed-screen-nl-answered/input.txt', 'utf8');
    const table = parse(seed.replace('Antwoord ontvangen op', '| 1/3/2013 | Start Twitter |\n| 2/4/2013 | Start Facebook |\n\nAntwoord ontvangen op'));
    expect(codes(table)).not.toContain('SENQ_CONVERTER_RESIDUE');
    expect(table.records[0]?.question?.text).toContain('| 1/3/2013 | Start Twitter |');
  });

  it('reports missing keywords and a missing body too', () => {
    const r = parse('Dierenwelzijn\n8/11/2012 Verzending vraag\n9/11/2012 Rappel\n', { path: '5-7311.txt' });
    expect(r.records[0]?.question).toBeNull();
    // keywords, author, addressee, question heading, question text
    expect(codes(r).filter((c) => c === 'SENQ_MISSING_FIELD')).toHaveLength(5);
  });

  it('takes the language from the event wording', () => {
    const r = parse('Gares\ngare\n9/11/2009 | Envoi question |\n6/5/2010 | Fin de la législature |\nLes toilettes sont fermées.\n', { path: '4-1.txt' });
    expect(r.records[0]?.language).toBe('fr');
    expect(r.records[0]?.status).toBe('lapsed');
  });

  it('keeps each line a paragraph, even with a final newline', () => {
    const r = parse(`${FRAGMENT}\nEn in 2012?\n`, { path: '5-7311.txt' });
    expect(r.records[0]?.question?.text).toBe('Hoeveel proefdieren werden in 2011 gebruikt?\n\nEn in 2012?');
  });
});

describe('fragment with a surviving heading', () => {
  it('uses it for the original language instead of reporting it missing', () => {
    const text = `${FRAGMENT.split('\n').slice(0, 4).join('\n')}\nVraag nr. 5-7311 d.d. 8 november 2012 : (Vraag gesteld in het Frans)\nHoeveel proefdieren?\n`;
    const r = parse(text, { path: '5-7311.txt' });
    expect(r.records[0]?.original_language).toBe('fr');
    expect(r.records[0]?.question?.text).toBe('Hoeveel proefdieren?');
    // author and addressee only
    expect(codes(r).filter((c) => c === 'SENQ_MISSING_FIELD')).toHaveLength(2);
  });
});

describe('partial screen page without its number line', () => {
  it('keeps the author, addressee and heading it still has', () => {
    const text = [
      'Version à imprimer bilingue Version à imprimer unilingue',
      '',
      'de Claire Moreau (Ecolo) du 2 mars 2010',
      '',
      'au ministre de l\'Économie',
      '',
      'Commerce - Loyers',
      '',
      'bail commercial',
      '',
      'Chronologie',
      '',
      '2/3/2010 Envoi question',
      '6/5/2010 Fin de la législature',
      '',
      'Question n° 4-7312 du 2 mars 2010 : (Question posée en français)',
      '',
      'Les loyers augmentent.',
    ].join('\n');
    const r = parse(text);
    const record = r.records[0];
    expect(record?.variant).toBe('fragment');
    expect(record?.id).toBe('4-7312');
    expect(record?.author).toEqual({ name: 'Claire Moreau', party: 'Ecolo' });
    expect(record?.addressee).toBe("le ministre de l'Économie");
    expect(record?.title).toBe('Commerce - Loyers');
    expect(record?.keywords).toEqual(['bail commercial']);
    expect(record?.status).toBe('lapsed');
    expect(codes(r)).toEqual([]);
  });

  it('never takes a lowercase descriptor for an author line', () => {
    // The title line was lost too: the first line left is a descriptor.
    const r = parse('de facto samenwonen\nsamenleving\n1/2/2012Verzending vraag\n2/2/2012Rappel\nHoeveel?', { path: '5-1.txt' });
    expect(r.records[0]?.title).toBe('de facto samenwonen');
    expect(r.records[0]?.author.name).toBeNull();
  });
});
