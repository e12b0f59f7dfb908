// The progress bar (a terminal, a batch of PROGRESS_THRESHOLD files or more):
// every diagnostic still reaches stderr, and Ctrl-C stops the bar too (which
// gives the terminal its cursor back).
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgress, PROGRESS_THRESHOLD } from '../src/cli/batch/progress.js';
import { PassThrough, Readable } from 'node:stream';
import type { CliIO } from '../src/cli/io.js';
import { registerCleanup, removeTemporaries } from '../src/cli/interrupt.js';
import { runCli } from './helpers/cli.js';

const SEED = 'fixtures/seed-screen-nl-answered/input.txt';

describe('progress bar', () => {
  it('prints the diagnostics of the last files before it goes away', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'senq-progress-'));
    for (let i = 0; i < PROGRESS_THRESHOLD; i++) copyFileSync(SEED, join(dir, `q${String(i).padStart(4, '0')}.txt`));
    // Sorted last: its diagnostic is logged just before the bar stops.
    writeFileSync(join(dir, 'zz-shopping.txt'), 'Eggs, milk, bread.\n');
    const run = await runCli(['parse', dir, '--ndjson', '--min-severity', 'error'], { stderrIsTTY: true, env: { NO_COLOR: '1' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/zz-shopping\.txt:1:1: error SENQ_NOT_A_QUESTION/u);
  });

  /** Whether a bar is drawn for 1,000 files, stderr a terminal. */
  const shown = async ({ stdoutIsTTY = false, dataOnStdout = false, TERM }: { stdoutIsTTY?: boolean; dataOnStdout?: boolean; TERM?: string }) => {
    const io: CliIO = { stdin: Readable.from([]), stdout: new PassThrough(), stderr: new PassThrough(), env: { TERM }, stderrIsTTY: true, stdoutIsTTY, cwd: '.' };
    const p = await createProgress(io, 1000, true, dataOnStdout);
    p.stop();
    return p.bar;
  };

  it('is not drawn when the data goes to the same terminal (stdout a terminal too)', async () => {
    expect(await shown({ stdoutIsTTY: true, dataOnStdout: true })).toBe(false);
    expect(await shown({ stdoutIsTTY: true, dataOnStdout: false })).toBe(true); // -o FILE or --out-dir
    expect(await shown({ stdoutIsTTY: false, dataOnStdout: true })).toBe(true); // stdout redirected
  });

  it('is not drawn on a terminal that cannot move its cursor (TERM=dumb)', async () => {
    expect(await shown({ TERM: 'dumb' })).toBe(false);
    expect(await shown({ TERM: 'xterm-256color' })).toBe(true);
  });

  it('runs registered clean-ups (the bar\'s stop) when the run is interrupted', () => {
    let ran = 0;
    registerCleanup(() => ran++);
    const forgotten = registerCleanup(() => ran += 10);
    forgotten();
    removeTemporaries();
    expect(ran).toBe(1);
  });
});
