// Safe outputs (issue 7, point 4): terminal escapes from the input never
// reach stderr raw; CSV cells Excel would run as formulas are escaped with
// --excel (and documented as left alone by default); Markdown escapes what
// would become markup, links or HTML; --out-dir names cannot leave the dir.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { fileNames, stemFor } from '../src/cli/out-dir.js';
import { parse } from '../src/index.js';
import type { QuestionRecord } from '../src/types.js';
import { runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'senq-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SEED = readFileSync('fixtures/seed-screen-nl-answered/input.txt', 'utf8');
const TITLE = 'Federale overheidsdiensten - Communicatie met burgers - Gebruik van sociale media';

/** C0 (but line feed), DEL, C1 and the bidi overrides: live on a terminal. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const ESCAPES = '\u001b[31mred\u001b[0m \u001b]0;pwned\u0007 \u009b2J \u202egnp.exe';

function seedWith(replacements: Record<string, string>): string {
  let text = SEED;
  for (const [from, to] of Object.entries(replacements)) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}

describe('terminal escape sequences in the input never reach stderr raw', () => {
  // In the title, in a line no field takes (quoted by SENQ_UNCLAIMED_TEXT)
  // and in the file name itself.
  const text = seedWith({ [TITLE]: `Titel ${ESCAPES}`, 'Chronologie\n': `Chronologie\n\nlos ${ESCAPES}\n` });
  const path = join(dir, `evil-${ESCAPES.replace(/\//gu, '')}.txt`);
  writeFileSync(path, text);

  it('the input really carries them, and parse reports SENQ_CONTROL_CHARS', () => {
    expect(readFileSync(path, 'utf8')).toContain('\u001b[31m');
    expect(parse(text).diagnostics.map((d) => d.code)).toContain('SENQ_CONTROL_CHARS');
  });

  for (const args of [
    ['parse', path],
    ['parse', path, '--ndjson'],
    ['parse', `${path}.missing`],
    ['repair', path, '--explain'],
    ['repair', `${path}.missing`],
  ]) {
    it(`senq ${args[0]} ${args.slice(2).join(' ')}${args[1]?.endsWith('.missing') ? ' (missing file)' : ''}: stderr has no raw control character`, async () => {
      const run = await runCli(args, { stderrIsTTY: true, env: { NO_COLOR: '1' } });
      expect(run.stderr).not.toBe('');
      expect(run.stderr).toContain('evil-');
      expect(run.stderr).toMatch(/\\x1b/u);
      expect(run.stderr).not.toMatch(RAW_CONTROL);
    });
  }

  it('with colour on, the only escapes on stderr are senq\'s own SGR colours', async () => {
    const run = await runCli(['parse', path], { stderrIsTTY: true, env: {} });
    expect(run.stderr.replace(/\u001b\[[0-9;]*m/gu, '')).not.toMatch(RAW_CONTROL);
    expect(run.stderr).not.toContain('\u001b]0;');
  });

  // JSON.stringify escapes C0 (ESC, BEL…); senq escapes DEL, C1 and bidi
  // controls the same way, so the data is unchanged for any JSON reader.
  it('JSON and NDJSON output escape every control character (\\u001b, \\u009b)', async () => {
    for (const format of ['--json', '--ndjson']) {
      const run = await runCli(['parse', path, format]);
      expect(run.stdout).toContain('\\u001b[31m');
      expect(run.stdout).not.toMatch(RAW_CONTROL);
    }
  });

  // Markdown and CSV show input control characters as visible escapes; tab,
  // CR and LF stay (CRLF ends Excel rows) as they drive no terminal escape.
  it('Markdown and CSV output carry no raw control character', async () => {
    const TERMINAL_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
    for (const format of [['--md'], ['--csv'], ['--csv', '--excel']]) {
      const run = await runCli(['parse', path, ...format]);
      expect(run.stdout).not.toMatch(TERMINAL_CONTROL);
      expect(run.stdout).toContain('\\x1b');
    }
  });
});

describe('CSV formula escaping', () => {
  const FORMULAS = ['=HYPERLINK("http://evil.invalid","x")', '+1+1', '-2+3', '@SUM(A1:A2)', '＝1+1'];
  const text = seedWith({
    [TITLE]: FORMULAS[0] as string,
    'ministerie\n': `${FORMULAS.slice(1).join('\n')}\n`,
    '1. De Federale Overheidsdienst (FOD) Binnenlandse Zaken': '=1+2 De Federale Overheidsdienst (FOD) Binnenlandse Zaken',
  });
  const path = join(dir, 'formulas.txt');
  writeFileSync(path, text);

  /** Every cell of every data row. */
  function cells(csv: string, delimiter: string): string[] {
    const rows = parseCsv(csv.replace(/^\uFEFF/u, ''), { delimiter, relax_column_count: true }) as string[][];
    return rows.slice(1).flat();
  }

  it('--excel: no cell starts with = + - @ (or full-width forms), tab or CR; the formula is kept after a quote', async () => {
    const run = await runCli(['parse', path, '--csv', '--excel']);
    expect(run.code).toBeLessThanOrEqual(1);
    const all = cells(run.stdout, ';');
    expect(all.filter((c) => /^[=+\-@\t\r＝＋－＠]/u.test(c))).toEqual([]);
    expect(all).toContain(`'${FORMULAS[0]}`);
    expect(all.some((c) => c.startsWith("'=1+2 De Federale"))).toBe(true);
  });

  it('the default CSV leaves cells as they are, and docs/FORMATS.md says so', async () => {
    const run = await runCli(['parse', path, '--csv']);
    expect(cells(run.stdout, ',')).toContain(FORMULAS[0]);
    const docs = readFileSync('docs/FORMATS.md', 'utf8');
    expect(docs).toMatch(/nothing is done about formulas/u);
    expect(docs).toMatch(/--excel/u);
  });
});

