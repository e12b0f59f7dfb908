// `npm run fuzz [-- --runs N --seed S --workers W --cli-every K --bin N --only I]`
// Mutated golden fixtures through the library (every case), the in-process
// CLI (every K-th) and the real binary (N cases). Prints the counts; exits 1
// on any crash, record the JSON Schema refuses, or lost line. Failing inputs are saved under --save
// (default /tmp/senq-fuzz) with a .json saying how they were made.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkBinary, ensureBuilt } from './binary.js';
import { checkLibrary } from './check.js';
import { makeCase } from './mutate.js';
import { WORKER_FLAG, corpus, type Failure, type WorkerTask, type WorkerTotals } from './worker.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '20261128' },
    workers: { type: 'string', default: String(availableParallelism()) },
    'cli-every': { type: 'string', default: '100' },
    bin: { type: 'string', default: '12' },
    only: { type: 'string' },
    save: { type: 'string', default: '/tmp/senq-fuzz' },
  },
});
const seed = Number(values.seed);
const runs = Number(values.runs);

if (values.only !== undefined) {
  // Reproduce one case: show how it was made and what the check says.
  const c = makeCase(corpus(), seed, Number(values.only));
  console.log(JSON.stringify({ index: c.index, base: c.base, ops: c.ops, bytes: c.bytes.length }, null, 2));
  console.log(checkLibrary(c.bytes, c.options).problems);
  process.exit(0);
}

const workers = Math.max(1, Number(values.workers));
const started = performance.now();
const failures: Failure[] = [];
const done = new Array<number>(workers).fill(0);
let lastPrint = 0;

const workerFile = fileURLToPath(new URL('./worker.ts', import.meta.url));
const results = await Promise.all(
  Array.from(
    { length: workers },
    (_, slot) =>
      new Promise<WorkerTotals>((resolve, reject) => {
        const child = fork(workerFile, [WORKER_FLAG], { execArgv: process.execArgv });
        child.on('message', (m: { type: string; failure?: Failure; done?: number; totals?: WorkerTotals }) => {
          if (m.type === 'failure' && m.failure) {
            failures.push(m.failure);
            if (failures.length <= 20) console.log(`FAIL #${m.failure.index} [${m.failure.via}] ${m.failure.base} ${m.failure.ops.join('; ')}\n  ${m.failure.problems.map((p) => p.detail).join('\n  ')}\n  saved ${m.failure.saved}`);
          } else if (m.type === 'progress') {
            done[slot] = m.done ?? 0;
            const total = done.reduce((a, b) => a + b, 0);
            if (performance.now() - lastPrint > 10_000) {
              lastPrint = performance.now();
              console.error(`… ${total}/${runs} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
            }
          } else if (m.type === 'done' && m.totals) resolve(m.totals);
        });
        child.on('exit', (code) => code !== 0 && reject(new Error(`worker ${slot} exited with ${code}`)));
        const task: WorkerTask = { seed, runs, slot, workers, cliEvery: Number(values['cli-every']), saveDir: values.save };
        child.send(task);
      }),
  ),
);

const sum = (k: keyof WorkerTotals) => results.reduce((a, r) => a + r[k], 0);
const slowest = results.reduce((a, r) => (r.slowestMs > a.slowestMs ? r : a));

// The real binary: a spread of cases (needs dist/, rebuilt when stale).
ensureBuilt();
const bases = corpus();
const binCount = Number(values.bin);
const binCases = Array.from({ length: binCount }, (_, k) => makeCase(bases, seed, Math.floor((k * runs) / Math.max(1, binCount))));
const binRuns = binCount > 0 ? checkBinary(binCases) : [];
let binCrashes = 0;
for (const r of binRuns) {
  if (r.problems.length === 0) continue;
  binCrashes += r.problems.length;
  console.log(`FAIL [bin ${r.args.join(' ')}] ${r.c ? `#${r.c.index} ${r.c.ops.join('; ')}` : ''}\n  ${r.problems.map((p) => p.detail).join('\n  ')}`);
}

const seconds = (performance.now() - started) / 1000;
const crashes = sum('crashes') + sum('internal') + binCrashes;
console.log(`
senq fuzz  seed ${seed}  workers ${workers}  ${seconds.toFixed(1)} s
  inputs (library)     ${sum('inputs')}  (${(sum('bytes') / 1e6).toFixed(1)} MB)
  in-process CLI runs  ${sum('cliRuns')}
  real binary runs     ${binRuns.length}
  crashes              ${sum('crashes') + binCrashes}
  SENQ_INTERNAL        ${sum('internal')}
  schema violations    ${sum('schema')}
  lost lines           ${sum('lostLines')} in ${sum('lossInputs')} inputs
  slowest parse        ${slowest.slowestMs.toFixed(0)} ms (case ${slowest.slowestIndex})
  failing inputs saved ${failures.length > 0 ? values.save : 'none'}`);
process.exitCode = crashes + sum('schema') + sum('lostLines') > 0 ? 1 : 0;
