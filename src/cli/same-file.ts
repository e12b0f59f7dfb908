// Whether a path we are about to write is one of the inputs: compared by
// device and inode, so a hard link, a symbolic link or another spelling of
// the same path is caught too.
import { statOrNull } from '../util/stat.js';
import type { InputRef } from './inputs.js';

/** "dev:ino" of the file at `path`, or null when there is none. */
export function fileIdentity(path: string): string | null {
  const s = statOrNull(path);
  return s ? `${s.dev}:${s.ino}` : null;
}

/** The identities of the input files (one walk; standard input has none). */
export function inputIdentities(inputs: Iterable<InputRef>): Set<string> {
  const ids = new Set<string>();
  for (const input of inputs) {
    const id = input.kind === 'file' ? fileIdentity(input.path) : null;
    if (id !== null) ids.add(id);
  }
  return ids;
}

/** The input that is the existing file at `target`, if any. Only an existing target costs a walk. */
export function inputAt(target: string, inputs: Iterable<InputRef>): string | null {
  const id = fileIdentity(target);
  if (id === null) return null;
  for (const input of inputs) if (input.kind === 'file' && fileIdentity(input.path) === id) return input.path;
  return null;
}
