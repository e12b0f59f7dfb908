// The document vote and the per-word decision (FORMAT §19.6 rules 5–7).
import type { Judged, Judgement } from './judge.js';

export interface Decision {
  judged: Judged;
  judgement: Judgement;
  evidence: 'lexicon' | 'document-path' | 'pair';
}

export interface DocumentPath {
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
  const byText = new Map<string, Judgement>();
  for (const g of j.byPath.values()) {
    if (g.confirmation === 'lexicon' && !byText.has(g.candidate.text)) byText.set(g.candidate.text, g);
  }
  return [...byText.values()];
}

/** The path with the most lexicon-confirmed words; a tie or none gives no path. */
export function votePath(judged: readonly Judged[], assumed: string | undefined): DocumentPath {
  if (assumed) return { name: assumed, strength: Infinity };
  const counts = new Map<string, number>();
  for (const j of judged) {
    for (const g of confirmedReadings(j)) counts.set(g.path.name, (counts.get(g.path.name) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return { name: null, strength: 0 };
  return { name: first[0], strength: first[1] };
}

/** Rule 6, for one word. Null: leave it. */
export function decide(j: Judged, doc: DocumentPath): Decision | null {
  const confirmed = confirmedReadings(j);
  if (confirmed.length === 1) return { judged: j, judgement: confirmed[0] as Judgement, evidence: 'lexicon' };
  if (confirmed.length > 1) {
    const onPath = confirmed.find((g) => g.path.name === doc.name || j.byPath.get(doc.name ?? '')?.candidate.text === g.candidate.text);
    return onPath ? { judged: j, judgement: onPath, evidence: 'lexicon' } : null;
  }
  const g = doc.name ? j.byPath.get(doc.name) : undefined;
  if (g && g.shape && !g.lexiconOnly && doc.strength >= 2) return { judged: j, judgement: g, evidence: 'document-path' };
  return null;
}

const OPENERS = new Set(['«', '“']);
const CLOSERS = new Set(['»', '”']);

/**
 * Guillemets or double quotes damaged as a pair (`ęde … rijdenĽ`): an opening
 * mark produced at the start of a word and a closing one at the end of a later
 * word on the same line, by the same path. The pair is its own evidence.
 */
export function findPairs(undecided: readonly Judged[], lineOf: (index: number) => number): Decision[] {
  const out: Decision[] = [];
  const open = new Map<string, { j: Judged; g: Judgement; line: number }>();
  for (const j of undecided) {
    for (const g of j.byPath.values()) {
      if (!g.shape || g.confirmation === 'rejected' || g.sites.some((s) => s.weak)) continue;
      const first = g.candidate.text[0] ?? '';
      const last = g.candidate.text[g.candidate.text.length - 1] ?? '';
      const line = lineOf(j.token.start);
      const producedFirst = g.candidate.repaired.includes(0);
      const producedLast = g.candidate.repaired.includes(g.candidate.text.length - 1);
      if (producedFirst && OPENERS.has(first) && !(producedLast && CLOSERS.has(last))) {
        open.set(g.path.name, { j, g, line });
      } else if (producedLast && CLOSERS.has(last)) {
        const o = open.get(g.path.name);
        if (o && o.line === line) {
          out.push({ judged: o.j, judgement: o.g, evidence: 'pair' }, { judged: j, judgement: g, evidence: 'pair' });
          open.delete(g.path.name);
        }
      }
    }
  }
  return out;
}
