// The document vote and the per-word decision (FORMAT §19.6 rules 5–7).
import type { Judged, Judgement } from './judge.js';
import { PATH_BY_NAME } from './paths.js';

export interface Decision {
  judged: Judged;
  judgement: Judgement;
  evidence: 'lexicon' | 'document-path' | 'pair' | 'context';
}

export interface DocumentPath {
  /** Family name of the winning path (see DamagePath.family). */
  name: string | null;
  /** Lexicon-confirmed words on that path; Infinity when the user set it. */
  strength: number;
}

/**
 * The lexicon-confirmed judgements of a word, one per distinct repaired text:
 * P3 and its Latin-1 variant agree on most words, and agreeing paths are one
 * reading, credited to the earlier (more likely) path.
 */
function confirmedReadings(j: Judged): Judgement[] {
  const byFamily = new Map<string, Judgement>();
  for (const g of j.byPath.values()) {
    if (g.confirmation !== 'lexicon') continue;
    const other = byFamily.get(g.path.family);
    if (!other || coverage(g) > coverage(other)) byFamily.set(g.path.family, g);
  }
  const byText = new Map<string, Judgement>();
  for (const g of byFamily.values()) if (!byText.has(g.candidate.text)) byText.set(g.candidate.text, g);
  return [...byText.values()];
}

/** How much of the word a reading explains: P3's Latin-1 variant also decodes `â\u0080\u0099`. */
function coverage(g: Judgement): number {
  return g.sites.reduce((n, s) => n + s.seen.length, 0);
}

/** The word's judgement on the document path (either member of its family), widest first. */
export function onDocumentPath(j: Judged, doc: DocumentPath): Judgement | undefined {
  let best: Judgement | undefined;
  for (const g of j.byPath.values()) {
    if (g.path.family === doc.name && g.shape && (!best || coverage(g) > coverage(best))) best = g;
  }
  return best;
}

/**
 * The path with the most lexicon-confirmed words that count on their own
 * (Judgement.independent); a tie or none gives no path. Its strength then also
 * counts the confirmed words on clean-looking letters only (qu’il, n’y):
 * once the page shows the damage, they are more of it.
 */
export function votePath(judged: readonly Judged[], assumed: string | undefined): DocumentPath {
  if (assumed) return { name: PATH_BY_NAME.get(assumed)?.family ?? assumed, strength: Infinity };
  const counts = new Map<string, number>();
  const dependent = new Map<string, number>();
  for (const j of judged) {
    for (const g of confirmedReadings(j)) {
      const tally = g.independent ? counts : dependent;
      tally.set(g.path.family, (tally.get(g.path.family) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return { name: null, strength: 0 };
  return { name: first[0], strength: first[1] + (dependent.get(first[0]) ?? 0) };
}

/** Whether some reading of the word is lexicon-confirmed: plausible damage, worth a warning if left. */
export function plausible(j: Judged): boolean {
  return [...j.byPath.values()].some((g) => g.confirmation === 'lexicon');
}

/** Rule 6, for one word. Null: leave it. */
export function decide(j: Judged, doc: DocumentPath): Decision | null {
  const confirmed = confirmedReadings(j).filter((g) => g.independent);
  if (confirmed.length === 1) return { judged: j, judgement: confirmed[0] as Judgement, evidence: 'lexicon' };
  if (confirmed.length > 1) {
    const onPath = confirmed.find((g) => g.path.family === doc.name);
    return onPath ? { judged: j, judgement: onPath, evidence: 'lexicon' } : null;
  }
  // A confirmed reading on clean-looking letters only counts on the path
  // that other words have shown.
  if (doc.name) {
    for (const g of j.byPath.values()) {
      if (g.path.family === doc.name && g.confirmation === 'lexicon') return { judged: j, judgement: g, evidence: 'lexicon' };
    }
  }
  const g = onDocumentPath(j, doc);
  if (g && !g.lexiconOnly && doc.strength >= 2) return { judged: j, judgement: g, evidence: 'document-path' };
  return null;
}

const OPENERS = new Set(['«', '“']);
const CLOSERS = new Set(['»', '”']);

/**
 * Guillemets or double quotes damaged as a pair (`ęde … rijdenĽ`,
 * `ÒClassiqueÓ`): an opening mark produced at the start of a word and a
 * closing one at the end of the same or a later word on the same line, by the
 * same path. The pair is its own evidence. An opening word already repaired on
 * other evidence (`ÒRŽforme` → “Réforme) still opens a pair.
 */
export function findPairs(all: readonly Judged[], decided: ReadonlyMap<Judged, Judgement>, lineOf: (index: number) => number): Decision[] {
  const out: Decision[] = [];
  /** The opening mark waiting for its closing one, per path family; j null after two openings (see below). */
  const open = new Map<string, { j: Judged | null; g: Judgement; line: number }>();
  for (const j of all) {
    const fixed = decided.get(j);
    for (const g of fixed ? [fixed] : j.byPath.values()) {
      if (!g.shape || g.confirmation === 'rejected') continue;
      const text = g.candidate.text;
      // A weak site may only be the quote mark itself (`ÒmotÓ`), never a letter.
      if (g.sites.some((s) => s.weak && !OPENERS.has(s.intended) && !CLOSERS.has(s.intended))) continue;
      const opens = g.candidate.repaired.includes(0) && OPENERS.has(text[0] ?? '');
      const closes = g.candidate.repaired.includes(text.length - 1) && CLOSERS.has(text[text.length - 1] ?? '');
      const line = lineOf(j.token.start);
      if (opens && closes && text.length > 1) {
        if (!fixed) out.push({ judged: j, judgement: g, evidence: 'pair' });
      } else if (opens) {
        // A second opening mark before any closing one on the line (`ęa ęb
        // cĽ dĽ`) makes the nesting a guess: pairing the inner two and then,
        // on a second run, the outer two broke idempotency. Neither is paired.
        const prior = open.get(g.path.family);
        open.set(g.path.family, prior && prior.line === line ? { j: null, g, line } : { j, g, line });
      } else if (closes) {
        const o = open.get(g.path.family);
        if (o && o.line === line) {
          if (o.j) {
            if (!decided.has(o.j)) out.push({ judged: o.j, judgement: o.g, evidence: 'pair' });
            if (!fixed) out.push({ judged: j, judgement: g, evidence: 'pair' });
          }
          open.delete(g.path.family);
        }
      }
    }
  }
  return out;
}

/**
 * A currency or section sign next to a number (`500 Ä` for 500 €) has no
 * other reading, but `Ä` and `ß` are ambiguous letters (§19.3), so the
 * document path alone is not enough: the number beside it is the evidence.
 */
export function symbolInContext(j: Judged, doc: DocumentPath, text: string): Decision | null {
  const g = onDocumentPath(j, doc);
  if (!g || doc.strength < 2 || !/^[€§]?[\d.,]*[€§]?$/u.test(g.candidate.text) || !/[€§]/u.test(g.candidate.text)) return null;
  const start = j.token.start;
  const end = start + j.token.core.length;
  // A number right before it, or before an amount word ("12,6 miljoen Ä").
  const before = /\d[.,]?\s*(?:(?:duizend|miljoen|miljard|mille|millions?|milliards?)\s+)?$/iu.test(text.slice(Math.max(0, start - 24), start));
  const after = /^\s*\d/u.test(text.slice(end, end + 4));
  return /\d/u.test(g.candidate.text) || before || after ? { judged: j, judgement: g, evidence: 'context' } : null;
}
