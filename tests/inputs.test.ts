// Walking directories: every found path must read as path.join(dir, name)
// would write it, whatever form the directory was given in.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../src/cli/inputs.js';

describe('expandInputs', () => {
  const root = mkdtempSync(join(tmpdir(), 'senq-inputs-'));
  mkdirSync(join(root, 'a', 'b'), { recursive: true });
  for (const f of ['a/1.txt', 'a/b/2.txt', 'a/b/skip.md']) writeFileSync(join(root, f), 'x');

  it.each([
    ['absolute', join(root, 'a')],
    ['trailing slash', `${join(root, 'a')}/`],
    ['doubled slash and dot', `${root}//a/./`],
    ['with ..', join(root, 'a', 'b', '..')],
  ])('gives joined paths for a directory given %s', (_, dir) => {
    const found = expandInputs([dir]).map((i) => (i.kind === 'file' ? i.path : '-'));
    expect(found).toEqual([join(dir, '1.txt'), join(dir, 'b', '2.txt')]);
  });

  it('gives relative paths without "./" for a relative directory', () => {
    const rel = relative(process.cwd(), join(root, 'a'));
    const found = expandInputs([`./${rel}`]).map((i) => (i.kind === 'file' ? i.path : '-'));
    expect(found).toEqual([join(rel, '1.txt'), join(rel, 'b', '2.txt')]);
    expect(found[0]?.startsWith('./')).toBe(false);
  });
});
