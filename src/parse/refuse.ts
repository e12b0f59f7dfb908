// Inputs that cannot be a question at all (empty or binary), and control
// characters worth a word in those that can. `senq repair` refuses binary
// input with the same test.
import { diag } from '../diagnostics.js';
import type { Diagnostic } from '../types.js';
import { CONTROLS } from '../util/controls.js';
import { columnOf, type Line } from './lines.js';

/**
 * SENQ_EMPTY_INPUT or SENQ_BINARY_INPUT, or null. `hasControls` is
 * CONTROLS.test(text), when the caller knows it: a text without any control
 * character needs neither the NUL test nor the count.
 */
export function refuse(text: string, hasControls = CONTROLS.test(text)): Diagnostic | null {
  if (text.trim() === '') return diag('SENQ_EMPTY_INPUT', 'the input is empty');
  if (!hasControls) return null;
  if (text.includes('\u0000')) return diag('SENQ_BINARY_INPUT', 'the input holds NUL bytes: it is binary, not text');
  const sample = text.slice(0, 65536);
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f]/gu)?.length ?? 0;
  if (controls > sample.length * 0.1) return diag('SENQ_BINARY_INPUT', 'the input is mostly control characters: it is binary, not text');
  return null;
}

/**
 * Control characters (escape sequences, C1, bidirectional overrides) survive
 * in data but are worth a word: the first 20 lines holding one.
 */
export function controlCharacters(lines: readonly Line[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const line of lines) {
    const m = CONTROLS.exec(line.raw);
    if (m) {
      out.push(diag('SENQ_CONTROL_CHARS', 'the line holds control characters', line.no, columnOf(line.raw, m.index)));
      if (out.length >= 20) break;
    }
  }
  return out;
}
