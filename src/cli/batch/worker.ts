// Worker-thread entry: runs tasks sent by the pool and posts the outcomes back.
import { parentPort } from 'node:worker_threads';
import type { InputRef } from '../inputs.js';
import { processInput, type TaskOptions } from './task.js';

export interface TaskMessage {
  seq: number;
  input: InputRef;
  options: TaskOptions;
}

parentPort?.on('message', (message: TaskMessage) => {
  processInput(message.input, message.options, null).then(
    (outcome) => parentPort?.postMessage({ seq: message.seq, outcome }),
    (error: unknown) =>
      parentPort?.postMessage({
        seq: message.seq,
        outcome: {
          read: false,
          records: [],
          texts: null,
          repairs: 0,
          diagnostics: [{ code: 'SENQ_INTERNAL', severity: 'error', message: String(error), line: null, column: null }],
        },
      }),
  );
});
