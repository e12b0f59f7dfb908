// Splitting what a bilingual print prints on one line or in one run (§5.3):
// the title line and, when the one-space line was trimmed away, the bodies.
import { frenchness, textScore } from './language-score.js';
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
 * the spaces before an uppercase-initial word in that piece, except after a
 * French preposition or article. With one such space the cut is certain; with several (a French segment can hold a place
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
  const spaces: number[] = [];
  for (const m of middle.matchAll(/ (?=\p{Lu})/gu)) spaces.push(m.index);
  // No French title segment ends with a preposition, article or "et": a cut
  // there splits a name from its "de" (`Prison de Haren`, `Centrale de
  // Doel`), where the name's Dutch look outvoted the grammar. (Unless every
  // space is such a one: then the scores decide, as before.)
  const grammatical = spaces.filter((cut) => !FRENCH_SEGMENT_CANNOT_END.test(middle.slice(0, cut)));
  const cuts = grammatical.length > 0 ? grammatical : spaces;
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

/** The last word of a text that no French title segment ends with. */
const FRENCH_SEGMENT_CANNOT_END = /(?:^|\s)(?:de|du|des|la|le|les|à|au|aux|et|ou|en|pour|sur|par|dans|avec|entre|chez|vers|sans|sous)$/iu;

export interface BodySplit {
  fr: Line[];
  nl: Line[];
  /** How the split was found: the one-space line, language evidence, or not at all. */
  how: 'space-line' | 'language' | 'none';
  /** Why the split is in doubt, when it is (reported as SENQ_BILINGUAL_SPLIT). */
  doubt?: string;
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
 *
 * A one-space line is not proof on its own (trailing spaces on any line are
 * [U], §17): an editor can leave one on an ordinary blank line.
 * - Several: the one with the most French-scored text before it (so the
 *   most Dutch after) is the cut, and the split is reported.
 * - One, when the paragraph before it reads Dutch or the one after it
 *   French (only those two are scored, as on every bilingual page): it
 *   stays the cut, silently, if the whole body's language scores still put
 *   the cut there rather than at a mark a trimmed separator leaves (a run of
 *   three or more blank lines); a mark that fits better is taken and
 *   reported, and with no cut fitting at all it stays, reported.
 */
export function splitBodies(lines: readonly Line[]): BodySplit {
  const spaces = spaceLineIndexes(lines);
  const at = (cut: number, how: BodySplit['how'], doubt?: string): BodySplit => ({
    fr: lines.slice(0, cut),
    nl: lines.slice(spaces.includes(cut) ? cut + 1 : cut),
    how,
    ...(doubt ? { doubt } : {}),
  });
  const only = spaces.length === 1 ? (spaces[0] as number) : -1;
  if (only >= 0 && readsRightAround(lines, only)) return at(only, 'space-line');
  const paras = paragraphs(lines);
  if (only >= 0) {
    const doubt = 'the text around the one-space line does not read French, then Dutch';
    const best = bestCut(paras, [only, ...blankRuns(lines)]);
    // The languages, taken over the whole body, still put the cut there.
    if (best === only) return at(only, 'space-line');
    if (best !== null) return at(best, 'language', `${doubt}; split where the language changes`);
    return at(only, 'space-line', `${doubt}; split at it all the same`);
  }
  if (spaces.length > 1) {
    const best = bestCut(paras, spaces);
    if (best !== null) return at(best, 'language', 'several one-space lines; split at the one where the language changes');
    return { fr: [...lines], nl: [], how: 'none', doubt: 'several one-space lines, and the language changes at none of them; all kept in the record' };
  }
  for (let k = 1; k < paras.length; k++) {
    const head = paras.slice(0, k);
    const tail = paras.slice(k);
    if (head.every((p) => p.score > 0) && tail.every((p) => p.score < 0)) return at(paras[k]?.start ?? lines.length, 'language');
  }
  return { fr: [...lines], nl: [], how: 'none' };
}

/** Whether the paragraph before line `at` does not read Dutch and the one after it not French. */
function readsRightAround(lines: readonly Line[], at: number): boolean {
  return frenchness(paragraphText(lines, at, -1)) >= 0 && frenchness(paragraphText(lines, at, 1)) <= 0;
}

/**
 * The first line of every run of three or more blank lines holding no
 * one-space line: where a trimmed separator stood ("", " ", "" became three
 * empty lines). Two blank lines are only a looser paragraph break (§17).
 */
function blankRuns(lines: readonly Line[]): number[] {
  const runs: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isBlank(lines[i] as Line)) continue;
    let j = i;
    let spaced = false;
    for (; j < lines.length && isBlank(lines[j] as Line); j++) spaced ||= isSpaceLine(lines[j] as Line);
    if (j - i >= 3 && !spaced) runs.push(i);
    i = j;
  }
  return runs;
}

