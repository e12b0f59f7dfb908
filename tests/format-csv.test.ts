// CSV: read back with csv-parse, every scalar field of every record comes
// back unchanged; the Excel preset writes BOM, ";", CRLF and escapes
// formula-like cells; the long tables hold one row per list entry.
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMN_NAMES } from '../src/format/columns.js';
import { render } from '../src/format/index.js';
import { renderTables, TABLES } from '../src/format/tables.js';
import { schemaLeaves, valueAt } from '../src/schema/leaves.js';
import { recordSchema } from '../src/schema/record.js';
import type { QuestionRecord } from '../src/types.js';
import { runCli } from './helpers/cli.js';
import { listFixtures, type Fixture } from './helpers/fixtures.js';

const fixtures = listFixtures();

/** A fixture's records as committed in expected.json: format tests do not depend on parser work in progress. */
const expectedRecords = (f: Fixture): QuestionRecord[] =>
  (JSON.parse(readFileSync(join(f.dir, 'expected.json'), 'utf8')) as { records: QuestionRecord[] }).records;
const records = (name: string): QuestionRecord[] => {
  const f = fixtures.find((x) => x.name === name);
  if (!f) throw new Error(`fixture ${name} missing`);
  return expectedRecords(f);
};
const seed = (): QuestionRecord => records('seed-screen-nl-answered')[0]!;

/** Every scalar field by its flattened CSV name, taken from the schema (not from the CSV code under test). */
const SCALARS = schemaLeaves(recordSchema).filter((l) => l.kind === 'scalar');

type Row = Record<string, string>;
const readBack = (csv: string, options: { delimiter?: string; excel?: boolean } = {}): Row[] =>
  parseCsv(csv, { columns: true, bom: true, delimiter: options.delimiter ?? (options.excel ? ';' : ',') }) as Row[];

/** Undo the Excel formula guard: a "'" put before = + - @ tab CR (or their full-width forms). */
/** The reading rule FORMATS.md gives for Excel-mode files: remove one leading "'" from every cell that has one. */
const unguard = (cell: string): string => (cell.startsWith("'") ? cell.slice(1) : cell);

function expectScalarsBack(rs: readonly QuestionRecord[], rows: Row[], cell: (s: string) => string = (s) => s): void {
  expect(rows).toHaveLength(rs.length);
  rs.forEach((record, i) => {
    const row = rows[i]!;
    for (const { name, path } of SCALARS) {
      const value = valueAt(record, path);
      // null is an empty cell; numbers come back as their decimal text.
      expect({ name, value: cell(row[name] ?? '<missing column>') }).toEqual({ name, value: value === null ? '' : String(value) });
    }
  });
}

/** A record whose text holds everything CSV must quote or Excel would run. */
function nasty(): QuestionRecord {
  const r = seed();
  return {
    ...r,
    title: 'Quotes "like this"; semicolons; commas, and tabs\there',
    author: { name: '=HYPERLINK("http://example.invalid","x")', party: '+32' },
    addressee: '@SUM(A1)',
    question: { date: '2020-01-02', text: '-1 first line\nsecond line\r\nthird "quoted"; line\n\nlast', items: [] },
    // Nothing but a bare line feed to force quoting: the CRLF trap.
    answer: { date: null, text: '\tstarts with a tab\nand a bare line feed', items: [] },
  };
}

describe.each(fixtures)('fixture $name', (fixture) => {
  const rs = expectedRecords(fixture);
  it('reads back every scalar field unchanged (default)', () => {
    expectScalarsBack(rs, readBack(render('csv', rs)));
  });
  it('reads back every scalar field unchanged (Excel, after removing the formula guard)', () => {
    expectScalarsBack(rs, readBack(render('csv', rs, { excel: true }), { excel: true }), unguard);
  });
});

