// The fuzz harness in small: a fixed seed, a few hundred mutated fixtures
// through the library and a sample through the in-process CLI (`npm run fuzz`
// runs 100,000+). And the checks themselves must be able to fail.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { ParseResult } from '../src/types.js';
import { checkLibrary, findLoss } from './fuzz/check.js';
import { CLI_VARIANTS, checkCliInProcess, judgeCliRun } from './fuzz/cli-check.js';
import { makeCase } from './fuzz/mutate.js';
import { corpus } from './fuzz/worker.js';
import { listFixtures } from './helpers/fixtures.js';

const SEED = 7;
const RUNS = 300;
const bases = corpus();

describe('fuzzing (fixed seed)', () => {
  it('mutations are deterministic and actually mutate', () => {
    const a = makeCase(bases, SEED, 42);
    const b = makeCase(bases, SEED, 42);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const changed = Array.from({ length: 50 }, (_, i) => makeCase(bases, SEED, i)).filter((c) => c.ops.length > 0);
    expect(changed.length).toBeGreaterThan(30);
  });

  it(`${RUNS} mutated fixtures: no crash, no SENQ_INTERNAL, no silently lost line`, () => {
    const failures: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const c = makeCase(bases, SEED, i);
      const { problems } = checkLibrary(c.bytes, c.options);
      for (const p of problems) failures.push(`#${i} ${c.base} [${c.ops.join('; ')}] ${p.kind}: ${p.detail}`);
    }
    expect(failures).toEqual([]);
  });

  it('a sample through the in-process CLI: exit 0/1/2, no stack trace, no raw control character on stderr', async () => {
    const failures: string[] = [];
    for (let i = 0; i < 25; i++) {
      const c = makeCase(bases, SEED, 1000 + i);
      const args = CLI_VARIANTS[i % CLI_VARIANTS.length] ?? ['parse', '-'];
      for (const p of await checkCliInProcess(c.bytes, args)) failures.push(`#${c.index} ${args.join(' ')}: ${p.detail}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('the text-loss check can fail', () => {
  const seed = listFixtures().find((f) => f.name === 'seed-screen-nl-answered');
  if (!seed) throw new Error('seed fixture missing');
  const fresh = (): ParseResult => structuredClone(parse(seed.input, seed.options));
  const lostLines = (r: ParseResult) => findLoss(seed.input, seed.options, r).map((p) => p.line);

  it('passes the untouched result', () => {
    expect(lostLines(fresh())).toEqual([]);
  });

  it('reports the answer lines when the answer is dropped', () => {
    const r = fresh();
    const record = r.records[0]!;
    record.answer = null;
    const lost = lostLines(r);
    expect(lost.length).toBeGreaterThan(3);
  });

  // Words, not phrases, are compared: a dropped keyword whose words all occur
  // elsewhere ("sociale media", also in the title) would pass; this one's don't.
  it('reports a keyword line when that keyword is dropped', () => {
    const r = fresh();
    const record = r.records[0]!;
    const dropped = record.keywords.splice(record.keywords.indexOf('virtuele gemeenschap'), 1)[0];
    expect(dropped).toBe('virtuele gemeenschap');
    const line = seed.input.toString('utf8').split('\n').indexOf(dropped!) + 1;
    expect(lostLines(r)).toEqual([line]);
  });

  it('reports an unclaimed line once its SENQ_UNCLAIMED_TEXT diagnostic is gone', () => {
    const lines = seed.input.toString('utf8').split('\n');
    lines.splice(1, 0, '', 'zzyzx kwartel vloeipapier');
    const text = lines.join('\n');
    const r = parse(text, seed.options);
    expect(r.diagnostics.some((d) => d.code === 'SENQ_UNCLAIMED_TEXT')).toBe(true);
    expect(findLoss(text, seed.options, r)).toEqual([]);
    r.diagnostics = r.diagnostics.filter((d) => d.code !== 'SENQ_UNCLAIMED_TEXT');
    for (const rec of r.records) rec.diagnostics = [];
    // Nothing else quotes the line (diagnostic messages count as accounting).
    expect(findLoss(text, seed.options, r).map((p) => p.detail)).toEqual([expect.stringContaining('zzyzx')]);
  });
});

describe('the CLI crash check can fail', () => {
  it('flags exit codes outside 0/1/2, stack traces, internal errors and raw escapes', () => {
    expect(judgeCliRun(0, '')).toEqual([]);
    expect(judgeCliRun(1, 'x.txt:3:1: warning SENQ_CONTROL_CHARS the line holds \\x1b\n')).toEqual([]);
    expect(judgeCliRun(3, '')).toHaveLength(1);
    expect(judgeCliRun(null, '', 'SIGSEGV')).toHaveLength(1);
    expect(judgeCliRun(2, 'TypeError: x\n    at parse (/work/src/parse/index.ts:12:5)\n')).toHaveLength(1);
    expect(judgeCliRun(2, 'senq: internal error: boom\n')).toHaveLength(1);
    expect(judgeCliRun(1, 'title \u001b[31mred\n')).toHaveLength(1);
  });
});
