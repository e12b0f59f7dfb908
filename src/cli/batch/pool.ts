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

/** Tasks a worker holds at once: one running and one queued, so it never waits on a round trip. */
const DEPTH = 2;

async function* runInWorkers(inputs: readonly InputRef[], options: TaskOptions, io: CliIO, jobs: number): AsyncGenerator<FileOutcome> {
  const window = jobs * 16;
  const done = new Map<number, FileOutcome>();
  const inflight = new Map<Worker, number>();
  let wake: (() => void) | null = null;
  let next = 0;
  let emitted = 0;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const fail = (seq: number, error: unknown) =>
    done.set(seq, {
      read: false,
      records: [],
      texts: null,
      repairs: 0,
      diagnostics: [{ code: 'SENQ_INTERNAL', severity: 'error', message: String(error), line: null, column: null }],
    });
  // Hand out work whenever a worker has room and the window allows; called
  // on every completion and after every outcome the consumer takes.
  const pump = () => {
    for (const [worker, count] of inflight) {
      let held = count;
      while (held < DEPTH && next < inputs.length && next - emitted < window) {
        const seq = next++;
        const input = inputs[seq] as InputRef;
        if (input.kind === 'stdin') {
          // Standard input belongs to the main thread.
          processInput(input, options, io).then(
            (o) => {
              done.set(seq, o);
              notify();
            },
            (e: unknown) => {
              fail(seq, e);
              notify();
            },
          );
          continue;
        }
        worker.postMessage({ seq, input, options });
        held++;
      }
      inflight.set(worker, held);
    }
  };
  const spawn = (): Worker => {
    const worker = new Worker(WORKER_URL);
    inflight.set(worker, 0);
    worker.on('message', (m: { seq: number; outcome: FileOutcome }) => {
      done.set(m.seq, m.outcome);
      inflight.set(worker, (inflight.get(worker) ?? 1) - 1);
      pump();
      notify();
    });
    worker.on('error', (error) => {
      // A crashed worker must not hang the batch: fail what it may hold and
      // replace it so the rest of the batch goes on.
      inflight.delete(worker);
      for (let s = emitted; s < next; s++) if (!done.has(s)) fail(s, error);
      spawn();
      pump();
      notify();
    });
    return worker;
  };
  for (let i = 0; i < jobs; i++) spawn();
  try {
    pump();
    for (; emitted < inputs.length; emitted++) {
      while (!done.has(emitted)) await new Promise<void>((resolve) => (wake = resolve));
      const outcome = done.get(emitted) as FileOutcome;
      done.delete(emitted);
      pump();
      yield outcome;
    }
  } finally {
    await Promise.all([...inflight.keys()].map((w) => w.terminate()));
  }
}