describe('CSV text', () => {
  it('keeps quotes, semicolons, commas, tabs and line breaks inside one cell', () => {
    const r = nasty();
    const csv = render('csv', [r, seed()]);
    const rows = readBack(csv);
    expectScalarsBack([r, seed()], rows);
    expect(rows[0]!.question_text).toBe(r.question!.text);
  });

  it('quotes a bare line feed even with CRLF records (the quote_record_delimiter trap)', () => {
    const r = nasty();
    const csv = render('csv', [r], { excel: true });
    // Outside quotes, every line end is CRLF: remove quoted cells and look.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted).not.toMatch(/[^\r]\n/);
    expect(readBack(csv, { excel: true })).toHaveLength(1);
  });

  it('default mode writes formula-like cells unchanged', () => {
    const rows = readBack(render('csv', [nasty()]));
    expect(rows[0]!.author_name).toBe('=HYPERLINK("http://example.invalid","x")');
    expect(rows[0]!.question_text!.startsWith('-1')).toBe(true);
  });

  it('a header row names every column, in order', () => {
    const csv = render('csv', [seed()]);
    expect(csv.split('\n')[0]).toBe(COLUMN_NAMES.join(','));
  });

  it('honours --delimiter', () => {
    const csv = render('csv', [nasty()], { delimiter: '\t' });
    expect(csv.split('\n')[0]).toBe(COLUMN_NAMES.join('\t'));
    expectScalarsBack([nasty()], readBack(csv, { delimiter: '\t' }));
  });

  it('refuses a delimiter that would break the format', () => {
    expect(() => render('csv', [seed()], { delimiter: '"' })).toThrow(/delimiter/);
    expect(() => render('csv', [seed()], { delimiter: 'ab' })).toThrow(/delimiter/);
    expect(() => render('csv', [seed()], { delimiter: "'", excel: true })).toThrow(/delimiter/);
    expect(render('csv', [seed()], { delimiter: "'" }).split('\n')[0]).toBe(COLUMN_NAMES.join("'"));
  });
});

describe('Excel preset', () => {
  const csv = render('csv', [nasty()], { excel: true });
  const rows = readBack(csv, { excel: true });

  it('starts with the UTF-8 BOM, separates with ";" and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFFschema_version;id;')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${COLUMN_NAMES.join(';')}`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('doubles a leading "\'", so a reader removes exactly one "\'" from any cell that starts with one', () => {
    const quoted = { ...seed(), title: "'=1+1", addressee: "'plain" };
    const [row] = readBack(render('csv', [quoted], { excel: true }), { excel: true });
    expect(row!.title).toBe("''=1+1");
    expect(row!.addressee).toBe("''plain");
    // Default mode writes the cell as it is.
    expect(readBack(render('csv', [quoted]))[0]!.title).toBe("'=1+1");
  });

  it('guards question and bulletin numbers, which Excel reads as a month and a year', () => {
    const [row] = readBack(render('csv', [{ ...seed(), bulletin: '3-77' }], { excel: true }), { excel: true });
    expect(row!.id).toBe("'5-8905");
    expect(row!.bulletin).toBe("'3-77");
    // Dates stay as they are: Excel may make them dates, which they are.
    expect(row!.date_asked).toBe('2013-04-30');
    expect(readBack(render('csv', [seed()]))[0]!.id).toBe('5-8905');
  });

  it('escapes cells beginning with = + - @ or a tab', () => {
    expect(rows[0]!.author_name).toBe(`'=HYPERLINK("http://example.invalid","x")`);
    expect(rows[0]!.author_party).toBe("'+32");
    expect(rows[0]!.addressee).toBe("'@SUM(A1)");
    expect(rows[0]!.question_text!.startsWith("'-1 first line")).toBe(true);
    expect(rows[0]!.answer_text).toBe("'\tstarts with a tab\nand a bare line feed");
  });

  it('senq parse --csv --excel escapes the fixture answer that starts with "="', async () => {
    const run = await runCli(['parse', 'fixtures/screen-fr-answer-starts-with-formula/input.txt', '--csv', '--excel']);
    expect(run.code).toBe(0);
    expect(run.stdoutBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [row] = readBack(run.stdout, { excel: true });
    expect(row!.answer_text!.startsWith("'=SOMME(A1:A3)")).toBe(true);
    // The "-12 %" paragraph is inside the cell, not at its start: unchanged.
    expect(row!.answer_text).toContain('\n\n-12 %');
  });
});

