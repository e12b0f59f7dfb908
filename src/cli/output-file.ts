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
import { identityOf, inputIdentities } from './same-file.js';
import { tableFiles } from '../format/tables.js';
import { statOrNull, takeMode } from '../util/stat.js';

export interface OutputSink {
  stream: Writable;
  /** Close the file and move it into place (or discard it when `keep` is false). */
  finish(keep: boolean): Promise<void>;
}

/**
 * Refuse the -o target and the --tables files before any work: an -o that
 * names a folder or a table file, and any target that is an input file (the
 * run would replace the text it reads with its output). Only existing
 * targets cost a walk of the inputs, and one walk serves them all.
 * Returns the stat of what -o names (links followed), for openOutput.
 */
function checkOutputPath(path: string | undefined, inputs: Iterable<InputRef>, tables?: string): Stats | null {
  let target: Stats | null = null;
  const targets = new Map<string, string>(); // identity → what writes it
  const tableTargets = tables === undefined ? [] : tableFiles(tables);
  for (const file of tableTargets) {
    const found = statOrNull(file);
    if (found) targets.set(identityOf(found), `--tables ${tables}`);
  }
  if (path !== undefined && path !== '-') {
    const found = path === '' ? null : statOrNull(path);
    if (path === '' || /[/\\]$/u.test(path) || found?.isDirectory()) throw new UsageError(`-o ${JSON.stringify(path)} is not a file name`);
    if (tableTargets.some((t) => resolve(t) === resolve(path))) throw new UsageError(`-o ${path} is also written by --tables`);
    if (found) targets.set(identityOf(found), `-o ${path}`);
    target = found;
  }
  for (const [id, input] of targets.size === 0 ? [] : inputIdentities(inputs)) {
    const what = targets.get(id);
    if (what) throw new UsageError(`${what} would overwrite the input file ${input}`);
  }
  return target;
}

function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path; // not there yet
  }
}

/**
 * The process's own descriptors by name: /dev/stdout, /dev/fd/1,
 * /proc/self/fd/1… Standard output and error are written through the
 * process's own streams: reopening the name would not share the shell's
 * file offset (`{ echo a; senq … -o /dev/stdout; } > log` overwrote "a"),
 * and a rename would replace a `>> log` file. Any other descriptor is
 * refused: senq cannot tell one the shell opened (`3> file`) from one of
 * Node's own, and writing into those crashed or hung the process.
 */
const OWN_FD = /^\/(?:dev\/(?:(stdout)|(stderr)|fd\/(\d+))|proc\/(?:self|thread-self|\d+)\/fd\/(\d+))$/u;

/** 1 or 2 when an -o target names standard output or error; another number for another descriptor; null for a path. */
function descriptorOf(path: string | undefined): number | null {
  if (path === undefined || path === '-') return 1;
  const m = OWN_FD.exec(path);
  if (!m) return null;
  return m[1] ? 1 : m[2] ? 2 : Number(m[3] ?? m[4]);
}

/** Whether an -o target is standard output under another name (for the progress bar, which must not draw over the data). */
export function namesStdout(path: string | undefined): boolean {
  return descriptorOf(path) === 1;
}

/** Whether data sent to `path` could reach the terminal the progress bar draws on (stderr, or the terminal itself). */
export function namesStderrOrTty(path: string | undefined): boolean {
  return descriptorOf(path) === 2 || path === '/dev/tty';
}

async function openDirect(path: string): Promise<OutputSink> {
  const stream = createWriteStream(path, { flags: 'w' });
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

/**
 * Check the targets (checkOutputPath), then open -o: stdout, a device, or a
 * temporary file beside FILE. `tables`: the --tables folder, whose files the
 * check covers too, before any of them is opened.
 */
export async function openOutput(given: string | undefined, io: CliIO, inputs: Iterable<InputRef>, tables?: string): Promise<OutputSink> {
  // What is there already, through any link (stat follows links).
  const found = checkOutputPath(given, inputs, tables);
  if (given === undefined || given === '-') return { stream: io.stdout, finish: async () => undefined };
  const fd = descriptorOf(given);
  if (fd === 1 || fd === 2) return { stream: fd === 1 ? io.stdout : io.stderr, finish: async () => undefined };
  if (fd !== null) throw new UsageError(`-o ${given}: only standard output and error can be named by descriptor; give a file name`);
  // Through a symbolic link to its file: the link stays a link.
  const path = found ? realTarget(given) : given;
  // A device, FIFO or socket (/dev/null, /dev/stdout, a named pipe) is
  // written straight into: renaming a file over it would replace /dev/null
  // with a regular file.
  if (found && !found.isFile() && !found.isDirectory()) return openDirect(path);
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
          await takeMode(temp, found);
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
