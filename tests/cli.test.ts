// The CLI in-process: exit codes, stdin, -o, colour, EPIPE, help.
import { mkdtempSync, readFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/index.js';
import { runCli } from './helpers/cli.js';
import { PassThrough, Readable } from 'node:stream';

const SEED = 'fixtures/seed-screen-nl-answered/input.txt';

describe('senq parse', () => {
  it('prints one JSON document for one question (default --json)', async () => {
    const run = await runCli(['parse', SEED]);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout);
    expect(record.id).toBe('5-8905');
    expect(record.source.path).toBe(SEED);
  });

  it('--ndjson prints one compact object per line per record', async () => {
    const run = await runCli(['parse', SEED, SEED, '--ndjson']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['5-8905', '5-8905']);
  });

  it('several JSON records form a stream of documents, one after another', async () => {
    const run = await runCli(['parse', SEED, SEED]);
    const docs = run.stdout.split(/\n(?=\{)/u).map((s) => JSON.parse(s));
    expect(docs).toHaveLength(2);
  });

  it('reads standard input with "-" and with no path, recording path null', async () => {
    const bytes = readFileSync(SEED);
    for (const argv of [['parse', '-'], ['parse']]) {
      const run = await runCli(argv, { stdin: bytes });
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).source.path).toBeNull();
    }
  });

  it('writes diagnostics to stderr as path:line:column: severity CODE message', async () => {
    const run = await runCli(['parse', SEED]);
    expect(run.stderr).toMatch(/^fixtures\/seed-screen-nl-answered\/input\.txt:\d+:\d+: warning SENQ_LIST_LOST /mu);
  });

  it('exits 1 with one error line for text that is not a question', async () => {
    const run = await runCli(['parse', '-'], { stdin: 'not a senate page\n' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('SENQ_NOT_A_QUESTION');
  });

  it('exits 2 for a missing file, naming it', async () => {
    const run = await runCli(['parse', 'missing.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing.txt');
    expect(run.stderr).toContain('SENQ_READ_FAILED');
  });

  it('exits 1 when one of several inputs is missing, still writing the others', async () => {
    const run = await runCli(['parse', SEED, 'missing.txt', '--ndjson']);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 with a helpful message for an unknown flag', async () => {
    const run = await runCli(['parse', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--bogus'");
    expect(run.stderr).toContain('--help');
  });

  it('exits 2 for a bad option value', async () => {
    const run = await runCli(['parse', SEED, '--max-bytes', 'lots']);
    expect(run.code).toBe(2);
  });

  it('-o writes the data to a file and nothing to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'senq-'));
    const target = join(dir, 'out.json');
    const run = await runCli(['parse', SEED, '-o', target]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(target, 'utf8')).id).toBe('5-8905');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('-o into a missing directory is a usage error', async () => {
    const run = await runCli(['parse', SEED, '-o', '/nonexistent-dir/x.json']);
    expect(run.code).toBe(2);
    expect(existsSync('/nonexistent-dir/x.json')).toBe(false);
  });

  it('refuses a file over --max-bytes before reading it', async () => {
    const run = await runCli(['parse', SEED, '--max-bytes', '100']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('SENQ_TOO_LARGE');
  });

  it('colours stderr only on a terminal without NO_COLOR', async () => {
    const esc = '\u001b[';
    expect((await runCli(['parse', SEED], { stderrIsTTY: true })).stderr).toContain(esc);
    expect((await runCli(['parse', SEED], { stderrIsTTY: true, env: { NO_COLOR: '1' } })).stderr).not.toContain(esc);
    expect((await runCli(['parse', SEED], { stderrIsTTY: false })).stderr).not.toContain(esc);
  });

  it('follows FORCE_COLOR and TERM=dumb; NO_COLOR still wins', async () => {
    const esc = '\u001b[';
    const colour = async (stderrIsTTY: boolean, env: Record<string, string>) => (await runCli(['parse', SEED], { stderrIsTTY, env })).stderr.includes(esc);
    expect(await colour(true, { FORCE_COLOR: '0' })).toBe(false);
    expect(await colour(true, { TERM: 'dumb' })).toBe(false);
    expect(await colour(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(await colour(false, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
  });

  it('refuses an unknown --encoding as a usage error, for parse and repair', async () => {
    for (const command of ['parse', 'repair']) {
      const run = await runCli([command, SEED, '--encoding', 'no-such-encoding']);
      expect(run.code, command).toBe(2);
      expect(run.stderr).toContain('unknown encoding');
    }
  });

  it('refuses --format together with a different format shortcut, and a long --delimiter', async () => {
    expect((await runCli(['parse', SEED, '--format', 'csv', '--ndjson'])).code).toBe(2);
    expect((await runCli(['parse', SEED, '--format', 'ndjson', '--ndjson'])).code).toBe(0);
    expect((await runCli(['parse', SEED, '--csv', '--delimiter', 'ab'])).code).toBe(2);
    expect((await runCli(['parse', SEED, '--csv', '--excel', '--delimiter', "'"])).code).toBe(2);
  });

  it('never prints a raw control character from the command line in a usage message', async () => {
    const run = await runCli(['parse', '--files-from', 'nope\u001b[2J']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('\\x1b');
    expect(run.stderr).not.toContain('\u001b');
  });

  it('never lets control characters from the input reach the terminal', async () => {
    const run = await runCli(['parse', '-'], { stdin: 'evil \u001b]0;pwned\u0007 text\n', stderrIsTTY: false });
    expect(run.stderr).not.toContain('\u001b');
    expect(run.stderr).not.toContain('\u0007');
  });

  it('ends quietly when the reader closes the pipe (EPIPE)', async () => {
    const stdout = new Writable({
      write(_chunk, _enc, cb) {
        const e = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
        cb(e);
      },
    });
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await main(['parse', SEED, SEED, SEED], {
      stdin: Readable.from([]),
      stdout,
      stderr,
      env: {},
      stderrIsTTY: false,
      cwd: process.cwd(),
    });
    expect(code).toBe(0);
    expect(err).not.toMatch(/EPIPE|Error/u);
  });
});

describe('senq --help / --version', () => {
  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it('parse --help shows examples and exit codes', async () => {
    const run = await runCli(['parse', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('jq');
    expect(run.stdout).toContain('Exit codes:');
  });
});

describe('usage errors', () => {
  it('print the help on stderr, not as data on stdout, when no command is given', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: senq');
  });

  it('show control characters from the command line as escapes, in commander\'s messages too', async () => {
    for (const args of [['\u001b]0;pwned\u0007'], ['parse', '--\u001b[31mx'], ['parse', SEED, '--min-severity', '\u001b[31mx']]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
      expect(run.stderr).toContain('\\x1b');
    }
  });

  it('refuse "-" twice (given or listed) and a control character as --delimiter; say --force means nothing alone', async () => {
    expect((await runCli(['parse', '-', '-'], { stdin: '' })).code).toBe(2);
    const list = join(mkdtempSync(join(tmpdir(), 'senq-dash-')), 'list.txt');
    writeFileSync(list, '-\n');
    expect((await runCli(['parse', '-', '--files-from', list], { stdin: '' })).code).toBe(2);
    const force = await runCli(['parse', SEED, '--force']);
    expect(force.code).toBe(0);
    expect(force.stderr).toMatch(/^senq: /mu);
    expect((await runCli(['parse', SEED, '--csv', '--delimiter', '\u001f'])).code).toBe(2);
    expect((await runCli(['parse', SEED, '--csv', '--delimiter', '\t'])).code).toBe(0);
  });
});

describe('senq repair', () => {
  it('writes the repaired text and, with --explain, one line per repair on stderr', async () => {
    const run = await runCli(['repair', SEED, '--explain']);
    expect(run.code).toBe(0);
    const input = readFileSync(SEED, 'utf8');
    expect(run.stdout).toBe(input.replace('potentiŽle', 'potentiële').replace('officiŽle', 'officiële'));
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      `${SEED}:43:158 potentiŽle → potentiële (cp1252>maccenteuro, lexicon)`,
      `${SEED}:43:412 officiŽle → officiële (cp1252>maccenteuro, lexicon)`,
    ]);
  });

  it('exits 1 when an input gives an error diagnostic (bytes the forced encoding cannot read)', async () => {
    const run = await runCli(['repair', '-', '--encoding', 'utf-8'], { stdin: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]) });
    expect(run.stderr).toContain('SENQ_DECODE_FAILED');
    expect(run.code).toBe(1);
  });

  it('refuses an unknown --assume-path, and parse an --id that is no question id (exit 2)', async () => {
    expect((await runCli(['repair', SEED, '--assume-path', 'nonsense'])).code).toBe(2);
    expect((await runCli(['parse', SEED, '--assume-path', 'nonsense'])).code).toBe(2);
    expect((await runCli(['parse', SEED, '--id', 'foo'])).code).toBe(2);
    expect((await runCli(['parse', SEED, '--id', '0-0'])).code).toBe(2);
    expect((await runCli(['parse', SEED, '--id', '5-0'])).code).toBe(2);
    expect((await runCli(['parse', SEED, '--id', '5-8905'])).code).toBe(0);
  });

  it('refuses binary input as parse does: an error, no bytes out, exit 1', async () => {
    const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0x3e, 0, 1, 0]);
    const run = await runCli(['repair', '-'], { stdin: binary });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('SENQ_BINARY_INPUT');
  });

  it('refuses a folder without any *.txt file (exit 2)', async () => {
    const run = await runCli(['repair', mkdtempSync(join(tmpdir(), 'senq-repair-empty-'))]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('reads standard input and leaves clean text byte for byte', async () => {
    const clean = 'Vraag over de coördinatie van het beleid « voorlopig » — n° 3, vóór 1 mei.\n';
    const run = await runCli(['repair', '-'], { stdin: clean });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(clean);
    expect(run.stderr).toBe('');
  });
});
