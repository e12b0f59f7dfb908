// A few runs of the real binary (built by `npm ci` through `prepare`):
// piping, `| head`, exit codes as a shell sees them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = 'bin/senq.js';
const SEED = 'fixtures/seed-screen-nl-answered/input.txt';

function sh(script: string) {
  return spawnSync('bash', ['-c', `set -o pipefail; ${script}`], { encoding: 'utf8' });
}

describe('bin/senq.js', () => {
  it('parses the seed and exits 0', () => {
    const out = execFileSync('node', [BIN, 'parse', SEED, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(JSON.parse(out).id).toBe('5-8905');
  });

  it('exits 1 for stdin that is not a question, 2 for a missing file and an unknown flag', () => {
    expect(spawnSync('node', [BIN, 'parse', '-'], { input: 'not a senate page\n' }).status).toBe(1);
    expect(spawnSync('node', [BIN, 'parse', 'missing.txt']).status).toBe(2);
    expect(spawnSync('node', [BIN, 'parse', '--bogus']).status).toBe(2);
  });

  it.runIf(existsSync('/dev/stdout'))('writes -o /dev/stdout into a pipe, and appends to the file of a `>>`', () => {
    const piped = sh(`node ${BIN} parse ${SEED} --ndjson -o /dev/stdout 2>/dev/null | wc -l`);
    expect(piped.status).toBe(0);
    expect(piped.stdout.trim()).toBe('1');
    const log = join(mkdtempSync(join(tmpdir(), 'senq-append-')), 'log.ndjson');
    writeFileSync(log, 'OLD\n');
    expect(sh(`node ${BIN} parse ${SEED} --ndjson -o /dev/stdout 2>/dev/null >> '${log}'`).status).toBe(0);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('OLD');
    expect(JSON.parse(lines[1] ?? '').id).toBe('5-8905');
  });

  it.runIf(existsSync('/dev/stdout'))('shares the shell\'s stdout with commands around it, and refuses a descriptor it did not get', () => {
    const log = join(mkdtempSync(join(tmpdir(), 'senq-group-')), 'log');
    expect(sh(`{ echo header; node ${BIN} parse ${SEED} --ndjson -o /dev/stdout 2>/dev/null; echo footer; } > '${log}'`).status).toBe(0);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect([lines[0], JSON.parse(lines[1] ?? '').id, lines[2]]).toEqual(['header', '5-8905', 'footer']);
    // fd 5 was never opened by the shell: refused, not written into Node's own pipes.
    const fd5 = spawnSync('node', [BIN, 'parse', SEED, '--ndjson', '-o', '/dev/fd/5'], { encoding: 'utf8', timeout: 20_000 });
    expect(fd5.status).toBe(2);
  });

  it.runIf(existsSync('/dev/full'))('exits 2 when -o names a device that cannot take the data (/dev/full)', () => {
    const run = spawnSync('node', [BIN, 'parse', SEED, '-o', '/dev/full'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^senq: /mu);
  });

  it('ends quietly under `| head` with no stack trace', () => {
    const args = Array.from({ length: 400 }, () => SEED).join(' ');
    const run = sh(`err=$(mktemp); node ${BIN} parse ${args} --ndjson 2>"$err" | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"; grep -v SENQ_ "$err" || true`);
    const [status, ...rest] = run.stdout.split('\n');
    expect(status).toBe('0');
    expect(rest.join('\n').trim()).toBe('');
  });

  it('goes on quietly when the reader of stderr leaves (2>&1 | head), and still writes -o in full', () => {
    const out = execFileSync('mktemp', ['-d'], { encoding: 'utf8' }).trim();
    const args = Array.from({ length: 400 }, () => SEED).join(' ');
    const run = sh(`node ${BIN} parse ${args} --ndjson -o ${out}/all.ndjson 2>&1 >/dev/null | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`);
    expect(run.stdout.trim()).toBe('0');
    expect(readFileSync(`${out}/all.ndjson`, 'utf8').trimEnd().split('\n')).toHaveLength(400);
  });

  it('never cuts piped output short', () => {
    const args = Array.from({ length: 400 }, () => SEED);
    const run = spawnSync('node', [BIN, 'parse', ...args, '--ndjson'], { maxBuffer: 1 << 30 });
    const lines = run.stdout.toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(400);
    expect(JSON.parse(lines[399] ?? '').id).toBe('5-8905');
  });

  it('prints the version from package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(execFileSync('node', [BIN, '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });
});
