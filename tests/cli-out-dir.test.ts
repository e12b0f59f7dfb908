// --out-dir: one file per record named <id>.<language>.<ext>, atomic, never
// outside DIR, never over an input, and no overwriting without --force.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileNames, stemFor, writeOutDir } from '../src/cli/out-dir.js';
import { getFormat } from '../src/format/index.js';
import { parse } from '../src/index.js';
import type { QuestionRecord } from '../src/types.js';
import { runCli } from './helpers/cli.js';
import { FIXTURES_DIR, listFixtures } from './helpers/fixtures.js';

const fixtures = listFixtures();
const seed = (): QuestionRecord => {
  const f = fixtures.find((x) => x.name === 'seed-screen-nl-answered')!;
  return (JSON.parse(readFileSync(join(f.dir, 'expected.json'), 'utf8')) as { records: QuestionRecord[] }).records[0]!;
};

/** Every file under a directory with its content and mtime, to prove nothing was touched. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    out[name] = `${statSync(p).mtimeMs}:${readFileSync(p, 'utf8')}`;
  }
  return out;
}

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'senq-out-dir-'));
});

describe('senq parse --out-dir', () => {
  const inputs = fixtures.map((f) => join(f.dir, 'input.txt'));
  // Fixtures that need options (an id from the path) are parsed as the CLI sees them.
  const expected = inputs.flatMap((p) => parse(readFileSync(p), { path: p }).records);

  it('writes one file per record, named <id>.<language>.json', async () => {
    const out = join(work, 'out');
    const run = await runCli(['parse', ...inputs, '--out-dir', out]);
    expect(run.code).toBeLessThan(2);
    expect(run.stdout).toBe('');
    const names = readdirSync(out).sort();
    expect(names).toHaveLength(expected.length);
    expect(names.every((n) => /^(\d+-\d+|unknown-[0-9a-f]{8})\.(nl|fr)(\.\d+)?\.json$/.test(n))).toBe(true);
    const seedFile = JSON.parse(readFileSync(join(out, '5-8905.nl.json'), 'utf8')) as QuestionRecord;
    expect(seedFile.id).toBe('5-8905');
    expect(seedFile.title).toBe(seed().title);
  });

  it('refuses a second run without --force: exit 2, nothing touched', async () => {
    const out = join(work, 'out');
    expect((await runCli(['parse', ...inputs, '--out-dir', out])).code).toBeLessThan(2);
    const before = snapshot(out);
    await new Promise((r) => setTimeout(r, 20));
    const again = await runCli(['parse', ...inputs, '--out-dir', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exist.*--force/);
    expect(snapshot(out)).toEqual(before);
  });

  it('refuses when only one target exists, and writes none of the others', async () => {
    const out = join(work, 'out');
    mkdirSync(out);
    writeFileSync(join(out, '5-8905.nl.md'), 'mine');
    const run = await runCli(['parse', ...inputs, '--md', '--out-dir', out]);
    expect(run.code).toBe(2);
    expect(readdirSync(out)).toEqual(['5-8905.nl.md']);
    expect(readFileSync(join(out, '5-8905.nl.md'), 'utf8')).toBe('mine');
  });

  it('replaces existing files with --force, leaving no temporary file', async () => {
    const out = join(work, 'out');
    mkdirSync(out);
    writeFileSync(join(out, '5-8905.nl.csv'), 'old');
    const run = await runCli(['parse', join(FIXTURES_DIR, 'seed-screen-nl-answered/input.txt'), '--csv', '--out-dir', out, '--force']);
    expect(run.code).toBe(0);
    expect(readdirSync(out)).toEqual(['5-8905.nl.csv']);
    expect(readFileSync(join(out, '5-8905.nl.csv'), 'utf8')).toMatch(/^schema_version,id,/);
  });

  it('with --force, refuses a target that is a folder before placing any file', async () => {
    const out = join(work, 'out');
    mkdirSync(join(out, '5-8905.nl.json'), { recursive: true });
    const fr = join(FIXTURES_DIR, 'screen-fr-lapsed-reintroduction-stray-space/input.txt');
    // The FR page's file would come first and be placed before the folder was met.
    const run = await runCli(['parse', fr, join(FIXTURES_DIR, 'seed-screen-nl-answered/input.txt'), '--out-dir', out, '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is a folder/);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(readdirSync(out)).toEqual(['5-8905.nl.json']);
  });

  it('reports a --out-dir that is a file as such, not as an internal error', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'x');
    const run = await runCli(['parse', join(FIXTURES_DIR, 'seed-screen-nl-answered/input.txt'), '--out-dir', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot create/);
    expect(run.stderr).not.toMatch(/internal error/);
  });

  it('never writes over an input file, even with --force', async () => {
    const out = join(work, 'out');
    mkdirSync(out);
    const input = join(out, '5-8905.nl.md');
    copyFileSync(join(FIXTURES_DIR, 'seed-screen-nl-answered/input.txt'), input);
    const before = readFileSync(input, 'utf8');
    const run = await runCli(['parse', input, '--md', '--out-dir', out, '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/input file/);
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('cannot be combined with -o', async () => {
    const run = await runCli(['parse', join(FIXTURES_DIR, 'seed-screen-nl-answered/input.txt'), '--out-dir', join(work, 'o'), '-o', join(work, 'x')]);
    expect(run.code).toBe(2);
    expect(readdirSync(work)).toEqual([]);
  });
});

describe('file names', () => {
  const hostile = ['../../etc', '../../../tmp/x', '/etc/passwd', '..', '.', '.hidden', 'a\\..\\b', 'x\u0000y', '5-8905/../../z', ''];

  it.each(hostile)('an id %j stays a plain name inside DIR', async (id) => {
    const stem = stemFor({ ...seed(), id });
    expect(stem).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*\.nl$/);
    const out = join(work, 'a', 'b', 'out');
    const written = await writeOutDir(out, [{ ...seed(), id }], getFormat('json')!, {}, { force: false, inputs: [] });
    expect(written).toHaveLength(1);
    expect(readdirSync(out)).toHaveLength(1);
    // Nothing appeared next to or above DIR.
    expect(readdirSync(join(work, 'a', 'b'))).toEqual(['out']);
    expect(readdirSync(work)).toEqual(['a']);
  });

  it('gives a null id a stable unknown-<sha8> name', () => {
    const r = { ...seed(), id: null };
    expect(stemFor(r)).toBe(`unknown-${r.source.sha256.slice(0, 8)}.nl`);
    expect(stemFor(r)).toBe(stemFor({ ...r }));
  });

  it('numbers repeated ids instead of overwriting within one run', () => {
    expect(fileNames([seed(), seed(), { ...seed(), language: 'fr' }], 'md')).toEqual(['5-8905.nl.md', '5-8905.nl.2.md', '5-8905.fr.md']);
  });
});
