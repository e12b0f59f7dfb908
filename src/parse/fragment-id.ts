// Where a fragment's number comes from (§7.2): never from its text's headers
// (they are gone), but from outside — the user's --id, the file name
// ("4-6596.txt", "q_4-6596.txt") — or from a Senate URL left on a line of
// its own ("…LEG=4&NR=6596…").
import { idFromNumbers, parseId, type QuestionId } from './identifiers.js';
import type { Line } from './lines.js';

export interface IdSource {
  id: QuestionId;
  from: 'option' | 'path' | 'url';
  /** The line of the URL, when the id came from one. */
  line: Line | null;
}

/**
 * The first Senate URL in the text: from "http(s)://" to the end of its word.
 * Found word by word: a regex (http, then non-spaces, then senate.be) tried every "http" on a
 * long unbroken line and backtracked quadratically (1.6 MB took 3 minutes).
 */
function senateUrl(text: string): string | null {
  for (const word of text.split(/\s+/u)) {
    const at = word.search(/https?:\/\//iu);
    if (at >= 0 && /senate\.be/iu.test(word.slice(word.indexOf('//', at) + 2))) return word.slice(at);
  }
  return null;
}

/** A line that holds nothing but a URL. */
export function isUrlLine(line: Line): boolean {
  return /^<?https?:\/\/\S+>?$/iu.test(line.text);
}

/**
 * A line that holds nothing but a Senate URL: the saved page's own address,
 * page furniture (and maybe the id's source). Another site's address on a
 * line of its own is body text: an answer that cites `https://…/lijst` lost it.
 */
export function isSenateUrlLine(line: Line): boolean {
  return isUrlLine(line) && senateUrl(line.text) !== null;
}

/** "LEG=4&NR=6596" in either order, any case, in a Senate URL. */
export function idFromUrl(text: string): QuestionId | null {
  const url = senateUrl(text);
  if (!url) return null;
  const leg = /[?&]LEG=(\d{1,2})(?:&|$|[^\d])/iu.exec(url);
  const nr = /[?&]NR=(\d{1,6})(?:&|$|[^\d])/iu.exec(url);
  // LEG=0 or NR=0 is no question number: the next source is tried.
  return leg && nr ? idFromNumbers(Number(leg[1]), Number(nr[1])) : null;
}

/**
 * "4-6596.txt", "q_4-6596.txt", "2010-4-6596.txt", "dir/4-6596" → 4-6596.
 * Not a date's end: "2009-2010", "saved-2013-05-12", "saved-2013-5-12",
 * "12-5-2013" (a legislature has no leading zero; a name that ends in a
 * whole date names a day, not a question).
 */
export function idFromPath(path: string): QuestionId | null {
  const base = path.split(/[\\/]/u).pop() ?? '';
  const stem = base.replace(/\.[^.]*$/u, '');
  if (/(?:^|\D)(?:(?:19|20)\d\d-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-(?:19|20)\d\d)$/u.test(stem)) return null;
  const m = /(?:^|\D)([1-9]\d?)-(\d{1,6})$/u.exec(stem);
  // "4-0.txt" is no question number: the next source is tried.
  return m ? idFromNumbers(Number(m[1]), Number(m[2])) : null;
}

export function findFragmentId(lines: readonly Line[], options: { id?: string; path?: string | null }): IdSource | null {
  if (options.id) {
    const id = parseId(options.id);
    if (id) return { id, from: 'option', line: null };
  }
  if (options.path) {
    const id = idFromPath(options.path);
    if (id) return { id, from: 'path', line: null };
  }
  // Only a URL standing on its own line is the page's own address: one
  // quoted in a sentence ("see my earlier question https://…NR=9001") names
  // another question, and taking its number would give a wrong id silently.
  for (const line of lines) {
    const id = isUrlLine(line) ? idFromUrl(line.text) : null;
    if (id) return { id, from: 'url', line };
  }
  return null;
}
