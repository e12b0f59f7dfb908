// Runs tasks over the inputs and yields outcomes in input order, whatever
// order they finish in. A single file runs in the main thread, and so does a
// batch under 64 files with --jobs 1; other batches run in `jobs` worker
// threads while the main thread writes. At most `window` chunks of outcomes
// wait in memory, so memory does not grow with the number of files.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputRef } from '../input-ref.js';
import type { CliIO } from '../io.js';
import { processInputSafely, type FileOutcome, type TaskOptions } from './task.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * Small heaps per worker. Each task's garbage is short-lived and small, and
 * a file's live data is a few megabytes, but V8 lets a busy heap grow far
 * past its live size before collecting: with default limits every worker's
 * heap grew to 50-85 MB, multiplying peak memory by the number of workers.
 * Even under a 64 MB limit, V8 lets the old generation reach its live data
 * (~7 MB) plus 8 MB before collecting, which a short run never reaches: a
 * 30,000-file run peaked ~10 MB per worker above a 1,000-file one. Near a
 * 24 MB limit V8 collects sooner, which caps that growth, at no measurable
 * cost in time (20 MB cost 15%). Should a worker still run out of memory,
 * its chunks are parsed again in the main thread.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 24 };

/**
 * Files over this size are parsed in the main thread, not in a worker: a
 * page's peak heap is some tens of times its size, and a worker that
 * reaches its heap limit can take the whole process down with it. Every
 * hostile shape of the scaling bench, cut to this size, parses in a worker
 * with an 18 MB old generation, 6 MB under WORKER_LIMITS (at 1 MB, three
 * needed more than 16 MB). Senate pages are well under it (answers of
 * 100 KB are long, and need under 12 MB); old bulletins may not be.
 */
const WORKER_MAX_FILE = 512 * 1024;

/** A batch at least this big parses in a worker even with --jobs 1. */
const MIN_INPUTS_FOR_ONE_WORKER = 64;

/** Workers need the compiled worker module; run in-process when it is absent (tests from sources). */
export function workersAvailable(): boolean {
  return WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));
}

/** One input and what became of it. */
export interface TaskResult {
  input: InputRef;
  outcome: FileOutcome;
}

/**
 * Run every input (`count` of them) and yield the results in input order.
 * The inputs are pulled from the iterable as work is handed out, so a lazy
 * directory walk never has the whole archive's list in memory.
 */
export async function* runTasks(
  inputs: Iterable<InputRef>,
  count: number,
  options: TaskOptions,
  io: CliIO,
  jobs: number,
): AsyncGenerator<TaskResult> {
  // Even one job parses in a worker thread once a batch is big enough: the
  // worker's heap has limits (the main thread's cannot be set from inside
  // the process), and the main thread writes meanwhile. Small batches and
  // single files are not worth a worker's start-up.
  const parallel = (jobs > 1 ? count > 1 : count >= MIN_INPUTS_FOR_ONE_WORKER) && workersAvailable();
  if (!parallel) {
    for (const input of inputs) yield { input, outcome: await processInputSafely(input, options, io) };
    return;
  }
  yield* runInWorkers(inputs, count, options, io, Math.min(jobs, count));
}

/** A chunk of inputs handed out: its outcomes once finished, and the worker that sent them. */
interface Chunk {
  inputs: InputRef[];
  outcomes?: Array<FileOutcome | undefined>;
  worker?: Worker;
}

/** Chunks a worker holds at once: one running and one queued, so it never waits on a round trip. */
const DEPTH = 2;
/** Inputs per message: one message per file made messaging cost as much as parsing. */
const MAX_CHUNK = 32;

