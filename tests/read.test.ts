// Reading one input: size limits are checked on the file's size, before reading.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../src/cli/io.js';
import { readInput } from '../src/cli/read.js';

/** readInput on a file path (standard input, the only use of the I/O, is not read here). */
const readFile = (path: string, maxBytes: number, deferAbove?: number) => readInput({ kind: 'file', path }, {} as CliIO, maxBytes, deferAbove);

describe('readInput on files, FIFOs and devices', () => {
  const dir = mkdtempSync(join(tmpdir(), 'senq-read-'));
  const file = join(dir, 'page.txt');
  writeFileSync(file, 'x'.repeat(5000));

  it('reads a file whole', async () => {
    const got = await readFile(file, 10_000);
    expect(got.ok && got.bytes.length).toBe(5000);
  });

  it('refuses a file over --max-bytes, and defers one over the caller\'s limit without reading it', async () => {
    expect(await readFile(file, 4999)).toMatchObject({ ok: false, code: 'SENQ_TOO_LARGE' });
    expect(await readFile(file, 10_000, 4999)).toMatchObject({ ok: false, code: 'DEFERRED' });
    expect((await readFile(file, 10_000, 5000)).ok).toBe(true);
  });

  it('reports a directory as one, not as a file', async () => {
    expect(await readFile(dir, 10_000)).toMatchObject({ ok: false, code: 'SENQ_READ_FAILED' });
  });

  it('reads an empty file and reports a missing one', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const empty = await readFile(join(dir, 'empty.txt'), 10);
    expect(empty.ok && empty.bytes.length).toBe(0);
    expect(await readFile(join(dir, 'missing.txt'), 10)).toMatchObject({ ok: false, code: 'SENQ_READ_FAILED' });
  });

  // FIFOs and devices have no size to check first: the limit must stop the reading itself.
  const unix = process.platform !== 'win32';

  it.runIf(unix)('refuses an endless device once it is over --max-bytes, without reading it all', async () => {
    expect(await readFile('/dev/zero', 100_000)).toMatchObject({ ok: false, code: 'SENQ_TOO_LARGE' });
  }, 5000);

  it.runIf(unix)('refuses an endless pipe (FIFO) over --max-bytes, and reads a short one whole', async () => {
    const fifo = join(dir, 'endless.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `yes senq > '${fifo}'`], { stdio: 'ignore' });
    const ended = new Promise((resolve) => writer.on('exit', resolve));
    expect(await readFile(fifo, 100_000)).toMatchObject({ ok: false, code: 'SENQ_TOO_LARGE' });
    // Closing the pipe ends the writer (SIGPIPE): nothing was left reading it.
    await ended;

    const short = join(dir, 'short.fifo');
    execFileSync('mkfifo', [short]);
    spawn('sh', ['-c', `printf 'page text' > '${short}'`], { stdio: 'ignore' });
    const got = await readFile(short, 100_000);
    expect(got.ok && got.bytes.toString()).toBe('page text');
  }, 5000);
});
