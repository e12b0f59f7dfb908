// Converter residue (§7): HTML-to-text converters leave table debris — runs of
// "|" after each cell and "![]()" image placeholders. It is removed before
// detection, *within* each line, so that line numbers (and the columns of
// what remains, which only loses a suffix) still point into the input.
import { diag } from '../diagnostics.js';
import type { Diagnostic } from '../types.js';
import { EVENT_LABELS } from './chronology.js';
import { firstColumn, normalizeSpace, type Line } from './lines.js';
import { escapeRegExp } from '../util/regexp.js';

// Written to run in linear time: `\s*\|?\s*$`, `^[\s|]*\|[\s|]*$` and an
// unanchored `\s*\|[\s|]*$` all backtrack quadratically on a long run of
// spaces or pipes that does not end the line (0.4 MB took 4 minutes).
const IMAGE_PLACEHOLDER = /^\s*!\[[^\]]*\]\([^)]*\)\s*(?:\|\s*)?$/u;
const PIPES_AND_SPACES = /^[\s|]*$/u;
const pipeOnly = (raw: string) => raw.includes('|') && PIPES_AND_SPACES.test(raw);
/** The line without its trailing run of spaces and pipes, when that run holds a pipe. */
function withoutTrailingPipes(raw: string): string {
  let i = raw.length;
  while (i > 0 && PIPES_AND_SPACES.test(raw[i - 1] as string)) i--;
  return raw.includes('|', i) ? raw.slice(0, i) : raw;
}
/**
 * The line with its leading run of spaces and pipes (when that run holds a
 * pipe) turned into spaces: a converter that also rules the table's left
 * edge (`| 2/12/2009 | Rappel |`, never observed) left rows that no longer
 * began with their date, and were read as question text. Spaces, not
 * removal, so that columns still point into the input.
 */
function withoutLeadingPipes(raw: string): string {
  let i = 0;
  while (i < raw.length && PIPES_AND_SPACES.test(raw[i] as string)) i++;
  return raw.lastIndexOf('|', i - 1) >= 0 ? ' '.repeat(i) + raw.slice(i) : raw;
}
const PIPE_ROW = /^\s*\d{1,2}\/\d{1,2}\/\d{4}\s*\|.*\|\s*$/u;
// A left-ruled row (see withoutLeadingPipes) marks residue only with a
// chronology event: a clean page's own ruled table of dates does not.
const RULED_ROW = new RegExp(`^\\s*\\|\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\s*\\|\\s*(?:${EVENT_LABELS.map(escapeRegExp).join('|')})(?!\\p{L}).*\\|\\s*$`, 'iu');

export interface ResidueResult {
  lines: Line[];
  /** Whether residue was found (and removed). */
  found: boolean;
  diagnostics: Diagnostic[];
}

/**
 * Only a document that shows unmistakable residue is touched: an image
 * placeholder, a line of nothing but pipes, a run of 4+ pipes, or a
 * "date | event |" row. A clean page whose answer holds a pipe table keeps
 * its pipes (they are reported as SENQ_ANSWER_TABLE instead).
 */
export function stripResidue(lines: readonly Line[]): ResidueResult {
  // Every mark holds a pipe or "![": most lines are ruled out by a plain search.
  const marked = lines.filter(
    (l) =>
      (l.raw.includes('|') || l.raw.includes('![')) &&
      (IMAGE_PLACEHOLDER.test(l.raw) || pipeOnly(l.raw) || /\|{4,}/u.test(l.raw) || PIPE_ROW.test(l.raw) || RULED_ROW.test(l.raw)),
  );
  if (marked.length === 0) return { lines: [...lines], found: false, diagnostics: [] };
  const first = marked[0] as Line;
  let changed = 0;
  const out = lines.map((l) => {
    let raw = l.raw;
    if (IMAGE_PLACEHOLDER.test(raw) || pipeOnly(raw)) raw = '';
    else raw = withoutLeadingPipes(withoutTrailingPipes(raw));
    if (raw === l.raw) return l;
    changed++;
    return { no: l.no, raw, text: normalizeSpace(raw) };
  });
  return {
    lines: out,
    found: true,
    diagnostics: [
      diag(
        'SENQ_CONVERTER_RESIDUE',
        `converter residue (pipes, image placeholders) removed from ${changed} line(s)`,
        first.no,
        firstColumn(first),
      ),
    ],
  };
}
