// Worker-thread entry: runs chunks of tasks sent by the pool and posts the
// outcomes back, one message per chunk, with the rendered records packed
// into one transferred buffer of UTF-8 (see pack.ts).
import { writeSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { InputRef } from '../input-ref.js';
import { BufferPool, TextPacker } from './pack.js';
import { formatterFor, processInputSafely, type FileOutcome, type TaskOptions } from './task.js';

export interface ChunkMessage {
  seq: number;
  inputs: InputRef[];
  options: TaskOptions;
}

/** Buffers the main thread has written and sent back, for the next chunks (see pack.ts). */
const pool = new BufferPool();

parentPort?.on('message', async (message: ChunkMessage | { recycle: ArrayBuffer }) => {
  if ('recycle' in message) {
    pool.give(message.recycle);
    return;
  }
  injectFault(message.inputs);
  const render = message.options.render;
  const packer = new TextPacker(render ? (formatterFor(render)?.between() ?? '') : '', pool);
  const outcomes: FileOutcome[] = [];
  for (const input of message.inputs) {
    const outcome = await processInputSafely(input, message.options, null);
    packer.add(outcome);
    outcomes.push(outcome);
  }
  const transfer = packer.finish();
  parentPort?.postMessage({ seq: message.seq, outcomes }, transfer);
});

/**
 * Fault injection, for the tests of the pool's recovery only:
 * SENQ_TEST_WORKER_FAULT=<kind>:<text> makes the worker fail as it takes a
 * chunk holding a file whose path contains <text>. Kinds: "exit" (gone
 * without an error event), "throw" (an uncaught error), "oom" (fills its
 * heap to the limit). No user has a reason to set it.
 */
function injectFault(inputs: readonly InputRef[]): void {
  const spec = process.env.SENQ_TEST_WORKER_FAULT;
  if (!spec) return;
  const colon = spec.indexOf(':');
  const kind = spec.slice(0, colon);
  const text = spec.slice(colon + 1);
  if (colon < 0 || !inputs.some((i) => i.kind === 'file' && i.path.includes(text))) return;
  // Said on stderr (synchronously: the worker may be gone a moment later), so a test can tell the fault happened.
  writeSync(2, `senq: test fault injected in a worker: ${kind}\n`);
  if (kind === 'exit') process.exit(3);
  if (kind === 'throw') throw new Error('injected fault');
  if (kind === 'oom') {
    const hog: number[][] = [];
    for (;;) hog.push(new Array(100_000).fill(hog.length));
  }
}
