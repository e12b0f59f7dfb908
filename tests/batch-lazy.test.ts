// Batches pull their inputs as work is handed out: a directory walk is never
// all in memory, and results still come out in input order.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeArchive } from './bench/archive.js';
import { expandInputs, InputList, type InputRef } from '../src/cli/inputs.js';

describe('InputList', () => {
  it('walks like expandInputs, counts without keeping, and can be walked again', () => {
    const root = mkdtempSync(join(tmpdir(), 'senq-list-'));
    mkdirSync(join(root, 'b', 'c'), { recursive: true });
    for (const f of ['a.txt', 'b/2.txt', 'b/10.txt', 'b/c/x.txt', 'b/skip.md']) writeFileSync(join(root, f), 'x');
    const list = new InputList([root]);
    expect(list.count()).toBe(4);
    expect([...list]).toEqual(expandInputs([root]));
    expect([...list]).toEqual([...list]);
  });

  it('is standard input for "-", and nothing for no path (the CLI puts "-" there when nothing is given)', () => {
    expect([...new InputList(['-'])]).toEqual([{ kind: 'stdin' }]);
    expect([...new InputList([])]).toEqual([]);
    expect(expandInputs([])).toEqual([{ kind: 'stdin' }]);
  });
});

describe('worker pool (built code)', () => {
  it('pulls inputs only a window ahead of what it has yielded, in order', { timeout: 60_000 }, async () => {
    // The built module: only it has the compiled worker next to it (`npm test` builds first).
    const built = '../dist/cli/batch/pool.js';
    const { runTasks } = (await import(built)) as typeof import('../src/cli/batch/pool.js');
    const archive = mkdtempSync(join(tmpdir(), 'senq-lazy-'));
    const paths = writeArchive(archive, 300, 5).sort();
    let pulled = 0;
    const inputs: Iterable<InputRef> = {
      *[Symbol.iterator]() {
        for (const path of paths) {
          pulled++;
          yield { kind: 'file', path };
        }
      },
    };
    const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), env: {}, stderrIsTTY: false, cwd: process.cwd() };
    const options = { repair: true, maxBytes: 1 << 26, render: { format: 'ndjson', options: {} } };
    const seen: string[] = [];
    let pulledAtFirst = -1;
    for await (const { input, outcome } of runTasks(inputs, paths.length, options, io, 2)) {
      if (pulledAtFirst < 0) pulledAtFirst = pulled;
      seen.push(input.kind === 'file' ? input.path : '-');
      expect(outcome.read).toBe(true);
    }
    expect(seen).toEqual(paths);
    // 2 jobs: a window of 8 chunks of 19 inputs (300 / 16), and not the whole list.
    expect(pulledAtFirst).toBeGreaterThan(0);
    expect(pulledAtFirst).toBeLessThanOrEqual(8 * 19);
  });
});
