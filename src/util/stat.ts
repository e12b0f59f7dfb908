// The stat of a path (following links), or null when there is nothing there
// or it cannot be read: the one try/catch around statSync (and lstatSync) the code shares.
import { lstatSync, statSync, type PathLike, type Stats } from 'node:fs';
import { chmod } from 'node:fs/promises';

export function statOrNull(path: PathLike): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The lstat of a path (a link itself, not what it points to), or null. */
export function lstatOrNull(path: PathLike): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** Whether `path` is a directory (following links); false when there is nothing there. */
export function isDirectory(path: PathLike): boolean {
  return statOrNull(path)?.isDirectory() ?? false;
}

/**
 * Give a temporary file the permissions of the file it is about to be
 * renamed over: a rename keeps the temporary's own (0644 from the umask), so
 * a private 0600 output would silently become readable to all.
 */
export async function takeModeOf(target: string, temp: string): Promise<void> {
  await takeMode(temp, statOrNull(target));
}

/** takeModeOf, for a caller that has stat'ed the target already (null: nothing there). */
export async function takeMode(temp: string, target: Stats | null): Promise<void> {
  // Permission bits only: setuid, setgid or sticky have no place on a data file.
  if (target?.isFile()) await chmod(temp, target.mode & 0o777);
}
