// Where data goes: stdout, or -o FILE written to a temporary file beside it
// and renamed into place at the end, so an interrupted run never leaves a
// half-written file under the requested name.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import type { CliIO } from './io.js';
import { UsageError } from './exit.js';
import { registerTemporary } from './interrupt.js';

export interface OutputSink {
  stream: Writable;
  /** Close the file and move it into place (or discard it when `keep` is false). */
  finish(keep: boolean): Promise<void>;
}

export async function openOutput(path: string | undefined, io: CliIO): Promise<OutputSink> {
  if (path === undefined || path === '-') return { stream: io.stdout, finish: async () => undefined };
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const stream = createWriteStream(temp);
  const forget = registerTemporary(temp);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (e) => reject(new UsageError(`cannot write ${path}: ${e.message}`)));
  });
  return {
    stream,
    finish: async (keep) => {
      await new Promise<void>((resolve) => stream.end(resolve));
      if (keep) await rename(temp, path);
      else await rm(temp, { force: true });
      forget();
    },
  };
}
