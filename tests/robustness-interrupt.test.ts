// Interrupted runs (issue 7, point 5): Ctrl-C in the middle of a batch that
// writes with -o or --out-dir leaves no file under a target name unless it is
// complete, and no temporary behind; the run ends with exit code 130. The
// real binary is used, and the signal goes to its whole process group, as a
// terminal's Ctrl-C does.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './fuzz/binary.js';

const BIN = join(import.meta.dirname, '../bin/senq.js');
const FILES = 3000;
const dir = mkdtempSync(join(tmpdir(), 'senq-interrupt-'));
const inputs = join(dir, 'inputs');

beforeAll(() => {
  // The handler lives in the built binary: rebuild when src/ is newer than dist/.
  ensureBuilt();
  mkdirSync(inputs);
  const seed = readFileSync('fixtures/seed-screen-nl-answered/input.txt');
  for (let i = 0; i < FILES; i++) writeFileSync(join(inputs, `q${String(i).padStart(5, '0')}.txt`), seed);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything under `root`, recursively, hidden entries included. */
function tree(root: string): string[] {
  if (!existsSync(root)) return [];
  try {
    return readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    // The run moves and removes staged files while we poll: a vanished
    // entry during a recursive listing is no result, try again next poll.
    return [];
  }
}

/**
 * Start senq in its own process group, wait until `started()` says it is
 * writing, then send SIGINT (or `signal`) to the group. Resolves to the exit code, or the
 * signal that ended it, and whether the signal came before the run ended.
 */
function interrupt(args: string[], started: () => boolean, signal: NodeJS.Signals = 'SIGINT'): Promise<{ code: number | null; signal: string | null; interrupted: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let interrupted = false;
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const poll = setInterval(() => {
      let ready = false;
      try {
        ready = started();
      } catch {
        // A file listed a moment ago may be renamed away while we look.
      }
      if (!interrupted && ready && child.pid !== undefined) {
        interrupted = true;
        process.kill(-child.pid, signal);
      }
    }, 5);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, interrupted, stderr });
    });
  });
}

describe('Ctrl-C during a batch', () => {
  it('with -o: the target does not appear and no temporary file is left; exit 130', async () => {
    const target = join(dir, 'all.ndjson');
    const isTemp = (name: string) => name.startsWith('.all.ndjson.') && name.endsWith('.tmp');
    const run = await interrupt(['parse', inputs, '--ndjson', '-o', target, '--quiet'], () =>
      readdirSync(dir).some((n) => isTemp(n) && statSync(join(dir, n)).size > 0),
    );
    expect(run.interrupted).toBe(true);
    expect(run.code).toBe(130);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).filter(isTemp)).toEqual([]);
    expect(run.stderr).not.toMatch(/^\s+at /mu);
  });

  it('with -o, when the terminal closes (SIGHUP): the same clean-up; exit 129', async () => {
    const target = join(dir, 'hup.ndjson');
    const isTemp = (name: string) => name.startsWith('.hup.ndjson.') && name.endsWith('.tmp');
    const run = await interrupt(
      ['parse', inputs, '--ndjson', '-o', target, '--quiet'],
      () => readdirSync(dir).some((n) => isTemp(n) && statSync(join(dir, n)).size > 0),
      'SIGHUP',
    );
    expect(run.interrupted).toBe(true);
    expect(run.code).toBe(129);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).filter(isTemp)).toEqual([]);
  });

  it('with --out-dir: no target file appears half-written, no staging folder is left; exit 130', async () => {
    const out = join(dir, 'out');
    const staged = () => tree(out).filter((p) => p.includes('/')).length;
    const run = await interrupt(['parse', inputs, '--out-dir', out, '--quiet'], () => staged() >= 20);
    expect(run.interrupted).toBe(true);
    expect(run.code).toBe(130);
    const left = tree(out);
    // Whatever is under a target name must be a whole record; nothing else may remain.
    for (const name of left) {
      expect(name).toMatch(/^5-8905\.nl(?:\.\d+)?\.json$/u);
      expect(JSON.parse(readFileSync(join(out, name), 'utf8')).id).toBe('5-8905');
    }
    expect(left.filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('with --tables: no temporary table file is left; exit 130', async () => {
    const tables = join(dir, 'tables');
    const temps = () => readdirSync(tables).filter((n) => n.endsWith('.tmp'));
    const run = await interrupt(['parse', inputs, '--ndjson', '-o', join(dir, 'with-tables.ndjson'), '--tables', tables, '--quiet'], () =>
      existsSync(tables) && temps().some((n) => statSync(join(tables, n)).size > 1000),
    );
    expect(run.interrupted).toBe(true);
    expect(run.code).toBe(130);
    expect(tree(tables).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(existsSync(join(dir, 'with-tables.ndjson'))).toBe(false);
  });
});
