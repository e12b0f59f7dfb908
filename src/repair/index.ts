// Repair stage: undo legacy encoding damage inside decoded text (FORMAT §19).
// Evidence-gated and per word: a word is changed only when a damage path maps
// it to an NL/FR word the lexicon (or the document's own clean words) knows,
// or when the whole document has shown that path (rules 5–7). Clean text is
// recognised by a fast scan and never pays for the lexicon.
import { append } from '../util/append.js';
import { diag } from '../diagnostics.js';
import type { Diagnostic, Repair } from '../types.js';
import { findPairs, plausible, symbolInContext, votePath, type Decision } from './decide.js';
import { genitives } from './genitive.js';
import { CleanWords, decideUntilStable, judgeAll, suspiciousTokens, weakOnPath } from './evidence.js';
import { loadLexicon } from './lexicon.js';
import { lossyWarnings } from './lossy.js';
import { PATHS, PATH_BY_NAME } from './paths.js';
import { Positions } from './positions.js';
import { looksDamaged } from './suspicion.js';
import { tokensMatching, type Token } from './tokens.js';
import { ACUTE_IN_WORD, uniqueCompletion } from './unique.js';
import { composeNfc, moveColumn, type Composed } from '../util/nfc.js';

export { PATHS, PATH_BY_NAME, damage } from './paths.js';

/** Whether a value names a damage path ("cp1252>maccenteuro"…): the one test of --assume-path and the assumePath option. */
export function isDamagePath(name: unknown): name is string {
  return typeof name === 'string' && PATH_BY_NAME.has(name);
}

/** The SENQ_LOSSY_TEXT warnings alone (U+FFFD, "?" inside a word…), for a caller that does not repair. */
export function lossyReport(text: string): Diagnostic[] {
  return lossyWarnings(text, new Positions(text));
}

export interface RepairOptions {
  /** Damage path to assume for the whole document (e.g. "cp1252>maccenteuro"). */
  assumePath?: string | undefined;
}

export interface RepairResult {
  /**
   * The repaired text; line breaks are never changed. Decomposed input (NFD)
   * comes out composed when a repair was made (repair needs the composed
   * letters), as it was read otherwise.
   */
  text: string;
  /** Positioned in the input as read, like `diagnostics`. */
  repairs: Repair[];
  diagnostics: Diagnostic[];
  /**
   * The column in the input as read of a 1-based column of line `line` of
   * `text`: a repair that changes a word's length (`Ã¯` → `ï`), or a
   * decomposed letter composed, moves what follows it on its line.
   */
  asRead(line: number, column: number): number;
}

/** The core's result: everything in the coordinates of the (composed) text it was given. */
type CoreResult = Omit<RepairResult, 'asRead'>;

const MAX_WARNINGS = 50;

interface Change {
  token: Token;
  after: string;
  path: string;
  evidence: string;
}

export function repair(text: string, options: RepairOptions = {}): RepairResult {
  const result = repairAsRead(text, options, composeNfc(text), false);
  // An assumed path senq does not know is said, not ignored in silence
  // (parse checks its options before it gets here).
  if (options.assumePath !== undefined && !isDamagePath(options.assumePath)) {
    result.diagnostics.unshift(diag('SENQ_BAD_OPTION', `option assumePath: ${JSON.stringify(String(options.assumePath))} is no damage path; it was ignored`));
  }
  return result;
}

/**
 * repair() for a caller that has composed the text already: `composed` is
 * composeNfc of `text` (null when `text` holds nothing to compose). Parse
 * and the decode scorer spare a second scan for decomposed letters, and
 * the text comes back composed even where nothing was repaired, as the
 * parsers need it. Positions are in `text` as read, as from repair().
 */
export function repairComposedText(text: string, options: RepairOptions = {}, composed: Composed | null = null): RepairResult {
  return repairAsRead(text, options, composed, true);
}

/** The core on the composed text, with every position mapped back to the text as read. */
function repairAsRead(text: string, options: RepairOptions, composed: Composed | null, keepComposed: boolean): RepairResult {
  const core = repairCore(composed?.text ?? text, isDamagePath(options.assumePath) ? options.assumePath : undefined);
  const beforeRepairs = (line: number, column: number) => columnBeforeRepairs(core.repairs, line, column);
  if (!composed) return { ...core, asRead: beforeRepairs };
  const toRead = (line: number, column: number) => composed.rawColumn(line, column);
  // A decomposed text nothing was repaired in goes back as it was read, unless the caller wants it composed.
  const composedOut = keepComposed || core.repairs.length > 0;
  return {
    text: composedOut ? core.text : text,
    repairs: core.repairs.map((r) => moveColumn(r, toRead)),
    diagnostics: core.diagnostics.map((d) => moveColumn(d, toRead)),
    asRead: composedOut ? (line, column) => toRead(line, beforeRepairs(line, column)) : (_line, column) => column,
  };
}

/**
 * The column of the text before repair of a column of the repaired text, on
 * one line: each repair before it that changed its word's length shifts it.
 * A column inside a repaired word points into the word as it was.
 */
