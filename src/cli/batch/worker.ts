// Worker-thread entry: runs chunks of tasks sent by the pool and posts the
// outcomes back, one message per chunk.
import { parentPort } from 'node:worker_threads';
import type { InputRef } from '../inputs.js';
import { processInput, type FileOutcome, type TaskOptions } from './task.js';

export interface ChunkMessage {
  seq: number;
  inputs: InputRef[];
  options: TaskOptions;
}

function failed(error: unknown): FileOutcome {
  return {
    read: false,
    records: [],
    texts: null,
    repairs: 0,
    diagnostics: [{ code: 'SENQ_INTERNAL', severity: 'error', message: String(error), line: null, column: null }],
  };
}

parentPort?.on('message', async (message: ChunkMessage) => {
  const outcomes: FileOutcome[] = [];
  for (const input of message.inputs) outcomes.push(await processInput(input, message.options, null).catch(failed));
  parentPort?.postMessage({ seq: message.seq, outcomes });
});
