// Where data goes: stdout, or -o FILE written to a temporary file beside it
// and renamed into place at the end, so an interrupted or failed run never
// leaves a half-written file under the requested name.
import { randomBytes } from 'node:crypto';
import { createWriteStream, realpathSync, type Stats } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError } from './exit.js';
import type { InputRef } from './inputs.js';
import { registerTemporary } from './interrupt.js';
import type { CliIO } from './io.js';
import { inputAt } from './same-file.js';
import { statOrNull, takeModeOf } from '../util/stat.js';

export interface OutputSink {
  stream: Writable;
  /** Close the file and move it into place (or discard it when `keep` is false). */
  finish(keep: boolean): Promise<void>;
}

/**
 * Refuse an -o target before any work: one that names a folder, an input
 * file (the run would replace the text it reads with its output), or a file
 * another output of the same run writes (`others`, e.g. the --tables files).
 */
export function checkOutputPath(path: string | undefined, inputs: Iterable<InputRef>, others: readonly string[] = []): void {
  if (path === undefined || path === '-') return;
  const found = path === '' ? null : statOrNull(path);
  if (path === '' || /[/\\]$/u.test(path) || found?.isDirectory()) throw new UsageError(`-o ${JSON.stringify(path)} is not a file name`);
  refuseInput(`-o ${path}`, found, inputs);
  if (others.some((o) => resolve(o) === resolve(path))) throw new UsageError(`-o ${path} is also written by --tables`);
}

/** Refuse a target (`what`: "-o FILE", "--tables DIR") that is one of the inputs. Only an existing target costs a walk of the inputs. */
export function refuseInput(what: string, found: Stats | null, inputs: Iterable<InputRef>): void {
  const input = found ? inputAt(found, inputs) : null;
  if (input !== null) throw new UsageError(`${what} would overwrite the input file ${input}`);
}

function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path; // not there yet
  }
}

/**
 * The process's own streams by name (/dev/stdout, /dev/fd/1,
 * /proc/self/fd/1…). They are opened as named, never through realpath (a
 * pipe's real path, "pipe:[…]", cannot be opened), and appended to: a shell's
 * `>> log` must keep what the log held, and a rename would replace the file.
 */
const OWN_STREAM = /^\/(?:dev\/(?:stdout|stderr|fd\/\d+)|proc\/(?:self|thread-self|\d+)\/fd\/\d+)$/u;

async function openDirect(path: string, flags: 'w' | 'a'): Promise<OutputSink> {
  const stream = createWriteStream(path, { flags });
  await opened(stream, path);
  let ended: Promise<Error | null> | null = null;
  // Once only, like the file sink's: a discard after the finish ends nothing
  // twice. A write error (a full device) surfaces here, as the file sink's
  // rename error does: the run must not end "ok".
  const end = () => (ended ??= new Promise<Error | null>((resolve) => stream.end((error?: Error | null) => resolve(error ?? null))));
  return {
    stream,
    finish: async (keep) => {
      const error = await end();
      if (error && keep) throw new UsageError(`cannot write ${path}: ${error.message}`);
    },
  };
}

async function opened(stream: Writable, path: string): Promise<void> {
  try {
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${(e as Error).message}`);
  }
}

export async function openOutput(given: string | undefined, io: CliIO): Promise<OutputSink> {
  if (given === undefined || given === '-') return { stream: io.stdout, finish: async () => undefined };
  if (OWN_STREAM.test(given)) return openDirect(given, 'a');
  // What is there already, through any link (stat follows links).
  const found = statOrNull(given);
  // Through a symbolic link to its file: the link stays a link.
  const path = found ? realTarget(given) : given;
  // A device, FIFO or socket (/dev/null, /dev/stdout, a named pipe) is
  // written straight into: renaming a file over it would replace /dev/null
  // with a regular file.
  if (found && !found.isFile() && !found.isDirectory()) return openDirect(path, 'w');
  // A name no one can guess, created new ('wx'): a file or link planted
  // under the temporary name is never written through.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const stream = createWriteStream(temp, { flags: 'wx' });
  const forget = registerTemporary(temp);
  try {
    await opened(stream, path);
  } catch (e) {
    forget();
    throw e;
  }
  let finished = false;
  return {
    stream,
    finish: async (keep) => {
      // Once only: a later discard (a failure after this) has nothing left to undo.
      if (finished) return;
      finished = true;
      await new Promise<void>((resolve) => stream.end(resolve));
      let placed = false;
      try {
        if (keep) {
          await takeModeOf(path, temp);
          await rename(temp, path);
        }
        placed = keep;
      } catch (e) {
        throw new UsageError(`cannot write ${path}: ${(e as Error).message}`);
      } finally {
        // A temporary file not renamed into place is removed.
        if (!placed) await rm(temp, { force: true });
        forget();
      }
    },
  };
}
