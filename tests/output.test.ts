// The CLI's output writer: text and bytes, in order, in blocks, whatever their sizes.
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Output } from '../src/cli/io.js';

function sink() {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, bytes: () => Buffer.concat(chunks), writes: () => chunks.length };
}

describe('Output', () => {
  it('writes strings and bytes in order, encoded as UTF-8, across block boundaries', async () => {
    const s = sink();
    const out = new Output(s.stream);
    const parts: Array<string | Uint8Array> = [];
    for (let i = 0; i < 3000; i++) {
      parts.push(`{"n":${i},"t":"potentiële € ’ 𝄞"}\n`);
      if (i % 7 === 0) parts.push(Buffer.from(`bytes ${i} é\n`, 'utf8'));
      if (i % 500 === 0) parts.push('x'.repeat(70_000)); // bigger than a block's worth
      if (i % 900 === 0) parts.push(new Uint8Array(Buffer.from('y'.repeat(200_000))));
    }
    for (const p of parts) await out.write(p);
    await out.flush();
    const expected = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
    expect(s.bytes().equals(expected)).toBe(true);
    // Blocks, not one write per part.
    expect(s.writes()).toBeLessThan(parts.length / 10);
  });

  /**
   * Like stdout: has an fd, accepts any amount without asking to drain, and
   * completes each write later. The system takes the bytes when the write
   * completes, not when it starts: a block reused before its callback would
   * be corrupt in `held`.
   */
  function lateFdStream() {
    const held: Buffer[] = [];
    const blocks = new Set<ArrayBufferLike>();
    const stream = Object.assign(
      new Writable({
        highWaterMark: 1 << 30,
        write(chunk: Buffer, _enc, done) {
          setTimeout(() => {
            held.push(Buffer.from(chunk));
            blocks.add(chunk.buffer);
            done();
          }, 1);
        },
      }),
      { fd: 99 },
    );
    return { stream, held, blocks };
  }

  const lines = (n: number, letter: string) => Array.from({ length: n }, (_, i) => `${String(i).padStart(5, '0')} ${letter.repeat(1000)}\n`);

  it('reuses blocks on a file-descriptor stream, only after each write has called back', async () => {
    const { stream, held, blocks } = lateFdStream();
    const out = new Output(stream);
    const parts = lines(800, 'é');
    for (const [i, p] of parts.entries()) {
      await out.write(p);
      // Now and then let pending writes complete, so their blocks come back.
      if (i % 100 === 99) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await out.flush();
    await new Promise((resolve) => stream.end(resolve));
    expect(Buffer.concat(held).toString('utf8')).toBe(parts.join(''));
    // Blocks were reused: fewer distinct memory blocks than writes.
    expect(blocks.size).toBeLessThan(held.length / 2);
  });

  it('owns a bounded number of blocks on an fd stream that never pushes back, waiting for one to return', async () => {
    // Before, every write found no spare block and made a new one.
    const { stream, held, blocks } = lateFdStream();
    const out = new Output(stream);
    const parts = lines(1500, 'ë');
    for (const p of parts) await out.write(p);
    await out.flush();
    await new Promise((resolve) => stream.end(resolve));
    expect(Buffer.concat(held).toString('utf8')).toBe(parts.join(''));
    expect(held.length).toBeGreaterThan(40);
    expect(blocks.size).toBeLessThanOrEqual(8);
  });

  it('does not hang waiting for a block when the stream fails with all blocks in flight', async () => {
    let calls = 0;
    const failing = Object.assign(
      new Writable({
        highWaterMark: 1 << 30,
        write(_chunk: Buffer, _enc, done) {
          calls++;
          // The first write fails late, once the writer has handed over
          // all its blocks (the stream queues the others meanwhile).
          setTimeout(() => done(Object.assign(new Error('broken pipe'), { code: 'EPIPE' })), 20);
        },
      }),
      { fd: 97 },
    );
    const out = new Output(failing);
    for (let i = 0; i < 2000 && !out.closed; i++) await out.write(`${'x'.repeat(1000)}\n`);
    await out.flush();
    expect(out.closed).toBe(true);
    expect(out.failure).toBeNull();
    expect(calls).toBe(1);
  });

  it('does not hang when the stream fails while the writer waits for a drain, with every block held', async () => {
    const pending: Array<(error?: Error | null) => void> = [];
    // Asks for a drain only once about seven blocks are queued, and holds
    // every write until the first one fails.
    const held = Object.assign(
      new Writable({
        highWaterMark: 7 * 66_066 + 1000,
        write(_chunk: Buffer, _enc, done) {
          pending.push(done);
        },
      }),
      { fd: 96 },
    );
    const out = new Output(held);
    for (let i = 0; i < 66 * 7 + 30; i++) await out.write(`${'x'.repeat(1000)}\n`);
    setTimeout(() => pending[0]?.(Object.assign(new Error('broken pipe'), { code: 'EPIPE' })), 20);
    // Flushes the eighth block, waits for the drain, and needs a block after it.
    await out.write('y'.repeat(60_000));
    await out.flush();
    expect(out.closed).toBe(true);
    expect(out.failure).toBeNull();
  }, 3000);

  it('stops quietly when the stream is destroyed without an error', async () => {
    const stream = Object.assign(
      new Writable({
        highWaterMark: 1 << 30,
        write(_chunk: Buffer, _enc, done) {
          setTimeout(done, 5);
        },
      }),
      { fd: 95 },
    );
    const out = new Output(stream);
    setTimeout(() => stream.destroy(), 30);
    let i = 0;
    for (; i < 200_000 && !out.closed; i++) {
      await out.write(`${'x'.repeat(1000)}\n`);
      if (i % 500 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await out.flush();
    expect(out.closed).toBe(true);
    expect(out.failure).toBeNull();
    expect(i).toBeLessThan(200_000);
  }, 3000);

  it('is not closed by the close that follows its own end', async () => {
    const s = sink();
    const out = new Output(s.stream);
    await out.write('done\n');
    await out.flush();
    await new Promise((resolve) => s.stream.end(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(out.closed).toBe(false);
    expect(s.bytes().toString()).toBe('done\n');
  });

  it('never reuses a block given to a PassThrough, whose reader may read it late', async () => {
    const through = new PassThrough();
    const got: Buffer[] = [];
    const reading = (async () => {
      for await (const chunk of through) got.push(chunk as Buffer);
    })();
    const out = new Output(through);
    const parts = lines(400, 'ë');
    for (const p of parts) await out.write(p);
    await out.flush();
    through.end();
    await reading;
    expect(Buffer.concat(got).toString('utf8')).toBe(parts.join(''));
  });

  it('encodes a lone surrogate as U+FFFD, as Buffer.from does', async () => {
    const s = sink();
    const out = new Output(s.stream);
    await out.write('a\ud800b');
    await out.flush();
    expect(s.bytes().equals(Buffer.from('a\ud800b', 'utf8'))).toBe(true);
  });
});
