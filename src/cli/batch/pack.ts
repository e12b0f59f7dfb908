// A worker sends a chunk's rendered records back as one transferred buffer
// of UTF-8: strings would be copied into the main thread's heap, and writing
// them meant encoding them there, on the one thread every worker waits on.
//
// Each file's text is encoded as soon as the file is rendered, not when the
// chunk ends: a chunk's rendered strings, held until then, outlived the
// young generation's collections and were promoted to the old (and large
// object) space, which only a full collection empties. Encoded at once,
// they die young.
import type { FileOutcome } from './task.js';

/** Buffers are made at least this big, so that most chunks fit a spare one. */
const MIN_BUFFER = 512 * 1024;

/**
 * Buffers the main thread has written and sent back, and buffers a packer
 * outgrew. Reusing them spares both threads a garbage collection for every
 * few megabytes of output: V8 runs full collections to reclaim such
 * (external) memory, and the main thread paid most of it.
 */
export class BufferPool {
  private readonly buffers: ArrayBuffer[] = [];

  /** Keep a buffer for reuse, unless the pool is full or the buffer outsized (a chunk of big files). */
  give(buffer: ArrayBuffer): void {
    if (this.buffers.length < MAX_SPARE && buffer.byteLength <= MAX_SPARE_BYTES) this.buffers.push(buffer);
  }

  /** The biggest buffer kept, if it holds at least `bytes`. */
  take(bytes: number): ArrayBuffer | undefined {
    let best = -1;
    this.buffers.forEach((b, i) => {
      if (b.byteLength >= bytes && (best < 0 || b.byteLength > (this.buffers[best] as ArrayBuffer).byteLength)) best = i;
    });
    return best < 0 ? undefined : this.buffers.splice(best, 1)[0];
  }

  get size(): number {
    return this.buffers.length;
  }
}

const MAX_SPARE = 4;
/** Buffers bigger than this are not kept. */
const MAX_SPARE_BYTES = 4 * 1024 * 1024;

export class TextPacker {
  private buffer: ArrayBuffer | null = null;
  private bytes: Buffer | null = null;
  private at = 0;
  private readonly parts: Array<{ outcome: FileOutcome; start: number; size: number }> = [];

  /**
   * @param between the format's separator, put between one file's records
   * @param pool where buffers are taken from and outgrown ones go back to
   */
  constructor(
    private readonly between: string,
    private readonly pool: BufferPool = new BufferPool(),
  ) {}

  /** Encode the outcome's rendered records now; its `texts` become null. */
  add(outcome: FileOutcome): void {
    const texts = outcome.texts;
    if (!texts) return;
    const start = this.at;
    texts.forEach((text, i) => {
      if (i > 0) this.write(this.between);
      this.write(text);
    });
    this.parts.push({ outcome, start, size: this.at - start });
    outcome.texts = null;
  }

  /**
   * Give each added outcome its view of the buffer and return the buffers
   * to transfer: none when no text was added (the outcomes then keep an
   * empty `texts`, as they had nothing to write).
   */
  finish(): ArrayBuffer[] {
    const buffer = this.buffer;
    if (!buffer || this.at === 0) {
      for (const p of this.parts) p.outcome.texts = [];
      return [];
    }
    for (const p of this.parts) p.outcome.bytes = new Uint8Array(buffer, p.start, p.size);
    return [buffer];
  }

  private write(text: string): void {
    if (text === '') return;
    // UTF-8 takes at least a byte per UTF-16 unit, and the text is mostly
    // ASCII: measure a text exactly only when the worst case (3 bytes a
    // unit) might not fit. Measuring every text cost as much as encoding it.
    if (!this.bytes || 3 * text.length > this.bytes.length - this.at) this.reserve(text);
    this.at += (this.bytes as Buffer).write(text, this.at, 'utf8');
  }

  private reserve(text: string): void {
    const need = Buffer.byteLength(text, 'utf8');
    const have = this.bytes ? this.bytes.length - this.at : 0;
    if (need <= have) return;
    if (!this.bytes) {
      // The biggest spare buffer, so that the chunk's later files fit too.
      this.buffer = this.pool.take(need) ?? new ArrayBuffer(Math.max(need + (need >> 1), MIN_BUFFER));
    } else {
      const bigger = this.pool.take(this.at + need) ?? new ArrayBuffer(Math.max(2 * this.bytes.length, this.at + need));
      new Uint8Array(bigger).set(this.bytes.subarray(0, this.at));
      // The outgrown buffer is free again: kept, fewer buffers are made.
      this.pool.give(this.buffer as ArrayBuffer);
      this.buffer = bigger;
    }
    this.bytes = Buffer.from(this.buffer as ArrayBuffer);
  }
}
