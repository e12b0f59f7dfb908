// Reading one input: size limits are checked on the file's size, before reading.
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

  it('reads an empty file and reports a missing one', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const empty = readFileChecked(join(dir, 'empty.txt'), 10);
    expect(empty.ok && empty.bytes.length).toBe(0);
    expect(readFileChecked(join(dir, 'missing.txt'), 10)).toMatchObject({ ok: false, code: 'SENQ_READ_FAILED' });
  });
});
