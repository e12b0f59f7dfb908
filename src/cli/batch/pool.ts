// Runs tasks over the inputs and yields outcomes in input order, whatever
// order they finish in. With one job everything runs in the main thread; with
// more, worker threads parse while the main thread writes. At most `window`
// outcomes wait in memory, so memory does not grow with the number of files.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputRef } from '../inputs.js';
import type { CliIO } from '../io.js';
import { processInput, type FileOutcome, type TaskOptions } from './task.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * A smaller young generation per worker: each task's garbage is short-lived
 * and small, and the default semi-spaces made every thread's heap balloon,
 * multiplying peak memory by the number of workers.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** Workers need the compiled worker module; run in-process when it is absent (tests from sources). */
export function workersAvailable(): boolean {
  return WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));
}

export async function* runTasks(
  inputs: readonly InputRef[],
  options: TaskOptions,
  io: CliIO,
  jobs: number,
): AsyncGenerator<FileOutcome> {
  const parallel = jobs > 1 && inputs.length > 1 && workersAvailable();
  if (!parallel) {
    for (const input of inputs) yield await processInput(input, options, io);
    return;
  }
  yield* runInWorkers(inputs, options, io, Math.min(jobs, inputs.length));
}

/** Chunks a worker holds at once: one running and one queued, so it never waits on a round trip. */
const DEPTH = 2;
/** Inputs per message: one message per file made messaging cost as much as parsing. */
const MAX_CHUNK = 32;

async function* runInWorkers(inputs: readonly InputRef[], options: TaskOptions, io: CliIO, jobs: number): AsyncGenerator<FileOutcome> {
  const chunkSize = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(inputs.length / (jobs * 8))));
  const chunks: Array<{ start: number; inputs: InputRef[] }> = [];
  for (let i = 0; i < inputs.length; i += chunkSize) chunks.push({ start: i, inputs: inputs.slice(i, i + chunkSize) });
  const window = jobs * 4;
  const done = new Map<number, FileOutcome[]>();
  /** The chunks each worker holds. */
  const inflight = new Map<Worker, Set<number>>();
  let wake: (() => void) | null = null;
  let next = 0;
  let emitted = 0;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const failed = (error: unknown): FileOutcome => ({
    read: false,
    records: [],
    texts: null,
    count: 0,
    repairs: 0,
    diagnostics: [{ code: 'SENQ_INTERNAL', severity: 'error', message: String(error), line: null, column: null }],
  });
  // Hand out work whenever a worker has room and the window allows; called
  // on every completion and after every chunk the consumer takes.
  const pump = () => {
    for (const [worker, held] of inflight) {
      while (held.size < DEPTH && next < chunks.length && next - emitted < window) {
        const seq = next++;
        const chunk = chunks[seq] as { start: number; inputs: InputRef[] };
        if (chunk.inputs.some((i) => i.kind === 'stdin')) {
          // Standard input belongs to the main thread: run such a chunk here.
          Promise.all(chunk.inputs.map((i) => processInput(i, options, io).catch(failed))).then((o) => {
            done.set(seq, o);
            notify();
          });
          continue;
        }
        worker.postMessage({ seq, inputs: chunk.inputs, options });
        held.add(seq);
      }
    }
  };
  const spawn = (): Worker => {
    const worker = new Worker(WORKER_URL, { resourceLimits: WORKER_LIMITS });
    const held = new Set<number>();
    inflight.set(worker, held);
    worker.on('message', (m: { seq: number; outcomes: FileOutcome[] }) => {
      done.set(m.seq, m.outcomes);
      held.delete(m.seq);
      pump();
      notify();
    });
    worker.on('error', (error) => {
      // A crashed worker must not hang the batch: fail the chunks it held
      // (only those) and replace it so the rest of the batch goes on.
      inflight.delete(worker);
      for (const seq of held) done.set(seq, (chunks[seq]?.inputs ?? []).map(() => failed(error)));
      held.clear();
      spawn();
      pump();
      notify();
    });
    return worker;
  };
  for (let i = 0; i < jobs; i++) spawn();
  try {
    pump();
    for (; emitted < chunks.length; emitted++) {
      while (!done.has(emitted)) await new Promise<void>((resolve) => (wake = resolve));
      const outcomes = done.get(emitted) as FileOutcome[];
      done.delete(emitted);
      pump();
      yield* outcomes;
    }
  } finally {
    await Promise.all([...inflight.keys()].map((w) => w.terminate()));
  }
}
