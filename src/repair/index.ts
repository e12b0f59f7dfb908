// Repair stage: undo legacy encoding damage inside decoded text.
// Placeholder until the encoding issue lands: it changes nothing.
import type { Diagnostic, Repair } from '../types.js';

export interface RepairOptions {
  /** Damage path to assume for the whole document (e.g. "cp1252>maccenteuro"). */
  assumePath?: string;
}

export interface RepairResult {
  /** The repaired text; line breaks are never changed. */
  text: string;
  repairs: Repair[];
  diagnostics: Diagnostic[];
}

export function repair(text: string, _options: RepairOptions = {}): RepairResult {
  return { text, repairs: [], diagnostics: [] };
}
