// Worker threads send rendered records back as bytes: each file's records,
// joined by the format's separator, as a view into one transferred buffer.
import { describe, expect, it } from 'vitest';
import { BufferPool, TextPacker } from '../src/cli/batch/pack.js';
import type { FileOutcome } from '../src/cli/batch/task.js';

const outcome = (texts: string[] | null): FileOutcome => ({ read: true, records: [], texts, count: texts?.length ?? 0, repairs: 0, diagnostics: [] });
const decode = (o: FileOutcome) => (o.bytes ? Buffer.from(o.bytes).toString('utf8') : null);

function poolOf(...buffers: ArrayBuffer[]): BufferPool {
  const pool = new BufferPool();
  for (const b of buffers) pool.give(b);
  return pool;
}

function pack(outcomes: FileOutcome[], between: string, pool?: BufferPool): ArrayBuffer[] {
  const packer = new TextPacker(between, pool);
  for (const o of outcomes) packer.add(o);
  return packer.finish();
}

describe('TextPacker', () => {
  it('gives each file its records as UTF-8, joined by the separator, in one buffer', () => {
    const outcomes = [outcome(['{"a":"potentiële"}\n', '{"b":"’"}\n']), outcome([]), outcome(null), outcome(['é€\n'])];
    const buffers = pack(outcomes, '--');
    expect(buffers).toHaveLength(1);
    // A file without records gets an empty view, which the writer skips.
    expect(outcomes.map(decode)).toEqual(['{"a":"potentiële"}\n--{"b":"’"}\n', '', null, 'é€\n']);
    expect(outcomes.every((o) => o.texts === null)).toBe(true);
    expect(outcomes[0]?.bytes?.buffer).toBe(buffers[0]);
    expect(outcomes[3]?.bytes?.buffer).toBe(buffers[0]);
  });

  it('encodes a file when it is added, so its strings can be collected before the chunk ends', () => {
    const packer = new TextPacker('');
    const first = outcome(['{"a":1}\n']);
    packer.add(first);
    expect(first.texts).toBeNull();
    packer.finish();
    expect(decode(first)).toBe('{"a":1}\n');
  });

  it('grows past a spare buffer too small for text of many multi-byte characters', () => {
    const big = `${'é€’'.repeat(300_000)}\n`; // 900k units, 2.4 MB of UTF-8
    const outcomes = [outcome(['{"a":1}\n']), outcome([big, big]), outcome(['x\n'])];
    const small = new ArrayBuffer(600_000);
    const pool = poolOf(small, new ArrayBuffer(1_000));
    const buffers = pack(outcomes, '', pool);
    expect(buffers).toHaveLength(1);
    expect(outcomes.map(decode)).toEqual(['{"a":1}\n', big + big, 'x\n']);
    expect(outcomes.every((o) => o.bytes?.buffer === buffers[0])).toBe(true);
    // The outgrown buffer went back to the pool. (Booleans: a failed
    // comparison of megabyte buffers would take vitest minutes to print.)
    const kept: ArrayBuffer[] = [];
    for (let b = pool.take(0); b; b = pool.take(0)) kept.push(b);
    expect(buffers[0] === small).toBe(false);
    expect(kept.includes(small)).toBe(true);
  });

  it('reuses the biggest spare buffer', () => {
    const biggest = new ArrayBuffer(2_000_000);
    const pool = poolOf(new ArrayBuffer(600_000), biggest, new ArrayBuffer(700_000));
    const buffers = pack([outcome(['{"a":1}\n'])], '', pool);
    expect(buffers[0] === biggest).toBe(true);
    expect(pool.size).toBe(2);
  });

  it('keeps at most four buffers, none over 4 MiB', () => {
    const pool = poolOf(new ArrayBuffer(8), new ArrayBuffer(8), new ArrayBuffer(5 * 1024 * 1024), new ArrayBuffer(8), new ArrayBuffer(8), new ArrayBuffer(8));
    expect(pool.size).toBe(4);
    expect(pool.take(9)).toBeUndefined();
  });

  it('transfers nothing when no file has text', () => {
    const outcomes = [outcome([]), outcome(null)];
    expect(pack(outcomes, '')).toEqual([]);
    expect(outcomes.map((o) => o.bytes)).toEqual([undefined, undefined]);
    expect(outcomes.map((o) => o.texts)).toEqual([[], null]);
  });
});
