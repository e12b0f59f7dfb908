// Golden fixtures: fixtures/<case>/input.txt with expected.json (and, where
// present, expected.csv / expected.md). An optional options.json holds the
// ParseOptions the case needs (e.g. a `path` carrying the question number).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ParseOptions } from '../../src/types.js';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../fixtures');

export interface Fixture {
  name: string;
  dir: string;
  input: Buffer;
  options: ParseOptions;
}

export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES_DIR, d.name, 'input.txt')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(FIXTURES_DIR, name);
      const optionsFile = join(dir, 'options.json');
      const extra = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as ParseOptions) : {};
      return { name, dir, input: readFileSync(join(dir, 'input.txt')), options: { path: 'input.txt', ...extra } };
    });
}

/** The JSON a fixture's expected.json holds: the whole parse result. */
export function serialise(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
