// Worker threads send rendered records back as bytes: each file's records,
// joined by the format's separator, as a view into one transferred buffer.
import { describe, expect, it } from 'vitest';
import type { FileOutcome } from '../src/cli/batch/task.js';
import { packTexts } from '../src/cli/batch/worker.js';

const outcome = (texts: string[] | null): FileOutcome => ({ read: true, records: [], texts, count: texts?.length ?? 0, repairs: 0, diagnostics: [] });

describe('packTexts', () => {
  it('gives each file its records as UTF-8, joined by the separator, in one buffer', () => {
    const outcomes = [outcome(['{"a":"potentiële"}\n', '{"b":"’"}\n']), outcome([]), outcome(null), outcome(['é€\n'])];
    const buffers = packTexts(outcomes, '--');
    expect(buffers).toHaveLength(1);
    const decode = (o: FileOutcome) => (o.bytes ? Buffer.from(o.bytes).toString('utf8') : null);
    // A file without records gets an empty view, which the writer skips.
    expect(outcomes.map(decode)).toEqual(['{"a":"potentiële"}\n--{"b":"’"}\n', '', null, 'é€\n']);
    expect(outcomes.every((o) => o.texts === null)).toBe(true);
    expect(outcomes[0]?.bytes?.buffer).toBe(buffers[0]);
    expect(outcomes[3]?.bytes?.buffer).toBe(buffers[0]);
  });

  it('grows past a spare buffer too small for text of many multi-byte characters', () => {
    const big = `${'é€’'.repeat(300_000)}\n`; // 900k units, 2.4 MB of UTF-8
    const outcomes = [outcome(['{"a":1}\n']), outcome([big, big]), outcome(['x\n'])];
    const spare = [new ArrayBuffer(600_000), new ArrayBuffer(1_000)];
    const buffers = packTexts(outcomes, '', spare);
    expect(buffers).toHaveLength(1);
    const decode = (o: FileOutcome) => (o.bytes ? Buffer.from(o.bytes).toString('utf8') : null);
    expect(outcomes.map(decode)).toEqual(['{"a":1}\n', big + big, 'x\n']);
    expect(outcomes.every((o) => o.bytes?.buffer === buffers[0])).toBe(true);
  });

  it('transfers nothing when no file has text', () => {
    const outcomes = [outcome([]), outcome(null)];
    expect(packTexts(outcomes, '')).toEqual([]);
    expect(outcomes.map((o) => o.bytes)).toEqual([undefined, undefined]);
  });
});
