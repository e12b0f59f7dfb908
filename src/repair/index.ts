// Repair stage: undo legacy encoding damage inside decoded text (FORMAT §19).
// Evidence-gated and per word: a word is changed only when a damage path maps
// it to an NL/FR word the lexicon (or the document's own clean words) knows,
// or when the whole document has shown that path (rules 5–7). Clean text is
// recognised by a fast scan and never pays for the lexicon.
import { diag } from '../diagnostics.js';
import type { Diagnostic, Repair } from '../types.js';
import type { WordSource } from './confirm.js';
import { decide, findPairs, symbolInContext, votePath, type Decision } from './decide.js';
import { judge, type Judged } from './judge.js';
import { lexiconKey, loadLexicon } from './lexicon.js';
import { lossyWarnings } from './lossy.js';
import { PATHS, PATH_BY_NAME } from './paths.js';
import { Positions } from './positions.js';
import { findSites, initialCapital, scanPattern } from './suspicion.js';
import { allTokens, tokensMatching, type Token } from './tokens.js';
import { ACUTE_IN_WORD, uniqueCompletion } from './unique.js';

export { PATHS, PATH_BY_NAME, damage } from './paths.js';

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

const SCAN = scanPattern(PATHS);
const MAX_WARNINGS = 50;

interface Change {
  token: Token;
  after: string;
  path: string;
  evidence: string;
}

export function repair(text: string, options: RepairOptions = {}): RepairResult {
  const assumed = options.assumePath && PATH_BY_NAME.has(options.assumePath) ? options.assumePath : undefined;
  const pos = new Positions(text);
  // Clean ASCII has nothing to repair and nothing lost.
  if (!/[^\x00-\x3e\x40-\x7f]/u.test(text)) return { text, repairs: [], diagnostics: [] };
  const diagnostics = lossyWarnings(text, pos);
  const suspicious = suspiciousTokens(text);
  const acute = text.includes('´') ? tokensMatching(text, ACUTE_IN_WORD) : [];
  if (suspicious.length === 0 && acute.length === 0) return { text, repairs: [], diagnostics };

  const lexicon = loadLexicon();
  const flagged = new Set([...suspicious, ...acute].map((t) => t.start));
  const clean = cleanWords(text, flagged);
  const src: WordSource = { lexicon, clean };

  const judged = judgeAll(suspicious, src, false);
  const doc = votePath(judged, assumed);
  if (doc.name) judged.push(...weakOnPath(text, doc.name, flagged, src));

  const stable = decideUntilStable(judged, doc, src);
  const decided = stable.decided;
  let left = stable.left;
  const symbols = left.map((j) => symbolInContext(j, doc, text)).filter((d): d is Decision => d !== null);
  decided.push(...symbols);
  left = left.filter((j) => !symbols.some((d) => d.judged === j));
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
  for (const j of left) {
    if (pairStarts.has(j.token.start) || !j.strong || diagnostics.length >= MAX_WARNINGS) continue;
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

/** Words with a strong site for at least one path. Names (`Žaneta`) are kept: the lexicon may still confirm them. */
function suspiciousTokens(text: string): Token[] {
  return tokensMatching(text, SCAN).filter((t) => PATHS.some((p) => findSites(t.core, p, false).length > 0));
}

function judgeAll(tokens: readonly Token[], src: WordSource, weakToo: boolean, family?: string): Judged[] {
  const out: Judged[] = [];
  for (const token of tokens) {
    const byPath = new Map();
    let strong = false;
    for (const p of PATHS) {
      if (family && p.family !== family) continue;
      const g = judge(token, p, src, weakToo);
      if (!g) continue;
      byPath.set(p.name, g);
      // A capital site starting a word is most likely a name (`Žaneta`): not worth a warning.
      if (g.sites.some((s) => !s.weak) && !initialCapital(token.core, g.sites)) strong = true;
    }
    if (byPath.size > 0) out.push({ token, byPath, strong });
  }
  return out;
}

/**
 * Once the document has a path, words whose only sites are clean-looking
 * letters of that path (`líhomme` for l’homme under P1) are examined, but
 * only when the word as written is unknown and the repaired one is known.
 */
function weakOnPath(text: string, family: string, flagged: ReadonlySet<number>, src: WordSource): Judged[] {
  const paths = PATHS.filter((p) => p.family === family);
  const chars = new Set(paths.flatMap((p) => [...p.singles]));
  if (chars.size === 0) return [];
  const re = new RegExp(`[${[...chars].join('').replace(/[\\\]^-]/gu, (c) => `\\${c}`)}]`, 'gu');
  const tokens = tokensMatching(text, re).filter((t) => !flagged.has(t.start) && !src.lexicon.has(t.core));
  return judgeAll(tokens, src, true, family).filter((j) =>
    [...j.byPath.values()].some((g) => g.confirmation === 'lexicon'),
  );
}

/**
 * Decide, then let the words just repaired count as clean words and decide
 * the rest again, until nothing changes. Running repair on its own output
 * sees those words as clean too, so this keeps repair idempotent.
 */
function decideUntilStable(judged: Judged[], doc: ReturnType<typeof votePath>, src: WordSource) {
  const decided: Decision[] = [];
  let left = judged;
  const clean = src.clean as Set<string>;
  for (let round = 0; round < 4 && left.length > 0; round++) {
    const now: Decision[] = [];
    const rest: Judged[] = [];
    for (const j of left) {
      const d = decide(j, doc);
      if (d) now.push(d);
      else rest.push(j);
    }
    decided.push(...now);
    left = rest;
    if (now.length === 0) break;
    for (const d of now) for (const w of d.judgement.candidate.text.match(/[\p{L}'’]+/gu) ?? []) clean.add(lexiconKey(w));
    left = rejudge(left, src);
  }
  return { decided, left };
}

function rejudge(left: Judged[], src: WordSource): Judged[] {
  return left.map((j) => {
    const byPath = new Map();
    for (const [name, g] of j.byPath) {
      const again = judge(j.token, g.path, src, g.sites.some((s) => s.weak));
      byPath.set(name, again ?? g);
    }
    return { ...j, byPath };
  });
}

/** Words of tokens that show no damage: the document's own lexicon (rule 4). */
function cleanWords(text: string, flagged: ReadonlySet<number>): Set<string> {
  const out = new Set<string>();
  for (const t of allTokens(text)) {
    if (flagged.has(t.start)) continue;
    for (const w of t.core.match(/[\p{L}'’]+/gu) ?? []) out.add(lexiconKey(w));
  }
  return out;
}

function looksDamaged(word: string): boolean {
  return PATHS.some((p) => findSites(word, p, false).length > 0);
}

function apply(text: string, changes: Change[], pos: Positions, diagnostics: Diagnostic[]): RepairResult {
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