describe('Markdown escaping', () => {
  const hostile = 'Zie <script>alert(1)</script> en [klik](javascript:alert(1)) of ![x](http://t.invalid/p.png) *vet* _schuin_ `code` &amp; ~~weg~~ | cel |';
  const text = seedWith({
    [TITLE]: `# Kop ${hostile}`,
    'Graag kreeg ik dan ook een antwoord op de volgende vragen:': `> citaat ${hostile}\n\n<div>blok</div>\n\n## kop\n\n---`,
  });

  async function markdown(): Promise<string> {
    const path = join(dir, 'markup.txt');
    writeFileSync(path, text);
    const run = await runCli(['parse', path, '--md']);
    // The YAML front matter is data, not Markdown: check the body only.
    return run.stdout.replace(/^---\n[\s\S]*?\n---\n/u, '');
  }

  it('no raw HTML tag, link, image, emphasis or code span survives', async () => {
    const md = await markdown();
    expect(md).toContain('alert(1)');
    expect(md).not.toMatch(/(?<!\\)<\/?(?:script|div)\b/u);
    expect(md).not.toMatch(/(?<!\\)\[(?:klik|x)(?<!\\)\]\(/u);
    expect(md).not.toMatch(/(?<!\\)!\[/u);
    for (const marker of ['*vet*', '_schuin_', '`code`', '~~weg~~']) expect(md).not.toContain(marker);
    expect(md).not.toMatch(/(?<!\\)&amp;/u);
  });

  it('no input line becomes a heading, quote, list or HTML block', async () => {
    const md = await markdown();
    const lines = md.split('\n');
    // senq's own headings are "# <title>" and "## <section>"; no other line may open a block.
    const title = lines.find((l) => l.startsWith('# '));
    expect(title).toMatch(/^# \\# Kop/u);
    expect(lines.filter((l) => /^(?:>|<div|## kop|---)/u.test(l))).toEqual([]);
  });
});

describe('--out-dir file names cannot leave the directory', () => {
  const record = parse(SEED).records[0] as QuestionRecord;
  const HOSTILE_IDS = ['../../etc/passwd', '..', '.', '/abs/path', 'a/b\\c', '.hidden', '..\\..\\win', '5-1/../../x', 'C:\\x', '\u0000nul', 'é'.repeat(300)];

  it('every hostile id gives a plain name inside the directory', () => {
    const root = resolve(dir, 'names');
    for (const id of HOSTILE_IDS) {
      const name = fileNames([{ ...record, id }], 'json')[0] as string;
      expect(name).not.toMatch(/[/\\\u0000]/u);
      expect(name.startsWith('.')).toBe(false);
      expect(dirname(resolve(root, name))).toBe(root);
      expect(stemFor({ ...record, id })).toMatch(/^[A-Za-z0-9_-]+\.[a-z]{2}$/u);
    }
  });

  it('--out-dir with a path-like --id writes nothing anywhere: the id is refused (exit 2)', async () => {
    // (File names made from ids are checked by stemFor's own tests: a record
    // id never leaves DIR. A path-like --id no longer gets that far.)
    const out = join(dir, 'out');
    const work = join(dir, 'work');
    mkdirSync(work);
    const fragment = readFileSync('fixtures/fragment-nl-no-recoverable-id/input.txt');
    const input = join(work, 'fragment.txt');
    writeFileSync(input, fragment);
    const before = readdirSync(dir).sort();
    const run = await runCli(['parse', input, '--id', '../../escaped-1', '--out-dir', out]);
    expect(run.code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readdirSync(work)).toEqual(['fragment.txt']);
    expect(existsSync(resolve(out, '..', '..', 'escaped-1.nl.json'))).toBe(false);
  });
});
