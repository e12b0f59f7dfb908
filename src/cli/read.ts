// Reading one input's bytes, refusing oversized files before reading them.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { CliIO } from './io.js';
import type { InputRef } from './inputs.js';

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export type ReadResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; code: 'SENQ_READ_FAILED' | 'SENQ_TOO_LARGE'; message: string }
  /** Over the caller's `deferAbove`: not read, to be read elsewhere (a worker hands big files to the main thread). */
  | { ok: false; code: 'DEFERRED'; message: string };

export async function readInput(input: InputRef, io: CliIO, maxBytes: number, deferAbove = Infinity): Promise<ReadResult> {
  if (input.kind === 'stdin') {
    // Standard input has no size to check first: stop reading once it is over
    // the limit, so an endless or huge pipe is refused instead of filling memory.
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of io.stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      if (size > maxBytes) {
        return { ok: false, code: 'SENQ_TOO_LARGE', message: `standard input is over the ${maxBytes}-byte limit (--max-bytes); reading stopped` };
      }
      chunks.push(bytes);
    }
    return { ok: true, bytes: Buffer.concat(chunks) };
  }
  return readFileChecked(input.path, maxBytes, deferAbove);
}

/**
 * Synchronous on purpose: a batch reads thousands of small files one after
 * another, and each asynchronous open/stat/read/close is a thread-pool round
 * trip that left the process idle half the time.
 */
export function readFileChecked(path: string, maxBytes: number, deferAbove = Infinity): ReadResult {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, code: 'SENQ_READ_FAILED', message: 'is a directory, not a file' };
    // Refuse before reading: the size limit exists so a huge file is never loaded.
    if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
    if (stat.size > deferAbove) return { ok: false, code: 'DEFERRED', message: `${stat.size} bytes` };
    // A regular file is read in one call into a buffer of its size (as
    // readFileSync would, without its second fstat). Other files (FIFOs,
    // devices, /proc) report no useful size: they are read until their end
    // or the limit, so /dev/zero or an endless pipe is refused, not loaded.
    if (stat.isFile() && stat.size > 0) return { ok: true, bytes: readSized(fd, stat.size) };
    const bytes = readUpTo(fd, maxBytes);
    return bytes ? { ok: true, bytes } : { ok: false, code: 'SENQ_TOO_LARGE', message: `the input is over the ${maxBytes}-byte limit (--max-bytes); reading stopped` };
  } catch (error) {
    return { ok: false, code: 'SENQ_READ_FAILED', message: describeError(error) };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function readSized(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let got = 0;
  while (got < size) {
    const n = readSync(fd, bytes, got, size - got, null);
    if (n === 0) break;
    got += n;
  }
  return got === size ? bytes : bytes.subarray(0, got);
}

/** The bytes up to the end, or null as soon as there are more than `max`. */
function readUpTo(fd: number, max: number): Buffer | null {
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, size);
    size += n;
    if (size > max) return null;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
  }
}

function tooLarge(size: number, max: number): ReadResult {
  return { ok: false, code: 'SENQ_TOO_LARGE', message: `file is ${size} bytes, over the ${max}-byte limit (--max-bytes)` };
}

function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return e.message ?? String(error);
  }
}
