// Ctrl-C during a run. Outputs are written to temporary files (or a staging
// folder) and renamed into place at the end, so an interrupted run never
// leaves a half-written file under a target name; this module removes those
// temporaries too, then ends with exit code 130 (128 + SIGINT, as shells do).
// Writers register what they create; only the real process installs the
// handler (in-process callers such as tests keep their own signal handling).
import { rmSync } from 'node:fs';

const pending = new Set<string>();
const cleanups = new Set<() => void>();

/** Note something to undo if the run is interrupted (e.g. the progress bar's hidden cursor); returns the undo. */
export function registerCleanup(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

/** Note a temporary file or folder to remove if the run is interrupted; returns the undo. */
export function registerTemporary(path: string): () => void {
  pending.add(path);
  return () => {
    pending.delete(path);
  };
}

/** What an interrupt would remove now (for tests). */
export function temporaries(): string[] {
  return [...pending];
}

export const INTERRUPTED_EXIT = 130;

/** Run every registered clean-up and remove every registered temporary; never throws (a signal handler must not). */
export function removeTemporaries(): void {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // On the way out: the next clean-up still runs.
    }
  }
  cleanups.clear();
  for (const path of pending) removeWhole(path);
  pending.clear();
}

/**
 * Remove a file or folder, again if need be: a write still running on the
 * thread pool can add a file to a folder between rm's listing and its
 * removal of the folder, and rm's own retries only try the folder again,
 * never the new file (ENOTEMPTY each time, and a staging folder was left).
 * The main thread is busy here, so no new write starts: a few rounds do.
 */
function removeWhole(path: string): void {
  for (let round = 0; round < 5; round++) {
    try {
      rmSync(path, { recursive: true, force: true, maxRetries: 2, retryDelay: 10 });
      return;
    } catch {
      // Listed again and removed again in the next round; on the way out, nothing is thrown.
    }
  }
}

let installed = false;

/** Exit codes as shells report a death by these signals: 128 + the signal's number. */
const SIGNAL_EXIT = { SIGINT: INTERRUPTED_EXIT, SIGTERM: 143, SIGHUP: 129 } as const;

/** Install the SIGINT/SIGTERM/SIGHUP (terminal closed) handler once, for bin/senq.js. */
export function installInterruptHandler(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.once(signal, () => {
      removeTemporaries();
      process.exit(code);
    });
  }
}
