// What a run may replace: -o never writes over an input, a folder or a
// --tables file; a run that reads nothing, fails, is refused or loses its
// reader leaves earlier outputs (-o file, tables, --out-dir files) as they
// were, with no temporary file behind.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './fuzz/binary.js';
import { runCli } from './helpers/cli.js';

const SEED = 'fixtures/seed-screen-nl-answered/input.txt';
const FR = 'fixtures/screen-fr-lapsed-reintroduction-stray-space/input.txt';
const seedText = readFileSync(SEED, 'utf8');

const temporaries = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.tmp') || n.startsWith('.senq-staging'));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'senq-safety-'));
});

/** A fresh folder holding a copy of the seed page as `page.txt`. */
function workspace(): { root: string; page: string } {
  const root = mkdtempSync(join(dir, 'ws-'));
  const page = join(root, 'page.txt');
  copyFileSync(SEED, page);
  return { root, page };
}

describe('-o onto something it must not replace', () => {
  it('refuses an input file, under its own name or through a link, for parse and repair', async () => {
    const { root, page } = workspace();
    const alias = join(root, 'alias.txt');
    symlinkSync(page, alias);
    for (const argv of [
      ['parse', page, '-o', page],
      ['parse', root, '--ndjson', '-o', alias],
      ['repair', page, '-o', page],
    ]) {
      const run = await runCli(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(readFileSync(page, 'utf8')).toBe(seedText);
    }
    expect(temporaries(root)).toEqual([]);
  });

  it('refuses a folder or a name ending in a slash, and leaves no temporary file', async () => {
    const { root, page } = workspace();
    mkdirSync(join(root, 'sub'));
    for (const target of [join(root, 'sub'), `${join(root, 'new')}/`, '']) {
      const run = await runCli(['parse', page, '-o', target]);
      expect(run.code, target).toBe(2);
      expect(run.stderr).not.toContain('internal error');
    }
    expect(temporaries(root)).toEqual([]);
  });

  it('refuses a file that --tables also writes', async () => {
    const { root, page } = workspace();
    const tables = join(root, 'tables');
    mkdirSync(tables);
    const run = await runCli(['parse', page, '--csv', '-o', join(tables, 'items.csv'), '--tables', tables]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('also written by --tables');
    expect(readdirSync(tables)).toEqual([]);
  });

  it('refuses --tables when one of its files is an input', async () => {
    const { root } = workspace();
    const tables = join(root, 'tables');
    mkdirSync(tables);
    const input = join(tables, 'items.csv');
    copyFileSync(SEED, input);
    const run = await runCli(['parse', input, '--ndjson', '--tables', tables]);
    expect(run.code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(seedText);
  });

  it.runIf(process.platform !== 'win32')('keeps the permissions of the -o file and the tables it replaces', async () => {
    const { root, page } = workspace();
    const out = join(root, 'private.json');
    const tables = join(root, 'tables');
    mkdirSync(tables);
    writeFileSync(out, 'old', { mode: 0o600 });
    writeFileSync(join(tables, 'items.csv'), 'old', { mode: 0o640 });
    chmodSync(out, 0o600);
    chmodSync(join(tables, 'items.csv'), 0o640);
    const run = await runCli(['parse', page, '-o', out, '--tables', tables]);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe('old');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(statSync(join(tables, 'items.csv')).mode & 0o777).toBe(0o640);
  });

  it('replaces neither -o nor any table when one table cannot be written (a folder in its place)', async () => {
    const { root, page } = workspace();
    const tables = join(root, 'tables');
    mkdirSync(join(tables, 'items.csv'), { recursive: true });
    writeFileSync(join(tables, 'keywords.csv'), 'old');
    const out = join(root, 'out.json');
    writeFileSync(out, 'precious');
    const run = await runCli(['parse', page, '-o', out, '--tables', tables]);
    expect(run.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect(readFileSync(join(tables, 'keywords.csv'), 'utf8')).toBe('old');
    expect(readdirSync(tables).sort()).toEqual(['items.csv', 'keywords.csv']);
    expect(temporaries(root)).toEqual([]);
  });

  it('leaves no --tables temporaries when -o cannot be opened', async () => {
    const { root, page } = workspace();
    const tables = join(root, 'tables');
    mkdirSync(tables);
    const run = await runCli(['parse', page, '-o', join(root, 'missing', 'out.json'), '--tables', tables]);
    expect(run.code).toBe(2);
    expect(readdirSync(tables)).toEqual([]);
  });
});

describe('-o onto a link or a special file', () => {
  it('writes through a symbolic link to its file, and the link stays a link', async () => {
    const { root, page } = workspace();
    const real = join(root, 'real.json');
    const link = join(root, 'link.json');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    const run = await runCli(['parse', page, '-o', link]);
    expect(run.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, 'utf8')).id).toBe('5-8905');
    expect(temporaries(root)).toEqual([]);
  });

  it.runIf(process.platform !== 'win32')('writes into a named pipe (as into /dev/null), never renaming a file over it', async () => {
    const { root, page } = workspace();
    const fifo = join(root, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (c: Buffer) => (got += c.toString('utf8')));
    const ended = new Promise((resolve) => reader.on('exit', resolve));
    const run = await runCli(['parse', page, '--ndjson', '-o', fifo]);
    await ended;
    expect(run.code).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(got).id).toBe('5-8905');
    expect(temporaries(root)).toEqual([]);
  });
});

describe('a run that writes nothing useful replaces nothing', () => {
  it('keeps an existing -o file when no input could be read (parse and repair)', async () => {
    const { root } = workspace();
    const keep = join(root, 'keep.json');
    for (const command of ['parse', 'repair']) {
      writeFileSync(keep, 'precious');
      const run = await runCli([command, join(root, 'missing.txt'), '-o', keep]);
      expect(run.code, command).toBe(2);
      expect(readFileSync(keep, 'utf8'), command).toBe('precious');
    }
    expect(temporaries(root)).toEqual([]);
  });

  it('keeps the tables when --out-dir refuses to replace existing files', async () => {
    const { root, page } = workspace();
    const [out, tables] = [join(root, 'out'), join(root, 'tables')];
    expect((await runCli(['parse', page, '--out-dir', out, '--tables', tables])).code).toBe(0);
    const first = readFileSync(join(tables, 'chronology.csv'), 'utf8');
    // The seed's record file exists now (refused without --force); the FR
    // page would add chronology rows, so replaced tables would differ.
    const refused = await runCli(['parse', page, FR, '--out-dir', out, '--tables', tables]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exist');
    expect(readFileSync(join(tables, 'chronology.csv'), 'utf8')).toBe(first);
    expect(temporaries(tables)).toEqual([]);
    expect(temporaries(out)).toEqual([]);
  });

  it('keeps complete tables when the reader of stdout leaves early (| head)', () => {
    ensureBuilt();
    const { root } = workspace();
    const pages = join(root, 'pages');
    mkdirSync(pages);
    for (let i = 0; i < 400; i++) copyFileSync(i % 2 ? SEED : FR, join(pages, `q${String(i).padStart(4, '0')}.txt`));
    const tables = join(root, 'tables');
    const bin = join(import.meta.dirname, '../bin/senq.js');
    const whole = spawnSync(process.execPath, [bin, 'parse', pages, '--json', '--quiet', '--jobs', '1', '--tables', tables], { maxBuffer: 1 << 28 });
    expect(whole.status).toBe(0);
    const complete = readFileSync(join(tables, 'chronology.csv'), 'utf8');
    const cut = spawnSync('bash', ['-c', `'${process.execPath}' '${bin}' parse '${pages}' --json --quiet --jobs 1 --tables '${tables}' | head -c 100 > /dev/null`]);
    expect(cut.status).toBe(0);
    expect(readFileSync(join(tables, 'chronology.csv'), 'utf8')).toBe(complete);
    expect(temporaries(tables)).toEqual([]);
  }, 60_000);
});
