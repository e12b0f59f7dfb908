// Option values the commands share, checked before any input is read: a
// typo is a usage error (exit 2), not something ignored for every file.
import { isKnownEncoding } from '../decode/index.js';
import { isDamagePath, PATH_BY_NAME } from '../repair/index.js';
import { parseId } from '../parse/identifiers.js';
import { UsageError } from './exit.js';

/** --encoding must name an encoding senq can read: a typo is a usage error, not a failure of every file. */
export function checkEncoding(name: string | undefined): void {
  if (name !== undefined && !isKnownEncoding(name)) {
    throw new UsageError(`unknown encoding "${name}" (e.g. utf-8, windows-1252, macintosh, utf-16le, utf-16be)`);
  }
}

export function checkAssumePath(name: string | undefined): void {
  if (name !== undefined && !isDamagePath(name)) {
    throw new UsageError(`unknown damage path "${name}" for --assume-path (known: ${[...PATH_BY_NAME.keys()].join(', ')})`);
  }
}

export function checkId(id: string | undefined): void {
  if (id !== undefined && parseId(id) === null) throw new UsageError(`--id must be a question id such as 5-8905, not "${id}"`);
}
