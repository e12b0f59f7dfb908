// The CLI's view of the outside world, injectable so tests run in-process.
import { WriteStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';

/** Whether stderr is a terminal that can show colour and redraw a bar (not TERM=dumb). */
export function stderrIsTerminal(io: CliIO): boolean {
  return io.stderrIsTTY && io.env.TERM !== 'dumb';
}

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  /** Whether stderr is a terminal (colour, progress). */
  stderrIsTTY: boolean;
  /** Whether stdout is a terminal: no progress bar then, as it would mix with the data. */
  stdoutIsTTY?: boolean;
  cwd: string;
}

/** Bytes queued before a write: one stream write per record cost more than rendering it. */
const FLUSH_AT = 64 * 1024;
/** Longest a written record waits in a part-filled block (see flushLater). */
const LATENCY_MS = 200;
/** Room for FLUSH_AT characters of any kind (at most 3 UTF-8 bytes each). */
const BLOCK_BYTES = 3 * FLUSH_AT;
/**
 * Blocks an fd stream's writer owns at most. They are kept for the whole
 * run, never dropped: blocks made and freed as writes came back late grew
 * the C heap of the main thread with the number of files (each freed block
 * raised the allocator's mmap threshold and left holes), by 7 MB on the
 * 30,000-file benchmark. With all of them in flight the writer waits for one.
 */
const MAX_BLOCKS = 8;

/**
 * A writer that stops quietly once the reader has gone (`| head`): EPIPE is
 * an ordinary end, not an error, so nothing is thrown and no trace is printed.
 */
export class Output {
  closed = false;
  /** A write failure other than a closed pipe (disk full…), reported by the caller. */
  failure: Error | null = null;
  /**
   * Whether a written block may be reused once its write has called back:
   * true for file descriptors (stdout, files), whose callback means the
   * bytes left for the system. A PassThrough or Transform calls back as soon
   * as it has queued the block for its reader, which may read it later.
   */
  private readonly reuseBlocks: boolean;

  constructor(private readonly stream: Writable) {
    this.reuseBlocks = stream instanceof WriteStream || typeof (stream as { fd?: unknown }).fd === 'number';
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.closed = true;
      this.wakeWriter();
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') this.failure = error;
    });
    // Destroyed without an error (the reader went away another way): just
    // as final. A close after our own end() is the normal finish, not that.
    stream.on('close', () => {
      if (!stream.writableFinished) this.closed = true;
      this.wakeWriter();
    });
  }

  /**
   * Text is encoded straight into this block (one copy, where joining
   * strings and then encoding them made two). A block goes back to `spare`
   * once the stream is done with it (see reuseBlocks): a new block per write
   * made the main thread collect garbage for the sake of these buffers alone.
   */
  private block: Buffer | null = null;
  private used = 0;
  private readonly spare: Buffer[] = [];
  /** Blocks made so far (fd streams only: see MAX_BLOCKS). */
  private made = 0;
  /** Called when a written block comes back while the writer waits for one. */
  private blockBack: (() => void) | null = null;

  /**
   * Queue text (or UTF-8 bytes), writing in blocks of about 64 KiB. Bytes
   * are copied: the caller may reuse them once this returns. Call flush()
   * at the end.
   */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.closed || chunk.length === 0) return;
    if (typeof chunk !== 'string') return this.writeBytes(chunk);
    if (3 * chunk.length > BLOCK_BYTES - this.used) {
      await this.flush();
      // Too long for any block: written as it is.
      if (3 * chunk.length > BLOCK_BYTES) return this.send(chunk);
    }
    const block = this.block ?? (await this.nextBlock());
    if (!block) return;
    this.used += block.write(chunk, this.used, 'utf8');
    if (this.used >= FLUSH_AT) await this.flush();
    else this.flushLater();
  }

  private async writeBytes(bytes: Uint8Array): Promise<void> {
    for (let at = 0; at < bytes.length; ) {
      if (this.closed) return;
      const n = Math.min(bytes.length - at, BLOCK_BYTES - this.used);
      const block = this.block ?? (await this.nextBlock());
      if (!block) return;
      block.set(bytes.subarray(at, at + n), this.used);
      this.used += n;
      at += n;
      if (this.used >= FLUSH_AT) await this.flush();
    }
    this.flushLater();
  }

  private timer: NodeJS.Timeout | null = null;

  /**
   * Write a part-filled block within LATENCY_MS even if no more comes: a
   * batch waiting on a slow input (a FIFO, a network disk) still passes on
   * the records it has finished. Unref'd: it never keeps the process alive.
   */
  private flushLater(): void {
    if (this.timer !== null || this.used === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, LATENCY_MS);
    this.timer.unref();
  }

  /**
   * A block to fill: a spare one, a new one, or (all MAX_BLOCKS in flight)
   * the next to come back; null once the stream is gone, as blocks it held
   * may never come back.
   */
  private async nextBlock(): Promise<Buffer | null> {
    while (this.reuseBlocks && !this.closed && this.spare.length === 0 && this.made >= MAX_BLOCKS) {
      await new Promise<void>((resolve) => (this.blockBack = resolve));
    }
    if (this.closed) return null;
    let block = this.spare.pop();
    if (!block) {
      block = Buffer.allocUnsafe(BLOCK_BYTES);
      if (this.reuseBlocks) this.made++;
    }
    this.block = block;
    return block;
  }

  /** Write what is queued, waiting for the stream to drain so memory stays flat. */
  async flush(): Promise<void> {
    const block = this.block;
    if (!block || this.used === 0) return;
    const bytes = block.subarray(0, this.used);
    this.block = null;
    this.used = 0;
    await this.send(bytes, () => {
      if (!this.reuseBlocks) return;
      this.spare.push(block);
      this.wakeWriter();
    });
  }

  /** A block came back, or the stream failed: a writer waiting for a block goes on. */
  private wakeWriter(): void {
    const waiting = this.blockBack;
    this.blockBack = null;
    waiting?.();
  }

  /** Write; `written` runs once the stream no longer needs the data. */
  private async send(data: string | Uint8Array, written?: () => void): Promise<void> {
    // A destroyed stream may have said 'close' already: waiting for it would never end.
    if (this.stream.destroyed) this.closed = true;
    if (this.closed) return;
    const ok = this.stream.write(data, (error) => {
      if (error) this.wakeWriter();
      else written?.();
    });
    if (!ok && !this.closed && !this.stream.destroyed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
        this.stream.on('close', done);
      });
    }
  }
}
