// Batches: directories, --include, --files-from, keep going, summary,
// --fail-fast, --quiet, and --jobs giving byte-identical output.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeArchive } from './bench/archive.js';
import { runCli } from './helpers/cli.js';

const SEED = 'fixtures/seed-screen-nl-answered/input.txt';
const FR = 'fixtures/screen-fr-lapsed-reintroduction-stray-space/input.txt';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'senq-batch-'));
  mkdirSync(join(dir, 'b'));
  copyFileSync(SEED, join(dir, 'b', '2.txt'));
  copyFileSync(FR, join(dir, 'a.txt'));
  copyFileSync(SEED, join(dir, 'b', '10.txt'));
  writeFileSync(join(dir, 'notes.md'), 'not taken: wrong extension');
});

const ids = (ndjson: string) => ndjson.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).source.path as string);

describe('batch inputs', () => {
  it('walks directories recursively in sorted order, *.txt only', async () => {
    const run = await runCli(['parse', dir, '--ndjson']);
    expect(run.code).toBe(0);
    expect(ids(run.stdout)).toEqual([join(dir, 'a.txt'), join(dir, 'b', '10.txt'), join(dir, 'b', '2.txt')]);
  });

  it('--include changes which files a directory contributes', async () => {
    const run = await runCli(['parse', dir, '--ndjson', '--include', 'a*']);
    expect(ids(run.stdout)).toEqual([join(dir, 'a.txt')]);
  });

  it('--files-from reads paths from a file and from standard input', async () => {
    const list = join(dir, 'list');
    writeFileSync(list, `${FR}\n\n${SEED}\n`);
    expect(ids((await runCli(['parse', '--files-from', list, '--ndjson'])).stdout)).toEqual([FR, SEED]);
    expect(ids((await runCli(['parse', '--files-from', '-', '--ndjson'], { stdin: `${SEED}\n` })).stdout)).toEqual([SEED]);
  });

  it('an empty --files-from list means no input at all, not standard input: a usage error', async () => {
    const list = join(mkdtempSync(join(tmpdir(), 'senq-empty-list-')), 'list.txt');
    writeFileSync(list, '\n');
    const run = await runCli(['parse', '--files-from', list, '--ndjson'], { stdin: readFileSync(SEED) });
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });

  it('refuses a run that finds no input file, before any output is replaced', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'senq-no-input-'));
    const target = join(empty, 'out.ndjson');
    writeFileSync(target, 'OLD\n');
    for (const args of [[empty], [dir, '--include', '*.tx'], [dir, '--include', '[']]) {
      const run = await runCli(['parse', ...args, '--ndjson', '-o', target]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^senq: /mu);
      expect(readFileSync(target, 'utf8')).toBe('OLD\n');
    }
  });

  it('leaves hidden files out by default, as --include "*.txt" does', async () => {
    const hidden = mkdtempSync(join(tmpdir(), 'senq-hidden-'));
    copyFileSync(SEED, join(hidden, 'a.txt'));
    writeFileSync(join(hidden, '._a.txt'), Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]));
    const run = await runCli(['parse', hidden, '--ndjson']);
    expect(run.code).toBe(0);
    expect(ids(run.stdout)).toEqual([join(hidden, 'a.txt')]);
  });

  it('reads --files-from lines without the blanks, BOM and CR around them', async () => {
    const list = `\uFEFF  ${FR} \r\n${SEED}\t\r\n   \r\n`;
    const run = await runCli(['parse', '--files-from', '-', '--ndjson'], { stdin: list });
    expect(run.code).toBe(0);
    expect(ids(run.stdout)).toEqual([FR, SEED]);
  });

  it('leaves hidden folders out of a walk', async () => {
    const root = mkdtempSync(join(tmpdir(), 'senq-hidden-dir-'));
    mkdirSync(join(root, '.cache'));
    copyFileSync(SEED, join(root, 'a.txt'));
    copyFileSync(SEED, join(root, '.cache', 'b.txt'));
    expect(ids((await runCli(['parse', root, '--ndjson'])).stdout)).toEqual([join(root, 'a.txt')]);
  });

  it('refuses "-" as an input when standard input holds the --files-from list', async () => {
    const run = await runCli(['parse', '--files-from', '-', '-', '--ndjson'], { stdin: `${SEED}\n` });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('takes --include and --files-from more than once: any glob matches, the lists are read in order', async () => {
    const run = await runCli(['parse', dir, '--ndjson', '--include', 'a*', '--include', '10*']);
    expect(ids(run.stdout)).toEqual([join(dir, 'a.txt'), join(dir, 'b', '10.txt')]);
    const one = join(dir, 'one.list');
    const two = join(dir, 'two.list');
    writeFileSync(one, `${FR}\n`);
    writeFileSync(two, `${SEED}\n`);
    const lists = await runCli(['parse', '--files-from', two, '--files-from', one, '--ndjson']);
    expect(ids(lists.stdout)).toEqual([SEED, FR]);
    const twice = await runCli(['parse', '--files-from', '-', '--files-from', '-', '--ndjson'], { stdin: `${SEED}\n` });
    expect(twice.code).toBe(2);
  });

  it('reads NUL-separated --files-from lists with -0 (find -print0), names with line breaks too', async () => {
    const odd = mkdtempSync(join(tmpdir(), 'senq-odd-'));
    const broken = join(odd, 'two\nlines.txt');
    copyFileSync(SEED, broken);
    const run = await runCli(['parse', '--files-from', '-', '-0', '--ndjson'], { stdin: `${FR}\0${broken}\0` });
    expect(ids(run.stdout)).toEqual([FR, broken]);
    // `**` is a regex "." run to picomatch, which stopped at the line break.
    expect((await runCli(['parse', odd, '--include', '**', '--ndjson'])).stdout).toContain('two\\nlines.txt');
  });

  // Names from a Windows zip unpacked on Linux are often Latin-1 bytes: Node
  // gave them as U+FFFD and could not open them ("no such file"), and a
  // whole folder so named was lost as one unreadable "file". (Linux only:
  // macOS and Windows refuse such names.)
  it.runIf(process.platform === 'linux')('parses files and folders whose names are not UTF-8, showing the stray bytes as \\xHH', async () => {
    const root = mkdtempSync(join(tmpdir(), 'senq-names-'));
    const bytesOf = (...parts: Array<string | Buffer>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
    const folder = bytesOf(root, '/r', Buffer.from([0xe9]), 'pertoire');
    mkdirSync(folder);
    writeFileSync(bytesOf(folder, '/vraag.txt'), readFileSync(SEED));
    writeFileSync(bytesOf(root, '/lat', Buffer.from([0xe9]), '.txt'), readFileSync(FR));
    const run = await runCli(['parse', root, '--ndjson']);
    expect(run.code).toBe(0);
    expect(ids(run.stdout)).toEqual([join(root, 'lat\\xe9.txt'), join(root, 'r\\xe9pertoire', 'vraag.txt')]);
    // The same bytes in a --files-from list.
    const listed = await runCli(['parse', '--files-from', '-', '--ndjson'], { stdin: bytesOf(root, '/lat', Buffer.from([0xe9]), '.txt\n') });
    expect(ids(listed.stdout)).toEqual([join(root, 'lat\\xe9.txt')]);
    // On the command line the bytes are gone before senq sees them: said so.
    const named = await runCli(['parse', join(root, 'lat\uFFFD.txt')]);
    expect(named.stderr).toContain('error SENQ_READ_FAILED');
    expect(named.code).toBe(2);
  });

  it('refuses counts that are not plain digits (-j 1e1, 0x2, " 2")', async () => {
    for (const jobs of ['1e1', '0x2', ' 2', '2.0']) expect((await runCli(['parse', SEED, '--jobs', jobs])).code).toBe(2);
    expect((await runCli(['parse', SEED, '--jobs', '2', '--ndjson'])).code).toBe(0);
  });

  it('ends a batch with a one-line summary on stderr, not with --quiet, not for one file', async () => {
    const run = await runCli(['parse', dir, '--ndjson']);
    expect(run.stderr).toMatch(/^senq: 3 files, 3 records, \d+ warnings, 0 errors, \d+ repairs, [\d.]+ s$/mu);
    expect((await runCli(['parse', dir, '--ndjson', '--quiet'])).stderr).not.toMatch(/^senq: /mu);
    expect((await runCli(['parse', SEED])).stderr).not.toMatch(/^senq: /mu);
  });
});

describe('keep going', () => {
  let bad: string;
  beforeAll(() => {
    bad = mkdtempSync(join(tmpdir(), 'senq-bad-'));
    copyFileSync(SEED, join(bad, '1-good.txt'));
    symlinkSync(join(bad, 'nowhere'), join(bad, '2-unreadable.txt'));
    writeFileSync(join(bad, '3-binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]));
    writeFileSync(join(bad, '4-shopping.txt'), 'Eggs, milk, bread.\n');
    copyFileSync(FR, join(bad, '5-good.txt'));
  });

  it('writes every good record, reports each bad file by path, summarises and exits 1', async () => {
    const run = await runCli(['parse', bad, '--ndjson']);
    expect(run.code).toBe(1);
    expect(ids(run.stdout)).toEqual([join(bad, '1-good.txt'), join(bad, '5-good.txt')]);
    expect(run.stderr).toContain(`${join(bad, '2-unreadable.txt')}: error SENQ_READ_FAILED`);
    expect(run.stderr).toMatch(new RegExp(`${join(bad, '3-binary.txt')}.*SENQ_BINARY_INPUT`));
    expect(run.stderr).toMatch(new RegExp(`${join(bad, '4-shopping.txt')}.*SENQ_NOT_A_QUESTION`));
    expect(run.stderr).toMatch(/^senq: 5 files, 2 records, \d+ warnings, 3 errors/mu);
  });

  it('--fail-fast stops at the first failing file', async () => {
    const run = await runCli(['parse', bad, '--ndjson', '--fail-fast']);
    expect(run.code).toBe(1);
    expect(ids(run.stdout)).toEqual([join(bad, '1-good.txt')]);
    expect(run.stderr).toContain('2-unreadable.txt');
    expect(run.stderr).not.toContain('3-binary.txt');
    // The summary says the run was cut short, and how much it left.
    expect(run.stderr).toMatch(/^senq: 2 files, 1 record, .*; stopped at the first error \(--fail-fast\), 3 files not read$/mu);
  });

  it('exits 2 when no input could be read at all', async () => {
    const run = await runCli(['parse', join(bad, '2-unreadable.txt'), 'missing.txt']);
    expect(run.code).toBe(2);
    expect((await runCli(['parse', 'missing.txt', '--fail-fast'])).code).toBe(2);
  });

  it.each([
    ['with inputs left', () => [bad]],
    ['at the last input', () => [join(bad, '1-good.txt'), join(bad, '4-shopping.txt')]],
  ])('replaces no -o file when --fail-fast stopped the run %s', async (_when, inputs) => {
    const target = join(mkdtempSync(join(tmpdir(), 'senq-ff-')), 'out.ndjson');
    writeFileSync(target, 'OLD\n');
    const run = await runCli(['parse', ...inputs(), '--ndjson', '--fail-fast', '-o', target]);
    expect(run.code).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe('OLD\n');
  });

  it('exits 1, not 2, when --fail-fast stops at an unreadable first input before the others were tried', async () => {
    const run = await runCli(['parse', join(bad, '2-unreadable.txt'), join(bad, '1-good.txt'), '--ndjson', '--fail-fast']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  });
});

describe('--jobs', () => {
  it('ends at --fail-fast without waiting for a later "-" whose standard input stays open (worker threads)', async () => {
    const notes = join(mkdtempSync(join(tmpdir(), 'senq-stdin-')), 'shopping.txt');
    writeFileSync(notes, 'Eggs, milk, bread.\n');
    const child = spawn('node', ['bin/senq.js', 'parse', notes, '-', SEED, FR, '--jobs', '2', '--fail-fast', '--ndjson'], { stdio: 'pipe' });
    // Standard input is given a page but never closed, like a terminal.
    child.stdin.write(readFileSync(SEED));
    const ended = await new Promise<number | string | null>((resolve) => {
      const timer = setTimeout(() => resolve('still running'), 5000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    child.kill();
    expect(ended).toBe(1);
  }, 10_000);

  it('gives byte-identical output with 1 and 2 worker threads (real binary, generated archive)', { timeout: 60_000 }, () => {
    const archive = mkdtempSync(join(tmpdir(), 'senq-archive-'));
    writeArchive(archive, 300, 7);
    const run = (jobs: string, format: string) =>
      spawnSync('node', ['bin/senq.js', 'parse', archive, `--${format}`, '--quiet', '--jobs', jobs], { maxBuffer: 1 << 28 });
    for (const format of ['ndjson', 'md', 'csv']) {
      const one = run('1', format);
      const two = run('2', format);
      expect(one.status).toBe(two.status);
      expect(one.stdout.length).toBeGreaterThan(100_000);
      expect(two.stdout.equals(one.stdout)).toBe(true);
      expect(two.stderr.toString()).toBe(one.stderr.toString());
    }
    // Under 64 files a batch runs in the main thread: the same records.
    const ndjson = run('2', 'ndjson').stdout.toString();
    const lines = ndjson.trim().split('\n');
    const firstPaths = [...new Set(lines.map((l) => JSON.parse(l).source.path as string))].slice(0, 40);
    const list = join(archive, 'first-40.list');
    writeFileSync(list, firstPaths.join('\n'));
    const small = spawnSync('node', ['bin/senq.js', 'parse', '--files-from', list, '--ndjson', '--quiet', '--jobs', '1'], { maxBuffer: 1 << 28 });
    const fromFirst = lines.filter((l) => firstPaths.includes(JSON.parse(l).source.path));
    expect(small.stdout.toString()).toBe(`${fromFirst.join('\n')}\n`);
    // The archive is what the benchmark generates: check it holds every variant.
    const variants = new Set(
      run('2', 'ndjson')
        .stdout.toString()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).variant),
    );
    expect([...variants].sort()).toEqual(['bulletin', 'fragment', 'print', 'print-bilingual', 'screen']);
  });
});

describe('--jobs with a file too big for a worker', () => {
  it('parses it in the main thread, in its place, with the same output as --jobs 1', { timeout: 60_000 }, () => {
    const archive = mkdtempSync(join(tmpdir(), 'senq-big-'));
    writeArchive(archive, 40, 3);
    // Over the 512 KiB a worker takes: the seed page with a long answer appended.
    const paragraph = `${'Het antwoord luidt: de potentiŽle maatregelen worden geëvalueerd. '.repeat(40)}\n\n`;
    writeFileSync(join(archive, '000', '5-0000-big.txt'), `${readFileSync(SEED, 'utf8')}\n\n${paragraph.repeat(500)}`);
    const run = (jobs: string) => spawnSync('node', ['bin/senq.js', 'parse', archive, '--ndjson', '--quiet', '--jobs', jobs], { maxBuffer: 1 << 28 });
    const one = run('1');
    const two = run('2');
    expect(two.status).toBe(one.status);
    expect(two.stdout.equals(one.stdout)).toBe(true);
    expect(two.stderr.toString()).toBe(one.stderr.toString());
    const paths = two.stdout.toString().trim().split('\n').map((l) => JSON.parse(l).source.path as string);
    const big = join(archive, '000', '5-0000-big.txt');
    expect(paths).toContain(big);
    expect(paths.indexOf(big)).toBeGreaterThan(0);
    expect(statSync(big).size).toBeGreaterThan(512 * 1024);
  });
});

describe('--min-severity', () => {
  it('prints only diagnostics at or above the level; records keep them all', async () => {
    const all = await runCli(['parse', SEED, '--ndjson']);
    expect(all.stderr).toContain('warning SENQ_LIST_LOST');
    const errorsOnly = await runCli(['parse', SEED, '--ndjson', '--min-severity', 'error']);
    expect(errorsOnly.stderr).toBe('');
    expect(JSON.parse(errorsOnly.stdout).diagnostics.map((d: { code: string }) => d.code)).toContain('SENQ_LIST_LOST');
    expect((await runCli(['parse', SEED, '--min-severity', 'loud'])).code).toBe(2);
  });
});

describe('worker pool recovery (faults injected with SENQ_TEST_WORKER_FAULT)', () => {
  let archive: string;
  let files: string[];
  beforeAll(() => {
    archive = mkdtempSync(join(tmpdir(), 'senq-faults-'));
    writeArchive(archive, 120, 11);
    const listed = spawnSync('node', ['bin/senq.js', 'parse', archive, '--ndjson', '--quiet', '--jobs', '1'], { maxBuffer: 1 << 28 });
    files = [...new Set(ids(listed.stdout.toString()))];
  });
  const run = (fault: string) =>
    spawnSync('node', ['bin/senq.js', 'parse', archive, '--ndjson', '--jobs', '2'], {
      maxBuffer: 1 << 28,
      timeout: 30_000,
      env: { ...process.env, SENQ_TEST_WORKER_FAULT: fault },
    });
  const failedPaths = (stderr: string) => [...stderr.matchAll(/^(.*): error SENQ_INTERNAL/gmu)].map((m) => m[1]);

  it.each(['exit', 'throw', 'oom'])('a worker that fails (%s) has its chunks parsed again in the main thread: nothing is lost, order kept', (kind) => {
    expect(files.length).toBeGreaterThan(100);
    const got = run(`${kind}:${files[60]}`);
    expect(got.error).toBeUndefined(); // no hang (timeout)
    expect(got.status).toBe(0);
    // The fault did happen (else this test would prove nothing).
    expect(got.stderr.toString()).toContain(`test fault injected in a worker: ${kind}`);
    expect(failedPaths(got.stderr.toString())).toEqual([]);
    expect([...new Set(ids(got.stdout.toString()))]).toEqual(files);
  }, 60_000);
});

// A FIFO whose writer has not come yet: a thread waiting in open() or read()
// held back the records already done (they sat in a part-filled block) and
// even a signal (the exit waited for that thread).
describe.runIf(process.platform !== 'win32')('an input that makes senq wait (a FIFO)', () => {
  const waiting = (jobs: string) => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'senq-fifo-')), 'later.txt');
    execFileSync('mkfifo', [fifo]);
    const child = spawn('node', ['bin/senq.js', 'parse', SEED, fifo, '--ndjson', '--quiet', '--jobs', jobs], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    return { fifo, child, exited, output: () => out };
  };
  const within = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))]);

  it.each(['1', '2'])('writes the records already done while it waits (--jobs %s), then the rest', async (jobs) => {
    const run = waiting(jobs);
    const seen = async () => {
      for (let t = 0; t < 50 && !run.output().includes('"id":"5-8905"'); t++) await new Promise((r) => setTimeout(r, 100));
      return run.output();
    };
    expect(await seen()).toContain('"id":"5-8905"');
    writeFileSync(run.fifo, readFileSync(FR));
    expect(await within(run.exited, 10_000)).toEqual({ code: 0, signal: null });
    expect(run.output().trim().split('\n')).toHaveLength(2);
  }, 20_000);

  it('ends at SIGTERM while it waits, with exit code 143', async () => {
    const run = waiting('1');
    await new Promise((r) => setTimeout(r, 1000));
    run.child.kill('SIGTERM');
    const ended = await within(run.exited, 3000);
    if (ended === 'timeout') run.child.kill('SIGKILL');
    expect(ended).toEqual({ code: 143, signal: null });
  }, 10_000);
});