interface Paragraph {
  start: number;
  score: number;
}

function paragraphs(lines: readonly Line[]): Paragraph[] {
  const paras: Paragraph[] = [];
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
  return paras;
}

/**
 * The cut, among `candidates` (line indexes), with the most French-reading
 * text before it and Dutch-reading text after it: the highest sum of the
 * paragraphs' scores before it (scores are positive for French, negative for
 * Dutch, so this also leaves the most Dutch after); the first of equals.
 * Null when no cut has some French before it and some Dutch after it.
 */
function bestCut(paras: readonly Paragraph[], candidates: readonly number[]): number | null {
  // One pass over the paragraphs for all candidates, in line order: a body
  // with many space lines (or a doubted one, where every paragraph boundary
  // is a candidate) must not cost candidates × paragraphs.
  const lastDutch = paras.reduce((at, p, i) => (p.score < 0 ? i : at), -1);
  let best: { cut: number; sum: number; before: number } | null = null;
  let before = 0;
  let sum = 0;
  let french = false;
  for (const cut of [...candidates].sort((a, b) => a - b)) {
    for (; before < paras.length && (paras[before] as Paragraph).start < cut; before++) {
      const score = (paras[before] as Paragraph).score;
      sum += score;
      french ||= score > 0;
    }
    // Some French before the cut and some Dutch after it.
    if (!french || lastDutch < before) continue;
    // Space lines with no paragraph between them are one cut (the first is kept).
    if (best && before === best.before) continue;
    // On a tie the first cut stays: what lies between sums to nothing either way.
    if (!best || sum > best.sum) best = { cut, sum, before };
  }
  return best ? best.cut : null;
}

/**
 * Whether both questions stand before both answers: the question region (up
 * to the first answer heading) holds a one-space line, as such a page does,
 * and what follows it there is not French alone. A stray one-space line
 * inside the French question has only French after it: that page is read
 * per half. (A Dutch question that quotes French still has Dutch words.)
 */
export function questionsFirst(region: readonly Line[]): boolean {
  const spaces = spaceLineIndexes(region);
  if (spaces.length === 0) return false;
  const sep = spaces.length === 1 ? (spaces[0] as number) : (bestCut(paragraphs(region), spaces) ?? (spaces[0] as number));
  const after = textScore(region.slice(sep + 1).map((l) => l.text).join(' '));
  return !(after.fr > 0 && after.nl === 0);
}

function spaceLineIndexes(lines: readonly Line[]): number[] {
  const spaces: number[] = [];
  lines.forEach((l, i) => {
    if (isSpaceLine(l)) spaces.push(i);
  });
  return spaces;
}

/** The text of the paragraph just before (step -1) or just after (step 1) line `from`, blank lines skipped. */
function paragraphText(lines: readonly Line[], from: number, step: 1 | -1): string {
  let i = from + step;
  while (i >= 0 && i < lines.length && isBlank(lines[i] as Line)) i += step;
  const parts: string[] = [];
  while (i >= 0 && i < lines.length && !isBlank(lines[i] as Line)) {
    parts.push((lines[i] as Line).text);
    i += step;
  }
  return parts.join(' ');
}
