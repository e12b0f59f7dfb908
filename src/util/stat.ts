// The stat of a path (following links), or null when there is nothing there
// or it cannot be read: the one try/catch around statSync the code shares.
import { statSync, type Stats } from 'node:fs';

export function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Whether `path` is a directory (following links); false when there is nothing there. */
export function isDirectory(path: string): boolean {
  return statOrNull(path)?.isDirectory() ?? false;
}
