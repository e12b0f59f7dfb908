// A handful of cases through the real binary (bin/senq.js → dist/): the
// process boundary is where stack traces and odd exit codes would show.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Problem } from './check.js';
import { judgeCliRun } from './cli-check.js';
import type { FuzzCase } from './mutate.js';

const ROOT = resolve(import.meta.dirname, '../..');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Rebuild dist/ when src/ is newer, so the binary runs the code under test. */
export function ensureBuilt(): void {
  let built = 0;
  try {
    built = newest(join(ROOT, 'dist'));
  } catch {
    // no dist yet
  }
  if (built >= newest(join(ROOT, 'src'))) return;
  // The steps of `npm run build` one by one: a type error elsewhere fails
  // tsc's exit code (it still emits), and must not skip the bundle the
  // binary runs from.
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
  spawnSync('npm', ['run', '-s', 'build:data'], { cwd: ROOT, stdio: 'ignore' });
  spawnSync('npm', ['run', '-s', 'build:bundle'], { cwd: ROOT, stdio: 'ignore' });
}

/** Each case as a file argument, plus all of them at once as a directory. */
export function checkBinary(cases: readonly FuzzCase[]): Array<{ c: FuzzCase | null; args: string[]; problems: Problem[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'senq-fuzz-bin-'));
  const out: Array<{ c: FuzzCase | null; args: string[]; problems: Problem[] }> = [];
  try {
    const run = (c: FuzzCase | null, args: string[]) => {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/senq.js'), ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
      out.push({ c, args, problems: judgeCliRun(r.status, r.stderr ?? '', r.signal) });
    };
    cases.forEach((c, i) => {
      const file = join(dir, `case-${c.index}.txt`);
      writeFileSync(file, c.bytes);
      run(c, ['parse', file, i % 2 === 0 ? '--ndjson' : '--md']);
    });
    run(null, ['parse', dir, '--csv', '--excel', '-o', join(dir, 'all.csv')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