function columnBeforeRepairs(repairs: readonly Repair[], line: number, column: number): number {
  let shift = 0; // code points the repairs so far added on this line (negative when they shortened it)
  for (const r of repairs) {
    if (r.line < line) continue;
    if (r.line > line) break;
    const start = r.column + shift;
    if (column < start) break;
    const before = [...r.before].length;
    const after = [...r.after].length;
    if (column < start + after) return r.column + Math.min(column - start, before - 1);
    shift += after - before;
  }
  return column - shift;
}

/** `assumed`: a damage path already checked with isDamagePath. */
function repairCore(text: string, assumed: string | undefined): CoreResult {
  const pos = new Positions(text);
  // ASCII without "?" has nothing to repair and nothing lost.
  if (!/[^\x00-\x3e\x40-\x7f]/u.test(text)) return { text, repairs: [], diagnostics: [] };
  const diagnostics = lossyWarnings(text, pos);
  const suspicious = suspiciousTokens(text);
  const acute = text.includes('´') ? tokensMatching(text, ACUTE_IN_WORD) : [];
  if (suspicious.length === 0 && acute.length === 0) return { text, repairs: [], diagnostics };

  const lexicon = loadLexicon();
  const flagged = new Set([...suspicious, ...acute].map((t) => t.start));
  const src = { lexicon, clean: new CleanWords(text, flagged) };

  const judged = judgeAll(suspicious, src, false);
  const doc = votePath(judged, assumed);
  if (doc.name) append(judged, weakOnPath(text, doc.name, flagged, src));

  const stable = decideUntilStable(judged, doc, src);
  const decided = stable.decided;
  let left = stable.left;
  const symbols = left.map((j) => symbolInContext(j, doc, text)).filter((d): d is Decision => d !== null);
  append(decided, symbols);
  const bySymbol = new Set(symbols.map((d) => d.judged));
  left = left.filter((j) => !bySymbol.has(j));
  const fixed = new Map(decided.map((d) => [d.judged, d.judgement]));
  const inOrder = [...fixed.keys(), ...left].sort((a, b) => a.token.start - b.token.start);
  const pairs = findPairs(inOrder, fixed, (i) => pos.at(i).line);
  const pairStarts = new Set(pairs.map((p) => p.judged.token.start));
  const changes: Change[] = [...decided, ...pairs].map((d) => ({
    token: d.judged.token,
    after: d.judgement.candidate.text,
    path: d.judgement.path.name,
    evidence: d.evidence,
  }));
  const decidedStarts = new Set(changes.map((c) => c.token.start));
  for (const g of genitives(text, doc)) {
    if (!decidedStarts.has(g.start)) changes.push({ token: { start: g.start, core: g.core }, after: g.after, path: g.path.name, evidence: 'lexicon' });
  }
  for (const j of left) {
    // Also a word whose damage-looking letters are clean in other languages
    // (días, zín), when a reading of it is a known word: it may be damage.
    if (pairStarts.has(j.token.start) || !(j.strong || plausible(j)) || diagnostics.length >= MAX_WARNINGS) continue;
    const { line, column } = pos.at(j.token.start);
    diagnostics.push(diag('SENQ_SUSPECT_MOJIBAKE', `"${j.token.core}" looks like encoding damage but no repair is certain; left as is`, line, column));
  }
  for (const t of acute) {
    const after = uniqueCompletion(t.core, src);
    const { line, column } = pos.at(t.start);
    if (after) changes.push({ token: t, after, path: 'unknown', evidence: 'lexicon-unique' });
    else if (diagnostics.length < MAX_WARNINGS)
      diagnostics.push(diag('SENQ_SUSPECT_MOJIBAKE', `"${t.core}" holds "´" where a letter belongs, and no single word fits; left as is`, line, column));
  }
  return apply(text, changes, pos, diagnostics);
}

function apply(text: string, changes: Change[], pos: Positions, diagnostics: Diagnostic[]): CoreResult {
  changes.sort((a, b) => a.token.start - b.token.start);
  const repairs: Repair[] = [];
  let out = '';
  let from = 0;
  for (const c of changes) {
    if (c.token.start < from || c.after === c.token.core) continue;
    // A result that would itself look damaged (`Ã‹` → `Ë`, P2's image of À)
    // is no repair: a second run would change it again.
    if (looksDamaged(c.after)) {
      const { line, column } = pos.at(c.token.start);
      if (diagnostics.length < MAX_WARNINGS)
        diagnostics.push(diag('SENQ_SUSPECT_MOJIBAKE', `"${c.token.core}" looks like encoding damage, but its repair "${c.after}" would look damaged too; left as is`, line, column));
      continue;
    }
    out += text.slice(from, c.token.start) + c.after;
    from = c.token.start + c.token.core.length;
    const { line, column } = pos.at(c.token.start);
    repairs.push({ line, column, before: c.token.core, after: c.after, path: c.path, evidence: c.evidence });
  }
  out += text.slice(from);
  return { text: out, repairs, diagnostics };
}
