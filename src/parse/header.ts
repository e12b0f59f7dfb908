// Header lines shared by screen pages and prints: author, addressee, title.
import { diag } from '../diagnostics.js';
import type { Diagnostic } from '../types.js';
import { endsSentence, firstColumn, type Line } from './lines.js';

export interface AuthorLine {
  name: string | null;
  party: string | null;
  /** The date printed on the author line (screen pages), unparsed. */
  dateText: string | null;
  /** An honorific printed before the name and taken out of it (never observed outside bulletins). */
  honorific: string | null;
}

/**
 * Honorifics, which OUTPUT.md keeps out of `name`: the one list for every
 * variant. Bulletins print "de heer", "mevrouw" and "M." (§8.1); the others
 * were never observed. Outside bulletins "M." is no honorific: it could as
 * well be an initial.
 */
// Followed by the name: a capital, or lower-case particles before one (M. de Donnea, mevrouw van den Berg).
const HONORIFIC = /^(de heer|[Mm]evrouw|[Mm]evr\.|[Mm]onsieur|[Mm]adame|[Mm]ademoiselle|Mme\.?|Mlle\.?|M\.)\s+(?=\p{Lu}|(?:\p{Ll}+['’ ]\s*){1,3}\p{Lu})/u;
const OBSERVED_HONORIFICS = new Set(['de heer', 'mevrouw', 'M.']);

export interface NameSplit {
  name: string;
  /** The honorific taken off, as printed; null when there was none. */
  honorific: string | null;
  /** Whether that honorific was ever observed (in a bulletin). */
  observed: boolean;
}

/** A name without its leading honorific; `initialM`: "M." counts (bulletins). */
export function splitHonorific(who: string, initialM: boolean): NameSplit {
  const trimmed = who.trim();
  const h = HONORIFIC.exec(trimmed);
  if (!h || (h[1] === 'M.' && !initialM)) return { name: trimmed, honorific: null, observed: true };
  return { name: trimmed.slice(h[0].length).trim(), honorific: h[1] ?? null, observed: OBSERVED_HONORIFICS.has(h[1] ?? '') };
}

/**
 * "van Martine Taelman (Open Vld) d.d. 30 april 2013" (screen NL),
 * "de Nathalie Dumont (cdH) du 1 février 2010" (screen FR),
 * "de Wim De Smedt (CD&V)" (prints). Only the lowercase preposition is
 * stripped, once, so "De Smedt" keeps its capital particle.
 */
export function parseAuthorLine(text: string): AuthorLine | null {
  // The month is bounded: an unbounded \p{L}+ overflows V8's regexp stack on a multi-megabyte letter run.
  // A date in another form ("d.d. 5/10/2020") is still the date: taken as
  // its text, reported by the caller when it does not parse, never left in the name.
  const m = /^(?:van|de) (.+?)(?: (?:d\.d\.|du) (\d{1,2}(?:er)? \p{L}{1,20} \d{4}|\d[^()]{0,40}))?$/u.exec(text);
  if (!m || m[1] === undefined) return null;
  let rest = m[1].trim();
  let party: string | null = null;
  const p = /^(.*?)\s*\(([^()]*)\)$/u.exec(rest);
  if (p && p[1] !== undefined && p[2] !== undefined) {
    rest = p[1].trim();
    party = p[2].trim() || null;
  }
  const split = splitHonorific(rest, false);
  return { name: split.name || null, party, dateText: m[2] ?? null, honorific: split.honorific };
}

/**
 * An author line in a form never observed (§8.1, §1: accept, report): an
 * honorific (seen only in bulletins; the name is read without it), or no
 * party in brackets (party null).
 */
export function authorReports(author: AuthorLine, line: Line): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = firstColumn(line);
  if (author.honorific) {
    out.push(diag('SENQ_FORM_UNOBSERVED', `an author line with an honorific ("${author.honorific}") was never observed; the name is read without it`, line.no, at));
  }
  if (author.party === null) out.push(diag('SENQ_FORM_UNOBSERVED', 'an author line without a party in brackets was never observed; party is null', line.no, at));
  return out;
}

/** An addressee line whose preposition was never observed (§8.2 [U]: "aan het", "aux", "à l'", or any other word after "aan"/"à"), read as the table says. */
export function addresseeReport(line: Line): Diagnostic[] {
  const m = /^(aan het|aux|à l['’]|aan (?!de )\S+|à (?!la |l['’])\S+)/u.exec(line.text);
  return m ? [diag('SENQ_FORM_UNOBSERVED', `an addressee starting "${m[1]}" was never observed; read without the preposition`, line.no, firstColumn(line))] : [];
}

/**
 * Whether a line is an author line with a date printed ("van … d.d. 30 april
 * 2013"), parsed or not: what a screen page's number line is followed by.
 */
export function isDatedAuthorLine(text: string): boolean {
  return (parseAuthorLine(text)?.dateText ?? null) !== null;
}

/**
 * The preposition rule (§8.2): only the first word is touched.
 * "aan de X" → "de X"; "à la X" → "la X"; "au X" → "le X"; "aux X" → "les X";
 * "à l'X" → "l'X"; "aan het X" → "het X".
 */
export function parseAddresseeLine(text: string): string | null {
  let m: RegExpExecArray | null;
  if ((m = /^aan ((?:de|het) .+)$/u.exec(text))) return m[1] ?? null;
  if ((m = /^à (la .+|l['’].+)$/u.exec(text))) return m[1] ?? null;
  if ((m = /^aux (.+)$/u.exec(text))) return `les ${m[1]}`;
  if ((m = /^au (.+)$/u.exec(text))) return `le ${m[1]}`;
  // Any other word after the preposition (never observed: "aan minister
  // van Landbouw"): still the addressee, without the preposition, and
  // reported; taken for the title, it shifted every later field.
  if ((m = /^(?:aan|à) (\S.*)$/u.exec(text))) return m[1] ?? null;
  return null;
}

/** Title segments are separated by exactly " - "; bare hyphens stay inside words. */
export function splitTitle(title: string): string[] {
  return title
    .split(' - ')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** What may continue a wrapped field (see takeWrapped). */
export interface WrapRules {
  /** A line starting in lower case continues (not under a title: descriptor lines start in lower case and may follow it directly). */
  lowercase: boolean;
  /** An indented line continues (not in bulletins, whose paragraphs may be indented). */
  indent: boolean;
  /** A line that is the next field's own, never a continuation (a bilingual print's Dutch addressee right under the French one). */
  stop?: (line: Line) => boolean;
}

/**
 * Take the first line of `rest` and the lines a hard wrap (§13.1 [U]) left
 * of it: right below it, with no blank line between, after a line that does
 * not end a sentence, and plainly a continuation: indented, or after a line
 * ending in a comma, a hyphen, a separator (" -", " —") or a preposition,
 * article or "and", or (see WrapRules) starting in lower case.
 */
export function takeWrapped(rest: Line[], rules: WrapRules): Line[] {
  let n = 1;
  for (; n < rest.length; n++) {
    const prev = rest[n - 1] as Line;
    const next = rest[n] as Line;
    if (next.no !== prev.no + 1 || endsSentence(prev.text) || rules.stop?.(next)) break;
    if (!((rules.indent && /^\s/u.test(next.raw)) || (rules.lowercase && /^\p{Ll}/u.test(next.text)) || WRAPPED_AFTER.test(prev.text))) break;
  }
  return rest.splice(0, n);
}

const WRAPPED_AFTER = /(?:[,\-–—]|\s(?:van|de|der|den|het|en|voor|aan|op|met|la|le|les|des|du|et|à|au|aux|pour|of|ou))$/iu;

/** The lines of a field joined by spaces; a field over several lines is reported (never observed). */
export function joinWrapped(lines: readonly Line[], what: string, diagnostics: Diagnostic[]): string {
  const first = lines[0] as Line;
  if (lines.length > 1) {
    diagnostics.push(diag('SENQ_FORM_UNOBSERVED', `${what} is wrapped over ${lines.length} lines; read as one line`, first.no, firstColumn(first)));
  }
  return lines.map((l) => l.text).join(' ');
}
