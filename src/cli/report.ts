// Diagnostics on stderr: `path:line:column: severity CODE message`, coloured
// only for a terminal without NO_COLOR (chalk itself ignores NO_COLOR).
import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic } from '../types.js';
import { visibleControlsOneLine } from '../util/controls.js';
import { stderrIsTerminal, type CliIO } from './io.js';

export function colourFor(io: CliIO): ChalkInstance {
  const { NO_COLOR, FORCE_COLOR } = io.env;
  // NO_COLOR wins; FORCE_COLOR=0/false turns colour off, another value on; a dumb terminal gets none.
  if (NO_COLOR !== undefined && NO_COLOR !== '') return new Chalk({ level: 0 });
  if (FORCE_COLOR === '0' || FORCE_COLOR === 'false') return new Chalk({ level: 0 });
  if (FORCE_COLOR !== undefined) return new Chalk({ level: 1 });
  return new Chalk({ level: stderrIsTerminal(io) ? 1 : 0 });
}

/** Control characters from the input never reach the terminal through a message. */
export const neutralise = visibleControlsOneLine;

export function formatDiagnostic(path: string, d: Diagnostic, chalk: ChalkInstance): string {
  const where = d.line === null ? `${neutralise(path)}:` : `${neutralise(path)}:${d.line}:${d.column ?? 1}:`;
  const paint = d.severity === 'error' ? chalk.red : d.severity === 'warning' ? chalk.yellow : chalk.cyan;
  return `${chalk.bold(where)} ${paint(d.severity)} ${chalk.dim(d.code)} ${neutralise(d.message)}\n`;
}
