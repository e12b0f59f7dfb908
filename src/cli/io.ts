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

/**
 * A writer that stops quietly once the reader has gone (`| head`): EPIPE is
 * an ordinary end, not an error, so nothing is thrown and no trace is printed.
 */
const BLOCK = 64 * 1024;

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

  private pending: Array<string | Uint8Array> = [];
  private pendingLength = 0;
  private pendingBytes = false;

  /**
   * Queue text (or UTF-8 bytes), writing it in blocks of about 64 KiB: one
   * stream write per record cost more than rendering the record. Call
   * flush() at the end.
   */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.closed || chunk.length === 0) return;
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    if (typeof chunk !== 'string') this.pendingBytes = true;
    if (this.pendingLength >= BLOCK) await this.flush();
  }

  /** Write what is queued, waiting for the stream to drain so memory stays flat. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pendingBytes
      ? Buffer.concat(this.pending.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)))
      : (this.pending as string[]).join('');
    this.pending = [];
    this.pendingLength = 0;
    this.pendingBytes = false;
    if (this.closed) return;
    const ok = this.stream.write(text);
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
