// The stat of a path (following links), or null when there is nothing there
// or it cannot be read: the one try/catch around statSync (and lstatSync) the code shares.
import { lstatSync, statSync, type Stats } from 'node:fs';

export function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The lstat of a path (a link itself, not what it points to), or null. */
export function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** Whether `path` is a directory (following links); false when there is nothing there. */
export function isDirectory(path: string): boolean {
  return statOrNull(path)?.isDirectory() ?? false;
}
