// Whether a path we are about to write is one of the inputs: compared by
// device and inode, so a hard link, a symbolic link or another spelling of
// the same path is caught too.
import type { Stats } from 'node:fs';
import { statOrNull } from '../util/stat.js';
import { fsPath, type InputRef } from './input-ref.js';

/** "dev:ino" of the file at `path` (following links), or null when there is none. */
function fileIdentity(path: string | Buffer): string | null {
  const s = statOrNull(path);
  return s ? identityOf(s) : null;
}

/** "dev:ino" of a file already stat'ed. */
export function identityOf(s: Stats): string {
  return `${s.dev}:${s.ino}`;
}

/**
 * The identity of each input file with its path, in input order, as the
 * walk goes (standard input has none): a check against one or two outputs
 * stops at the first match and keeps nothing.
 */
export function* inputIdentities(inputs: Iterable<InputRef>): Generator<[id: string, path: string]> {
  for (const input of inputs) {
    if (input.kind !== 'file') continue;
    const id = fileIdentity(fsPath(input));
    if (id !== null) yield [id, input.path];
  }
}

