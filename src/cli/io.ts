// The CLI's view of the outside world, injectable so tests run in-process.
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  /** Whether stderr is a terminal (colour, progress). */
  stderrIsTTY: boolean;
  cwd: string;
}

/** Bytes queued before a write: one stream write per record cost more than rendering it. */
const FLUSH_AT = 64 * 1024;
/** Room for FLUSH_AT characters of any kind (at most 3 UTF-8 bytes each). */
const BLOCK_BYTES = 3 * FLUSH_AT;

/**
 * A writer that stops quietly once the reader has gone (`| head`): EPIPE is
 * an ordinary end, not an error, so nothing is thrown and no trace is printed.
 */
export class Output {
  closed = false;
  /** A write failure other than a closed pipe (disk full…), reported by the caller. */
  failure: Error | null = null;
  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.closed = true;
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') this.failure = error;
    });
  }

  /**
   * Text is encoded straight into this block (one copy, where joining
   * strings and then encoding them made two). A fresh block after each
   * write: the stream may hold the last one until it is written.
   */
  private block: Buffer | null = null;
  private used = 0;

  /** Queue text (or UTF-8 bytes), writing in blocks of about 64 KiB. Call flush() at the end. */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.closed || chunk.length === 0) return;
    const size = typeof chunk === 'string' ? 3 * chunk.length : chunk.length;
    if (size > BLOCK_BYTES - this.used) {
      await this.flush();
      // Too big for any block: written as it is.
      if (size > BLOCK_BYTES) return this.send(chunk);
    }
    this.block ??= Buffer.allocUnsafe(BLOCK_BYTES);
    if (typeof chunk === 'string') this.used += this.block.write(chunk, this.used, 'utf8');
    else {
      this.block.set(chunk, this.used);
      this.used += chunk.length;
    }
    if (this.used >= FLUSH_AT) await this.flush();
  }

  /** Write what is queued, waiting for the stream to drain so memory stays flat. */
  async flush(): Promise<void> {
    if (!this.block || this.used === 0) return;
    const bytes = this.block.subarray(0, this.used);
    this.block = null;
    this.used = 0;
    await this.send(bytes);
  }

  private async send(data: string | Uint8Array): Promise<void> {
    if (this.closed) return;
    const ok = this.stream.write(data);
    if (!ok && !this.closed) {
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

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
