// Gathering the evidence of one document (FORMAT §19.6 rules 2–6): which
// words are suspicious, how each path reads them, the document's own clean
// words, and the decisions, repeated until they no longer change.
import { append } from '../util/append.js';
import type { WordSet, WordSource } from './confirm.js';
import { decide, plausible, type Decision, type DocumentPath } from './decide.js';
import { judge, type Judged, type Judgement } from './judge.js';
import { lexiconKey } from './lexicon.js';
import { PATHS } from './paths.js';
import { escapeRegExp } from '../util/regexp.js';
import { initialCapital, looksDamaged, scanPattern } from './suspicion.js';
import { allTokens, tokensMatching, type Token } from './tokens.js';

const SCAN = scanPattern(PATHS);

/** Words with a strong site for at least one path. Names (`Žaneta`) are kept: the lexicon may still confirm them. */
export function suspiciousTokens(text: string): Token[] {
  // A damaged page repeats its damaged words (België, officiële): ask once per word.
  const seen = new Map<string, boolean>();
  return tokensMatching(text, SCAN).filter((t) => {
    let hit = seen.get(t.core);
    if (hit === undefined) {
      hit = looksDamaged(t.core);
      seen.set(t.core, hit);
    }
    return hit;
  });
}

/**
 * Judge every token under every path (of `family`, if given). A judgement
 * depends only on the word and the word source, so a word that comes back is
 * judged once: its tokens share the judgements, which nothing mutates.
 */
export function judgeAll(tokens: readonly Token[], src: WordSource, weakToo: boolean, family?: string): Judged[] {
  const out: Judged[] = [];
  const memo = new Map<string, { byPath: Map<string, Judgement>; strong: boolean }>();
  for (const token of tokens) {
    const known = memo.get(token.core);
    if (known) {
      if (known.byPath.size > 0) out.push({ token, byPath: known.byPath, strong: known.strong });
      continue;
    }
    const byPath = new Map<string, Judgement>();
    let strong = false;
    for (const p of PATHS) {
      if (family && p.family !== family) continue;
      const g = judge(token, p, src, weakToo);
      if (!g) continue;
      byPath.set(p.name, g);
      // Worth a warning only if some site is unambiguous damage: not a capital
      // starting a name (`Žaneta`), not a character clean text also has (`Díaz`).
      if (g.sites.some((s) => !s.weak && !s.ambiguous) && !initialCapital(token.core, g.sites)) strong = true;
    }
    memo.set(token.core, { byPath, strong });
    if (byPath.size > 0) out.push({ token, byPath, strong });
  }
  return out;
}

/**
 * Once the document has a path, words whose only sites are clean-looking
 * letters of that path (`líhomme` for l’homme under P1) are examined, but
 * only when the word as written is unknown and the repaired one is known.
 */
export function weakOnPath(text: string, family: string, flagged: ReadonlySet<number>, src: WordSource): Judged[] {
  const re = familySingles(family);
  if (!re) return [];
  const tokens = tokensMatching(text, re).filter((t) => !flagged.has(t.start) && !src.lexicon.has(t.core));
  return judgeAll(tokens, src, true, family).filter(plausible);
}

const singlesByFamily = new Map<string, RegExp | null>();

/** A pattern of every single seen character of a path family, built once per family (not once per page). */
function familySingles(family: string): RegExp | null {
  if (!singlesByFamily.has(family)) {
    const chars = new Set(PATHS.filter((p) => p.family === family).flatMap((p) => [...p.singles]));
    singlesByFamily.set(family, chars.size === 0 ? null : new RegExp(`[${[...chars].map(escapeRegExp).join('')}]`, 'gu'));
  }
  return singlesByFamily.get(family) ?? null;
}

/**
 * Decide, then let the words just repaired count as clean words and decide
 * the rest again, until nothing changes. Running repair on its own output
 * sees those words as clean too, so this keeps repair idempotent.
 */