describe('long tables', () => {
  const all = fixtures.flatMap(expectedRecords);
  const tables = renderTables(all);
  const read = (name: string) => readBack(tables[name]!);

  it('hold one row per list entry, keyed by id', () => {
    expect(read('chronology.csv')).toHaveLength(all.reduce((n, r) => n + r.chronology.length, 0));
    expect(read('references.csv')).toHaveLength(all.reduce((n, r) => n + r.references.length, 0));
    const keywords = all.reduce((n, r) => n + r.keywords.length + (r.translation?.keywords.length ?? 0), 0);
    expect(read('keywords.csv')).toHaveLength(keywords);
    const items = (r: QuestionRecord) =>
      [r.question, r.answer, r.translation?.question, r.translation?.answer].reduce((n, b) => n + (b?.items.length ?? 0), 0);
    expect(read('items.csv')).toHaveLength(all.reduce((n, r) => n + items(r), 0));
    for (const [name, table] of Object.entries(TABLES)) expect(Object.keys(read(name)[0] ?? {})).toEqual(table.header);
  });

  it('give each row its own key, also for the Dutch and French records of one question', () => {
    const nl = seed();
    const fr = { ...nl, language: 'fr' as const };
    const both = renderTables([nl, fr]);
    const keys: Record<string, string[]> = {
      'chronology.csv': ['id', 'language', 'position'],
      'references.csv': ['id', 'language', 'position'],
      'keywords.csv': ['id', 'language', 'position'],
      'items.csv': ['id', 'language', 'part', 'position'],
    };
    for (const [name, key] of Object.entries(keys)) {
      const rows = readBack(both[name]!);
      expect(rows.length, name).toBeGreaterThan(0);
      const seen = rows.map((row) => key.map((k) => row[k]).join('\u0000'));
      expect(new Set(seen).size, name).toBe(seen.length);
    }
  });

  it('keep item text and alignment intact', () => {
    const answers = read('items.csv').filter((r) => r.id === '5-8905' && r.part === 'answer');
    const record = all.find((r) => r.id === '5-8905')!;
    expect(answers.map((a) => [a.label, a.answers, a.text])).toEqual(record.answer!.items.map((i) => [i.label, i.answers ?? '', i.text]));
  });

  it('are written by --tables, atomically, with no temporary file left', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'senq-tables-')), 'tables');
    const run = await runCli(['parse', 'fixtures/seed-screen-nl-answered/input.txt', '--ndjson', '--tables', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['chronology.csv', 'items.csv', 'keywords.csv', 'references.csv']);
    expect(readBack(readFileSync(join(dir, 'references.csv'), 'utf8'))).toHaveLength(seed().references.length);
  });
});

describe('any text', () => {
  // Strings rich in what CSV must quote: separators, quotes, CR, LF, BOM.
  const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', ';', '"', "'", '\n', '\r', '\t', '=', '-', '+', '@', '\uFEFF', '😀') });
  const withText = (title: string, name: string, body: string): QuestionRecord => ({
    ...seed(),
    title,
    author: { name, party: null },
    answer: { date: null, text: body, items: [] },
  });

  it('comes back unchanged in default mode', () => {
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const r = withText(a, b, c);
        expectScalarsBack([r], readBack(render('csv', [r])));
      }),
      { numRuns: 200 },
    );
  });

  it('comes back unchanged in Excel mode once the guard is removed (text not already starting with "\'")', () => {
    const plain = text.filter((s) => !s.startsWith("'"));
    fc.assert(
      fc.property(plain, plain, plain, (a, b, c) => {
        const r = withText(a, b, c);
        expectScalarsBack([r], readBack(render('csv', [r], { excel: true }), { excel: true }), unguard);
      }),
      { numRuns: 200 },
    );
  });
});
