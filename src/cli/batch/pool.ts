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

async function* runInWorkers(inputs: readonly InputRef[], options: TaskOptions, io: CliIO, jobs: number): AsyncGenerator<FileOutcome> {
  const window = jobs * 8;
  const done = new Map<number, FileOutcome>();
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  let next = 0;
  const workers = Array.from({ length: jobs }, () => new Worker(WORKER_URL));
  const idle: Worker[] = [];
  const dispatch = async (worker: Worker): Promise<void> => {
    const seq = next++;
    const input = inputs[seq];
    if (!input) return;
    if (input.kind === 'stdin') {
      // Standard input belongs to the main thread.
      done.set(seq, await processInput(input, options, io));
      notify();
      idle.push(worker);
      return;
    }
    worker.postMessage({ seq, input, options });
  };
  const attach = (worker: Worker): void => {
    worker.on('message', (m: { seq: number; outcome: FileOutcome }) => {
      done.set(m.seq, m.outcome);
      idle.push(worker);
      notify();
    });
    worker.on('error', (error) => {
      // A crashed worker must not hang the batch: fail the inputs it may
      // hold, and replace it so the rest of the batch goes on.
      for (let s = 0; s < next; s++) {
        if (!done.has(s)) {
          done.set(s, { read: false, records: [], diagnostics: [{ code: 'SENQ_INTERNAL', severity: 'error', message: String(error), line: null, column: null }] });
        }
      }
      const replacement = new Worker(WORKER_URL);
      workers.push(replacement);
      attach(replacement);
      idle.push(replacement);
      notify();
    });
  };
  for (const worker of workers) {
    attach(worker);
    idle.push(worker);
  }
  try {
    for (let emitted = 0; emitted < inputs.length; emitted++) {
      while (!done.has(emitted)) {
        while (idle.length > 0 && next < inputs.length && next - emitted < window) {
          await dispatch(idle.pop() as Worker);
        }
        if (done.has(emitted)) break;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const outcome = done.get(emitted) as FileOutcome;
      done.delete(emitted);
      yield outcome;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
