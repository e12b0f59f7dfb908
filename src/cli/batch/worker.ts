// Worker-thread entry: runs chunks of tasks sent by the pool and posts the
// outcomes back, one message per chunk. Rendered text goes back as one
// transferred buffer of UTF-8 per chunk, not as strings: strings are copied
// into the main thread's heap, and writing them meant encoding them there,
// on the one thread every worker waits on.
import { writeSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { InputRef } from '../inputs.js';
import { formatterFor, processInputSafely, type FileOutcome, type TaskOptions } from './task.js';

export interface ChunkMessage {
  seq: number;
  inputs: InputRef[];
  options: TaskOptions;
}

/**
 * Move each outcome's texts into one buffer: outcome i gets a view of its
 * part, its records joined by `between`. Returns the buffers to transfer.
 */
export function packTexts(outcomes: FileOutcome[], between: string, spare: ArrayBuffer[] = []): ArrayBuffer[] {
  const joined = outcomes.map((o) => (o.texts ? o.texts.join(between) : ''));
  const units = joined.reduce((n, s) => n + s.length, 0);
  if (outcomes.every((o) => !o.texts) || units === 0) return [];
  // UTF-8 takes at least a byte per UTF-16 unit, and the text is mostly
  // ASCII: start from a buffer of about its length, and measure a text
  // exactly only when the worst case (3 bytes a unit) might not fit.
  // Measuring every text first cost as much as encoding it.
  const reused = spare.findIndex((b) => b.byteLength >= units + (units >> 2));
  let buffer = reused >= 0 ? (spare.splice(reused, 1)[0] as ArrayBuffer) : new ArrayBuffer(Math.max(units + (units >> 1), MIN_BUFFER));
  let bytes = Buffer.from(buffer);
  let at = 0;
  const parts: Array<[number, number] | null> = joined.map((text, i) => {
    if (!outcomes[i]?.texts) return null;
    if (3 * text.length > bytes.length - at) {
      const need = Buffer.byteLength(text, 'utf8');
      if (need > bytes.length - at) {
        const bigger = new ArrayBuffer(Math.max(2 * bytes.length, at + need));
        new Uint8Array(bigger).set(bytes.subarray(0, at));
        buffer = bigger;
        bytes = Buffer.from(bigger);
      }
    }
    const size = bytes.write(text, at, 'utf8');
    at += size;
    return [at - size, size];
  });
  outcomes.forEach((o, i) => {
    const part = parts[i];
    if (!part) return;
    o.bytes = new Uint8Array(buffer, part[0], part[1]);
    o.texts = null;
  });
  return [buffer];
}

/**
 * Buffers the main thread has written and sent back. Reusing them spares
 * both threads a garbage collection for every few megabytes of output: V8
 * collects to reclaim such buffers, and the main thread paid most of it.
 */
const spare: ArrayBuffer[] = [];
const MAX_SPARE = 4;
/** Buffers are made at least this big, so that most chunks fit a spare one. */
const MIN_BUFFER = 512 * 1024;
/** Buffers bigger than this are not kept. */
const MAX_SPARE_BYTES = 4 * 1024 * 1024;

parentPort?.on('message', async (message: ChunkMessage | { recycle: ArrayBuffer }) => {
  if ('recycle' in message) {
    // An outsized buffer (a chunk of big files) is let go, not kept for the run.
    if (spare.length < MAX_SPARE && message.recycle.byteLength <= MAX_SPARE_BYTES) spare.push(message.recycle);
    return;
  }
  injectFault(message.inputs);
  const outcomes: FileOutcome[] = [];
  for (const input of message.inputs) outcomes.push(await processInputSafely(input, message.options, null));
  const render = message.options.render;
  const between = render ? (formatterFor(render)?.between() ?? '') : '';
  const transfer = packTexts(outcomes, between, spare);
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
