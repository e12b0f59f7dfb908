// The README stays true: every diagnostic code and exit code is documented,
// and the Quick start holds exactly the two commands CI relies on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli/exit.js';
import { withCodesTable } from './tools/readme-codes.js';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('has the current table of diagnostic codes (npm run docs:codes)', () => {
    expect(readme).toBe(withCodesTable(readme));
  });

  it('documents every exit code', () => {
    for (const code of Object.values(EXIT)) expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, 'mu'));
  });

  it('Quick start has exactly two commands, and .ci/run runs the test one', () => {
    const quick = readme.split('## Quick start')[1]?.split('\n## ')[0] ?? '';
    const commands = quick.split('\n').filter((l) => l.startsWith('$ ') || /^npm |^npx /u.test(l));
    expect(commands).toHaveLength(2);
    const ci = readFileSync('.ci/run', 'utf8');
    const testCommand = commands[1]?.replace(/^\$ /u, '') ?? '';
    expect(ci).toContain(testCommand);
  });
});
