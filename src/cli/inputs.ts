// Turning the paths on the command line into inputs: files, directories
// (walked recursively in sorted order) and "-" for standard input.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type InputRef = { kind: 'stdin' } | { kind: 'file'; path: string };

export const STDIN_NAME = '<stdin>';

export function displayName(input: InputRef): string {
  return input.kind === 'stdin' ? STDIN_NAME : input.path;
}

/** Expand paths; a directory contributes its `*.txt` files, recursively, sorted. */
export function expandInputs(paths: readonly string[], matches: (name: string) => boolean = (n) => n.endsWith('.txt')): InputRef[] {
  if (paths.length === 0) return [{ kind: 'stdin' }];
  const out: InputRef[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // A missing path is reported when it is read, in its turn.
    }
    if (isDir) for (const f of walk(p, matches)) out.push({ kind: 'file', path: f });
    else out.push({ kind: 'file', path: p });
  }
  return out;
}

function walk(dir: string, matches: (name: string) => boolean): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full, matches));
    else if (e.isFile() && matches(e.name)) out.push(full);
  }
  return out;
}
