// One fuzz worker process: builds and checks the cases the runner assigns
// (every index ≡ slot mod workers), reports problems and totals over IPC.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { listFixtures } from '../helpers/fixtures.js';
import { checkLibrary, type Problem } from './check.js';
import { CLI_VARIANTS, checkCliInProcess } from './cli-check.js';
import { makeCase, toBase, type FuzzCase } from './mutate.js';

export interface WorkerTask {
  seed: number;
  runs: number;
  slot: number;
  workers: number;
  /** Every cliEvery-th case also goes through the in-process CLI (0: none). */
  cliEvery: number;
  saveDir: string;
}

export interface Failure {
  index: number;
  base: string;
  ops: string[];
  via: string;
  problems: Problem[];
  saved: string;
}

export interface WorkerTotals {
  inputs: number;
  bytes: number;
  cliRuns: number;
  crashes: number;
  internal: number;
  /** Records the published JSON Schema refuses. */
  schema: number;
  lostLines: number;
  lossInputs: number;
  slowestMs: number;
  slowestIndex: number;
}

const SLOW_MS = 5000;

export const corpus = () => listFixtures().map((f) => toBase(f.name, f.input, f.options));

/** Keep the failing input and what was done to it, for `--only` and debugging. */
export function save(dir: string, seed: number, c: FuzzCase, problems: Problem[], via: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `case-${seed}-${c.index}.txt`);
  writeFileSync(file, c.bytes);
  writeFileSync(`${file}.json`, `${JSON.stringify({ seed, index: c.index, base: c.base, ops: c.ops, via, options: c.options, problems }, null, 2)}\n`);
  return file;
}

export async function runTask(task: WorkerTask, report: (f: Failure) => void, progress: (done: number) => void): Promise<WorkerTotals> {
  const bases = corpus();
  const t: WorkerTotals = { inputs: 0, bytes: 0, cliRuns: 0, crashes: 0, internal: 0, schema: 0, lostLines: 0, lossInputs: 0, slowestMs: 0, slowestIndex: -1 };
  const tally = (c: FuzzCase, problems: Problem[], via: string) => {
    if (problems.length === 0) return;
    t.crashes += problems.filter((p) => p.kind === 'crash').length;
    t.internal += problems.filter((p) => p.kind === 'internal').length;
    t.schema += problems.filter((p) => p.kind === 'schema').length;
    const lost = problems.filter((p) => p.kind === 'loss').length;
    t.lostLines += lost;
    if (lost > 0) t.lossInputs++;
    report({ index: c.index, base: c.base, ops: c.ops, via, problems: problems.slice(0, 5), saved: save(task.saveDir, task.seed, c, problems, via) });
  };
  for (let index = task.slot; index < task.runs; index += task.workers) {
    const c = makeCase(bases, task.seed, index);
    const started = performance.now();
    const { problems } = checkLibrary(c.bytes, c.options);
    const ms = performance.now() - started;
    if (ms > t.slowestMs) [t.slowestMs, t.slowestIndex] = [ms, index];
    // Not a failure (a busy machine is slow too), but worth keeping for bench:scaling.
    if (ms > SLOW_MS) save(task.saveDir, task.seed, c, [{ kind: 'slow', detail: `parse took ${ms.toFixed(0)} ms` }], 'library');
    t.inputs++;
    t.bytes += c.bytes.length;
    tally(c, problems, 'library');
    if (task.cliEvery > 0 && index % task.cliEvery === 0) {
      const variant = CLI_VARIANTS[(index / task.cliEvery) % CLI_VARIANTS.length] ?? ['parse', '-'];
      const args = c.options.encoding ? [...variant, '--encoding', c.options.encoding] : variant;
      t.cliRuns++;
      tally(c, await checkCliInProcess(c.bytes, args), `cli ${args.join(' ')}`);
    }
    if (t.inputs % 500 === 0) progress(t.inputs);
  }
  return t;
}

// Forked by run.ts (marked by the flag, since test runners fork with IPC too):
// take one task, send failures and totals back.
export const WORKER_FLAG = '--senq-fuzz-worker';
if (process.send && process.argv.includes(WORKER_FLAG)) {
  process.once('message', (task: WorkerTask) => {
    void runTask(
      task,
      (f) => process.send?.({ type: 'failure', failure: f }),
      (done) => process.send?.({ type: 'progress', done }),
    ).then((totals) => process.send?.({ type: 'done', totals }, () => process.exit(0)));
  });
}
