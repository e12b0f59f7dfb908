// Reading one input: size limits are checked on the file's size, before reading.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileChecked } from '../src/cli/read.js';

describe('readFileChecked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'senq-read-'));
  const file = join(dir, 'page.txt');
  writeFileSync(file, 'x'.repeat(5000));

  it('reads a file whole', () => {
    const got = readFileChecked(file, 10_000);
    expect(got.ok && got.bytes.length).toBe(5000);
  });

  it('refuses a file over --max-bytes, and defers one over the caller\'s limit without reading it', () => {
    expect(readFileChecked(file, 4999)).toMatchObject({ ok: false, code: 'SENQ_TOO_LARGE' });
    expect(readFileChecked(file, 10_000, 4999)).toMatchObject({ ok: false, code: 'DEFERRED' });
    expect(readFileChecked(file, 10_000, 5000).ok).toBe(true);
  });

  it('reports a directory as one, not as a file', () => {
    expect(readFileChecked(dir, 10_000)).toMatchObject({ ok: false, code: 'SENQ_READ_FAILED', message: expect.stringMatching(/directory/u) });
  });

  it('reads an empty file and reports a missing one', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const empty = readFileChecked(join(dir, 'empty.txt'), 10);
    expect(empty.ok && empty.bytes.length).toBe(0);
    expect(readFileChecked(join(dir, 'missing.txt'), 10)).toMatchObject({ ok: false, code: 'SENQ_READ_FAILED' });
  });

  // FIFOs and devices have no size to check first: the limit must stop the reading itself.
  const unix = process.platform !== 'win32';

  it.runIf(unix)('refuses an endless device once it is over --max-bytes, without reading it all', () => {
    expect(readFileChecked('/dev/zero', 100_000)).toMatchObject({ ok: false, code: 'SENQ_TOO_LARGE' });
  }, 5000);

  it.runIf(unix)('refuses an endless pipe (FIFO) over --max-bytes, and reads a short one whole', async () => {
    const fifo = join(dir, 'endless.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `yes senq > '${fifo}'`], { stdio: 'ignore' });
    const ended = new Promise((resolve) => writer.on('exit', resolve));
    expect(readFileChecked(fifo, 100_000)).toMatchObject({ ok: false, code: 'SENQ_TOO_LARGE' });
    // Closing the pipe ends the writer (SIGPIPE): nothing was left reading it.
    await ended;

    const short = join(dir, 'short.fifo');
    execFileSync('mkfifo', [short]);
    spawn('sh', ['-c', `printf 'page text' > '${short}'`], { stdio: 'ignore' });
    const got = readFileChecked(short, 100_000);
    expect(got.ok && got.bytes.toString()).toBe('page text');
  }, 5000);
});
