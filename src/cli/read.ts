// Reading one input's bytes, refusing oversized files before reading them.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { CliIO } from './io.js';
import { fsPath, type InputRef } from './input-ref.js';

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
    const bytes = await streamUpTo(io.stdin, maxBytes);
    return bytes ? { ok: true, bytes } : { ok: false, code: 'SENQ_TOO_LARGE', message: `standard input is over the ${maxBytes}-byte limit (--max-bytes); reading stopped` };
  }
  if (input.problem) return { ok: false, code: 'SENQ_READ_FAILED', message: input.problem };
  const path = fsPath(input);
  const got = readRegular(path, maxBytes, deferAbove);
  if (!('stream' in got)) return got;
  return got.fifo ? readFifo(got, path, maxBytes) : readDevice(path, maxBytes, got);
}

/** What readRegular says of a FIFO, socket or device: read it as a stream; `close` lets go of the fd that checked it. */
interface Stream {
  stream: true;
  /** A FIFO (named pipe); else a device or socket. */
  fifo: boolean;
  /** The checking fd, opened without waiting. */
  fd: number;
  close: () => void;
}

/**
 * Opened without waiting: open() of a FIFO blocks until a writer comes,
 * which would stall the thread (records already done would not be written,
 * nor Ctrl-C heard). O_NONBLOCK changes nothing for a regular file.
 */
const OPEN_NO_WAIT = constants.O_NONBLOCK === undefined ? 'r' : constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * A regular file, synchronously on purpose: a batch reads thousands of
 * small files one after another, and each asynchronous open/stat/read/close
 * is a thread-pool round trip that left the process idle half the time.
 * Anything else (FIFO, device) comes back as a Stream, its checking fd
 * still open: a FIFO is read through it (a writer that had found a reader
 * and saw it close would die of SIGPIPE), a device through a second open.
 */
function readRegular(path: string | Buffer, maxBytes: number, deferAbove: number): ReadResult | Stream {
  let fd: number | null = null;
  try {
    fd = openSync(path, OPEN_NO_WAIT);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, code: 'SENQ_READ_FAILED', message: 'is a directory, not a file' };
    // Refuse before reading: the size limit exists so a huge file is never loaded.
    if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
    if (stat.size > deferAbove) return { ok: false, code: 'DEFERRED', message: `${stat.size} bytes` };
    // A regular file is read in one call into a buffer of its size (as
    // readFileSync would, without its second fstat); one that reports no
    // size (/proc) is read until its end or the limit.
    if (stat.isFile()) return stat.size > 0 ? { ok: true, bytes: readSized(fd, stat.size) } : upToResult(readUpTo(fd, maxBytes), maxBytes);
    const checking = fd;
    fd = null;
    let open = true;
    const close = () => {
      // Once only: a second close could close an fd the process has reused since.
      if (open) closeSync(checking);
      open = false;
    };
    return { stream: true, fifo: stat.isFIFO(), fd: checking, close };
  } catch (error) {
    return failed(error, path);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * A FIFO, read through its non-blocking fd as the event loop's pipe: no
 * thread waits in open() or read() for a writer that may never come (a
 * thread-pool thread stuck there kept even Ctrl-C from ending the process).
 * Nor does the writer see its reader go, as a second open would have it.
 */
async function readFifo(checked: Stream, path: string | Buffer, maxBytes: number): Promise<ReadResult> {
  // Loaded here, not up front: every thread of a batch would carry it (~1 MB each) for the rare FIFO.
  const { Socket } = await import('node:net');
  let pipe: InstanceType<typeof Socket>;
  try {
    pipe = new Socket({ fd: checked.fd, readable: true, writable: false });
  } catch (error) {
    // (The pipe owns the fd once made: only without one is it closed here.)
    checked.close();
    return failed(error, path);
  }
  try {
    return upToResult(await streamUpTo(pipe, maxBytes), maxBytes);
  } catch (error) {
    return failed(error, path);
  } finally {
    pipe.destroy();
  }
}

/** A device (or a socket file), read asynchronously up to the limit, so the thread stays free while it waits. */
async function readDevice(path: string | Buffer, maxBytes: number, checked: Stream): Promise<ReadResult> {
  try {
    // Loaded here: a worker thread that never meets a device need not load fs/promises (see readFifo).
    const { open } = await import('node:fs/promises');
    const handle = await open(path, 'r');
    checked.close();
    try {
      return upToResult(await streamUpTo(handle.createReadStream({ autoClose: false, highWaterMark: 64 * 1024 }), maxBytes), maxBytes);
    } finally {
      await handle.close();
    }
  } catch (error) {
    checked.close();
    return failed(error, path);
  }
}

/**
 * A stream's bytes up to its end, or null as soon as there are more than
 * `max`: standard input, a FIFO, a device. Leaving the loop early destroys
 * the stream, so a writer still writing is told (SIGPIPE), not waited for.
 */
export async function streamUpTo(stream: AsyncIterable<unknown>, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > max) return null;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}

function upToResult(bytes: Buffer | null, maxBytes: number): ReadResult {
  return bytes ? { ok: true, bytes } : { ok: false, code: 'SENQ_TOO_LARGE', message: `the input is over the ${maxBytes}-byte limit (--max-bytes); reading stopped` };
}

function failed(error: unknown, path: string | Buffer): ReadResult {
  return { ok: false, code: 'SENQ_READ_FAILED', message: describeError(error, path) };
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

function describeError(error: unknown, path: string | Buffer): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      // Node decodes its command line as UTF-8: a name in other bytes
      // arrives with U+FFFD in place of them and can no longer be opened.
      return typeof path === 'string' && path.includes('\uFFFD')
        ? 'no such file (its name is not valid UTF-8, and Node cannot open such a name given on the command line: name its folder instead, or list it with --files-from)'
        : 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return e.message ?? String(error);
  }
}