export function decideUntilStable(judged: Judged[], doc: DocumentPath, src: WordSource & { clean: CleanWords }) {
  const decided: Decision[] = [];
  let left = judged;
  const clean = src.clean;
  for (let round = 0; round < 4 && left.length > 0; round++) {
    const now: Decision[] = [];
    const rest: Judged[] = [];
    for (const j of left) {
      const d = decide(j, doc);
      if (d) now.push(d);
      else rest.push(j);
    }
    append(decided, now);
    left = rest;
    if (now.length === 0) break;
    const added = new Set<string>();
    for (const d of now) {
      for (const w of wordsOf(d.judgement.candidate.text)) {
        // With nothing left to decide again, which words are new does not
        // matter: asking (which may build the page's word set) is skipped.
        if (left.length > 0 && !clean.has(w)) added.add(w);
        clean.add(w);
      }
    }
    if (added.size === 0) break;
    left = left.map((j) => (meets(j, added) ? rejudge(j, src) : j));
  }
  return { decided, left };
}

function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}'’]+/gu) ?? []).map(lexiconKey);
}

/** Could a newly clean word change this word's confirmation? */
function meets(j: Judged, added: ReadonlySet<string>): boolean {
  for (const g of j.byPath.values()) for (const w of wordsOf(g.candidate.text)) if (added.has(w)) return true;
  return false;
}

function rejudge(j: Judged, src: WordSource): Judged {
  const byPath = new Map();
  for (const [name, g] of j.byPath) {
    const again = judge(j.token, g.path, src, g.sites.some((s) => s.weak));
    byPath.set(name, again ?? g);
  }
  return { ...j, byPath };
}

/**
 * The document's own lexicon (rule 4), answered lazily. Most questions are
 * about a wrong path's reading (`potentiÅ¾le`), which is nowhere in the page:
 * a search of the page text rules those out (mayHold), where building the
 * word set means tokenising the whole page. A page that asks often gets the
 * set after all. Words a repair produced are learned on top (see
 * decideUntilStable).
 */
export class CleanWords implements WordSet {
  private words: Set<string> | null = null;
  private readonly learned = new Set<string>();
  /** The page folded as keys are, or null where that shortcut is unsafe (see mayHold). */
  private folded: string | null | undefined;
  private searches = 0;

  constructor(
    private readonly text: string,
    private readonly flagged: ReadonlySet<number>,
  ) {}

  has(key: string): boolean {
    if (this.learned.has(key)) return true;
    if (!this.words && this.searches++ < MAX_SEARCHES && !this.mayHold(key)) return false;
    return (this.words ??= cleanWords(this.text, this.flagged)).has(key);
  }

  /** From now on, `key` counts as a clean word of the document. */
  add(key: string): void {
    this.learned.add(key);
  }

  /**
   * False when the key cannot be a word of the text. The text folded as
   * keys are (lower case, ' for ’ and ‘) holds every key of its words as a
   * substring, if folding it whole equals folding it word by word: true for
   * text without combining marks, Greek or other scripts whose case or NFC
   * form depends on context (else: no shortcut).
   */
  private mayHold(key: string): boolean {
    if (this.folded === undefined) this.folded = SIMPLE_TEXT.test(this.text) ? this.text.toLowerCase().replace(/[’‘]/g, "'") : null;
    return this.folded === null || this.folded.includes(key);
  }
}

/** Words of tokens that show no damage: the document's own lexicon (rule 4). */
export function cleanWords(text: string, flagged: ReadonlySet<number>): Set<string> {
  const out = new Set<string>();
  // Words repeat: a core already taken in adds nothing.
  const done = new Set<string>();
  for (const t of allTokens(text)) {
    if (flagged.has(t.start) || done.has(t.core)) continue;
    done.add(t.core);
    // Most tokens are plain ASCII letters: their one word's key is just the
    // lower case (NFC and the apostrophe rule change nothing), without the
    // regex and normalisation that made this the costliest step on damaged pages.
    if (ASCII_WORD.test(t.core)) out.add(t.core.toLowerCase());
    else for (const w of t.core.match(/[\p{L}'’]+/gu) ?? []) out.add(lexiconKey(w));
  }
  return out;
}

const ASCII_WORD = /^[A-Za-z]+$/;
/** Text searches CleanWords answers with before it builds the word set: past some, one tokenising is cheaper. */
const MAX_SEARCHES = 24;
/** Latin letters (no combining marks), punctuation and the euro sign: see CleanWords.mayHold. */
const SIMPLE_TEXT = /^[\x00-\u02ff\u2000-\u206f\u20ac]*$/;
