// Splitting what a bilingual print prints on one line or in one run (§5.3):
// the title line and, when the one-space line was trimmed away, the bodies.
import { frenchness } from './language-score.js';
import { isBlank, type Line } from './lines.js';

export interface TitleSplit {
  fr: string;
  nl: string;
}

/**
 * The title line is "FR title" + one space + "NL title" with no marker between
 * them; both titles join their segments with " - " and (in every observed
 * export) have the same number of segments. So, after splitting the trimmed
 * line on " - " into k pieces, an odd k means the middle piece holds the last
 * French segment and the first Dutch one, glued by a space. The cut is one of
 * the spaces before an uppercase-initial word in that piece. With one such
 * space the cut is certain; with several (a French segment can hold a place
 * name) the candidate whose left side reads most French and right side most
 * Dutch wins, if it wins clearly. An even k (e.g. the "(CPCL)- Demandes"
 * glitch, which glues two French segments) or an unclear vote gives null:
 * the caller keeps the whole line and warns.
 */
export function splitBilingualTitle(line: string): TitleSplit | null {
  const pieces = line.trim().split(' - ');
  if (pieces.length % 2 === 0) return null;
  const mid = (pieces.length - 1) / 2;
  const middle = pieces[mid] ?? '';
  const cuts: number[] = [];
  for (const m of middle.matchAll(/ (?=\p{Lu})/gu)) cuts.push(m.index);
  if (cuts.length === 0) return null;
  const before = pieces.slice(0, mid);
  const after = pieces.slice(mid + 1);
  const at = (cut: number): TitleSplit => ({
    fr: [...before, middle.slice(0, cut)].join(' - '),
    nl: [middle.slice(cut + 1), ...after].join(' - '),
  });
  if (cuts.length === 1) return at(cuts[0] as number);
  // The score is a sum over words, so each cut's score comes from a running
  // total over the middle piece (rescoring both sides per cut was quadratic).
  const base = frenchness(before.join(' - ')) - frenchness(after.join(' - '));
  const total = frenchness(middle);
  const words = [...middle.matchAll(/\S+/gu)].map((m) => ({ end: m.index + m[0].length, score: frenchness(m[0]) }));
  let left = 0;
  let w = 0;
  const candidates = cuts.map((cut) => {
    for (; w < words.length && (words[w] as { end: number }).end <= cut; w++) left += (words[w] as { score: number }).score;
    return { cut, score: base + left - (total - left) };
  });
  const ranked = [...candidates].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const second = ranked[1];
  if (!best || !second || best.score <= second.score) return null;
  return at(best.cut);
}

export interface BodySplit {
  fr: Line[];
  nl: Line[];
  /** How the split was found: the one-space line, language evidence, or not at all. */
  how: 'space-line' | 'language' | 'none';
}

/** A raw line holding exactly one space (NBSP too): the bilingual body separator. */
export function isSpaceLine(line: Line): boolean {
  return /^[ \u00a0]$/u.test(line.raw);
}

/**
 * FR body, one-space line, NL body. The line must be found on raw lines,
 * before trimming. When an editor trimmed it, look for the paragraph where
 * the language switches: every paragraph before the cut must read French and
 * every one after it Dutch; anything less certain gives 'none' (the caller
 * keeps the whole body in the record).
 */
export function splitBodies(lines: readonly Line[]): BodySplit {
  const space = lines.findIndex(isSpaceLine);
  if (space >= 0) return { fr: lines.slice(0, space), nl: lines.slice(space + 1), how: 'space-line' };
  const paras: Array<{ start: number; score: number }> = [];
  let open: { start: number; text: string } | null = null;
  const flush = () => {
    if (open) paras.push({ start: open.start, score: frenchness(open.text) });
    open = null;
  };
  lines.forEach((l, i) => {
    if (isBlank(l)) return flush();
    if (open) open.text += ` ${l.text}`;
    else open = { start: i, text: l.text };
  });
  flush();
  for (let k = 1; k < paras.length; k++) {
    const head = paras.slice(0, k);
    const tail = paras.slice(k);
    if (head.every((p) => p.score > 0) && tail.every((p) => p.score < 0)) {
      const cut = paras[k]?.start ?? lines.length;
      return { fr: lines.slice(0, cut), nl: lines.slice(cut), how: 'language' };
    }
  }
  return { fr: [...lines], nl: [], how: 'none' };
}