async function* runInWorkers(inputs: Iterable<InputRef>, count: number, options: TaskOptions, io: CliIO, jobs: number): AsyncGenerator<TaskResult> {
  const chunkSize = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(count / (jobs * 8))));
  const source = inputs[Symbol.iterator]();
  let exhausted = false;
  /**
   * Each chunk handed out and not yet yielded (at most `window` of them), by
   * sequence number: its inputs, then its outcomes once finished, and the
   * worker that sent them (to give its buffer back). A hole (undefined) in
   * the outcomes is an input the main thread runs itself when the chunk's
   * turn comes to be yielded, not before: standard input, a file a worker
   * left for being too big, a chunk whose worker failed (out of memory, a
   * crash). Run any earlier, they would wait in memory as rendered text
   * behind the chunks before them (hundreds of MB for a run of big files),
   * and a stdin read would keep the process alive after --fail-fast or a
   * closed pipe had ended the run.
   */
  const chunks = new Map<number, Chunk>();
  /** The next chunk's inputs, or null once the inputs run out. */
  const take = (): InputRef[] | null => {
    const chunk: InputRef[] = [];
    while (!exhausted && chunk.length < chunkSize) {
      const item = source.next();
      if (item.done) exhausted = true;
      else chunk.push(item.value);
    }
    return chunk.length > 0 ? chunk : null;
  };
  const window = jobs * 4;
  const workerOptions: TaskOptions = { ...options, deferAbove: WORKER_MAX_FILE };
  const runHere = (seq: number) => {
    const chunk = chunks.get(seq);
    if (chunk) chunk.outcomes = chunk.inputs.map(() => undefined);
  };
  /** The chunks each worker holds, in the order it runs them. */
  const inflight = new Map<Worker, Set<number>>();
  let wake: (() => void) | null = null;
  let next = 0;
  let emitted = 0;
  let stopping = false;
  const notify = () => {
    wake?.();
    wake = null;
  };
  // Hand out work whenever a worker has room and the window allows; called
  // on every completion and after every chunk the consumer takes.
  const pump = () => {
    for (const [worker, held] of inflight) {
      while (held.size < DEPTH && next - emitted < window) {
        const chunk = take();
        if (!chunk) return;
        const seq = next++;
        chunks.set(seq, { inputs: chunk });
        // Standard input belongs to the main thread.
        if (chunk.some((i) => i.kind === 'stdin')) {
          runHere(seq);
          continue;
        }
        worker.postMessage({ seq, inputs: chunk, options: workerOptions });
        held.add(seq);
      }
    }
  };
  /**
   * A worker is gone before finishing its chunks (out of memory, an uncaught
   * error, exit). They are all run again in the main thread, file by file,
   * when their turn comes: its heap limit is V8's default (far above a
   * worker's), and a file that throws there fails alone (SENQ_INTERNAL)
   * while the others give their records. Which chunk the worker was running
   * cannot be told reliably (its 'error' may arrive before the message of a
   * chunk it had finished), so none is failed on a guess. A retried input
   * is read again: fine for files, not for a FIFO.
   */
  const lost = (worker: Worker) => {
    const held = inflight.get(worker);
    if (!held || stopping) return;
    inflight.delete(worker);
    for (const seq of held) runHere(seq);
    // No replacement once nothing is left to hand out: a worker that fails
    // as it starts would otherwise be replaced for ever.
    if (!exhausted) spawn();
    pump();
    notify();
  };
  const spawn = (): Worker => {
    const worker = new Worker(WORKER_URL, { resourceLimits: WORKER_LIMITS });
    const held = new Set<number>();
    inflight.set(worker, held);
    worker.on('message', (m: { seq: number; outcomes: FileOutcome[] }) => {
      // A late message from a worker already given up: its chunks run in the main thread.
      if (!inflight.has(worker)) return;
      held.delete(m.seq);
      const chunk = chunks.get(m.seq);
      if (chunk) {
        chunk.outcomes = m.outcomes.map((o) => (o.deferred ? undefined : o));
        chunk.worker = worker;
      }
      pump();
      notify();
    });
    // A crashed worker must not hang the batch: it is replaced, and the rest of the batch goes on.
    worker.on('error', () => lost(worker));
    // Gone without an error event (exit() in the worker, or terminated).
    worker.on('exit', () => lost(worker));
    // A message that could not be read is lost: the worker is replaced as if it had crashed.
    worker.on('messageerror', () => void worker.terminate());
    return worker;
  };
  for (let i = 0; i < jobs; i++) spawn();
  try {
    pump();
    // Every chunk handed out has been yielded, and there are no more inputs.
    for (; !(exhausted && emitted === next); emitted++) {
      while (!chunks.get(emitted)?.outcomes) await new Promise<void>((resolve) => (wake = resolve));
      const { inputs: chunkInputs, outcomes = [], worker: sent } = chunks.get(emitted) as Chunk;
      chunks.delete(emitted);
      pump();
      for (let i = 0; i < chunkInputs.length; i++) {
        const input = chunkInputs[i] as InputRef;
        yield { input, outcome: outcomes[i] ?? (await processInputSafely(input, options, io)) };
      }
      // The consumer has written them (Output copies bytes): give the
      // buffer back to its worker for reuse.
      const buffer = outcomes.find((o) => o?.bytes)?.bytes?.buffer;
      if (sent && inflight.has(sent) && buffer instanceof ArrayBuffer) sent.postMessage({ recycle: buffer }, [buffer]);
    }
  } finally {
    stopping = true;
    await Promise.all([...inflight.keys()].map((w) => w.terminate()));
  }
}
