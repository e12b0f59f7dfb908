// Information lost before senq saw the text (FORMAT §18): U+FFFD from an
// earlier lossy decode, and `?` where a single-byte save dropped a letter
// (`financi?le`). Neither can be repaired; both are reported.
import { diag } from '../diagnostics.js';
import type { Diagnostic } from '../types.js';
import type { Positions } from './positions.js';
import { coreOf, tokenAt } from './tokens.js';

const MAX_WARNINGS = 20;

export function lossyWarnings(text: string, pos: Positions): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!text.includes('\uFFFD') && !text.includes('?')) return out;
  const re = /\uFFFD|\p{Ll}\?\p{Ll}/gu;
  // End of the last word found to be a URL: its other "?" need no second look
  // (finding the word again for each made a long query string quadratic).
  let urlEnd = -1;
  for (let m = re.exec(text); m && out.length < MAX_WARNINGS; m = re.exec(text)) {
    const at = m[0] === '\uFFFD' ? m.index : m.index + 1;
    if (m[0] !== '\uFFFD' && at < urlEnd) continue;
    const { start, end } = tokenAt(text, at);
    const word = coreOf(text, start, end).core;
    if (m[0] !== '\uFFFD' && /[/=&@]/u.test(word)) {
      urlEnd = end;
      continue; // a URL's query string, not a lost letter
    }
    const { line, column } = pos.at(at);
    const what = m[0] === '\uFFFD' ? 'U+FFFD (an earlier lossy decoding)' : '"?" inside a word (a letter lost in a single-byte save)';
    out.push(diag('SENQ_LOSSY_TEXT', `text lost information before senq saw it: ${what} in "${word}"; it cannot be repaired`, line, column));
  }
  return out;
}
