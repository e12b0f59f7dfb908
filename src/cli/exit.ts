// Exit codes, documented in --help and the README.
export const EXIT = {
  /** Every input gave records with at most warnings. */
  ok: 0,
  /** Some input gave an error diagnostic or could not be read; the others were still written. */
  errors: 1,
  /** Usage error (unknown flag, bad value), or no input could be read at all, or the output could not be written. */
  usage: 2,
} as const;

/** A mistake in how senq was called: reported in one line, exit 2. */
export class UsageError extends Error {}
