// Damaged copies of every fixture — a line deleted, or the file cut short —
// must still parse without an internal failure: parsers report, never throw.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { listFixtures } from './helpers/fixtures.js';

describe.each(listFixtures())('fixture $name', (fixture) => {
  const lines = fixture.input.toString('utf8').split('\n');

  it('survives the deletion of any one line', () => {
    for (let i = 0; i < lines.length; i++) {
      const text = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
      const codes = parse(text, fixture.options).diagnostics.map((d) => d.code);
      expect(codes, `without line ${i + 1}`).not.toContain('SENQ_INTERNAL');
    }
  });

  it('survives being cut short after any line', () => {
    for (let i = 1; i < lines.length; i++) {
      const codes = parse(lines.slice(0, i).join('\n'), fixture.options).diagnostics.map((d) => d.code);
      expect(codes, `cut after line ${i}`).not.toContain('SENQ_INTERNAL');
    }
  });
});
