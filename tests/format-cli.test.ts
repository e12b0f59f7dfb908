// The format flags as the CLI sees them: shortcuts, --format, --excel.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { FIXTURES_DIR } from './helpers/fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'senq-format-cli-'));

describe('format flags', () => {
  const SEED = join(FIXTURES_DIR, 'seed-screen-nl-answered/input.txt');
  it('refuses two format shortcuts at once', async () => {
    const run = await runCli(['parse', SEED, '--csv', '--md']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
  it('refuses --excel without CSV output', async () => {
    expect((await runCli(['parse', SEED, '--md', '--excel'])).code).toBe(2);
    // Accepted (exit 0 or 1, depending on the input), not a usage error.
    expect((await runCli(['parse', SEED, '--excel', '--tables', join(work, 't')])).code).toBeLessThan(2);
  });
  it('--format md and --md give the same output', async () => {
    expect((await runCli(['parse', SEED, '--format', 'md'])).stdout).toBe((await runCli(['parse', SEED, '--md'])).stdout);
  });
});
