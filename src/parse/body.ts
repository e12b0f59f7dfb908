// Question and answer bodies: paragraphs and enumerated items (§13).
import { diag } from '../diagnostics.js';
import type { Body, Diagnostic, Item } from '../types.js';
import { columnOf, firstColumn, type Line } from './lines.js';

export interface Paragraph {
  text: string;
  /** The first input line of the paragraph. */
  line: Line;
}

// A label sits at the start of a paragraph: "1)", "1)Waarom", "1.", "a)", "- ".
// "8.15 uur" and "1.5" are not items: the punctuation must be followed by a
// space, a letter, a quote or a bracket, never a digit.
const DIGIT_LABEL = /^(\d{1,2})[.)](?=\s|\p{L}|["'‘“«(])\s*/u;
const LETTER_LABEL = /^([a-z])\)\s*/u;
const DASH_LABEL = /^-\s+/u;
// Shapes never observed (§13.2 [U]): taken as labels, with their punctuation
// stripped, and reported. Without them a list so numbered was no list, and
// each of its paragraphs was added to the item before it. They count only at
// the start of a paragraph: a wrapped line starting "– zoals" or "35° in"
// goes on the paragraph it continues.
const UNUSUAL_LABELS: readonly RegExp[] = [
  /^\((\d{1,2}|[a-z])\)\s*/u, // "(1)", "(a)"
  /^(\d{1,2})°\s+(?!C\b)/u, // "1° " (not "25° C", a temperature)
  /^([A-Z])\)\s*/u, // "A)"
  /^([a-z])\.\s+(?!\p{L}{1,3}\.)/u, // "a. " (not "o. a.", "p. ex.")
  /^(ii|iii|iv|vi|vii|viii|ix|xi|xii)\)\s*/u, // "ii)" (a lone "i)" is the letter i)
  /^([•–*])\s+/u, // bullets: the bullet is the label, as "-" is
];

export interface ItemLabel {
  label: string;
  rest: string;
  /** The label as printed, when its shape was never observed (§13.2 [U]). */
  unusual?: string;
}

export function itemLabel(text: string): ItemLabel | null {
  const observed = digitLetterOrDash(text);
  if (observed) return observed;
  for (const re of UNUSUAL_LABELS) {
    const m = re.exec(text);
    if (m) return { label: m[1] ?? '', rest: text.slice(m[0].length), unusual: m[0].trim() };
  }
  return null;
}

/** The label shapes of DIGIT_LABEL, LETTER_LABEL and DASH_LABEL ("1.text" among them, though never observed). */
function digitLetterOrDash(text: string): ItemLabel | null {
  let m = DIGIT_LABEL.exec(text);
  if (m) {
    // "1)text" without a space was observed, "1.text" never.
    const unusual = /^\d+\.\p{L}/u.test(text) ? m[0] : undefined;
    return { label: m[1] ?? '', rest: text.slice(m[0].length), ...(unusual ? { unusual } : {}) };
  }
  m = LETTER_LABEL.exec(text);
  if (m) return { label: m[1] ?? '', rest: text.slice(m[0].length) };
  m = DASH_LABEL.exec(text);
  if (m) return { label: '-', rest: text.slice(m[0].length) };
  return null;
}

/**
 * Whether a line inside a run of lines starts a new paragraph: only labels
 * of observed shapes do (so the unusual shapes need not be tried here, on
 * every line of every body).
 */
function startsItem(text: string): boolean {
  const label = digitLetterOrDash(text);
  return label !== null && label.unusual === undefined;
}

/**
 * Dash and other bullets: items without an identity of their own (their
 * label is the bullet itself). Rendering shows them as list markers too.
 */
export function isBullet(label: string): boolean {
  return label === '-' || label === '•' || label === '–' || label === '*';
}

/**
 * Group lines into paragraphs. A section without any blank line (fragments,
 * pipe exports) has one paragraph per line; otherwise a run of non-blank lines
 * is one paragraph, and a line that starts with an item label always starts a
 * new one.
 */
export function paragraphs(lines: readonly Line[]): Paragraph[] {
  const rows = tableRows(lines);
  // Leading and trailing blank lines (a final newline, the gap before the
  // next bulletin question) do not count: only blanks *between* lines do.
  const nonBlank = lines.filter((l) => l.text !== '');
  const firstText = lines.findIndex((l) => l.text !== '');
  const lastText = lines.findLastIndex((l) => l.text !== '');
  const lineMode = nonBlank.length > 1 && nonBlank.length === lastText - firstText + 1;
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (const line of lines) {
    if (line.text === '') {
      current = null;
      continue;
    }
    const row = rows.has(line);
    if (current && !lineMode && !row && !startsItem(line.text)) {
      current.text += ` ${line.text}`;
      continue;
    }
    current = { text: line.text, line };
    out.push(current);
    // A table row is a paragraph of its own: joined, the rows ran together
    // ("Jaar | Aantal 2015 | 120 2016 | 140").
    if (row) current = null;
  }
  return out;
}

/**
 * The rows of a table (§14 [U]: converters render tables with pipes or
 * tabs): lines with two pipes or two tabs, and lines with a pipe or tab
 * between words that come two or more in a row ("2019 | 12").
 */
export function tableRows(lines: readonly Line[]): Set<Line> {
  const rows = new Set<Line>();
  let previous: Line | null = null;
  for (const line of lines) {
    // Most lines hold neither a pipe nor a tab: ruled out without a regex
    // (running the regexes on every answer line cost 5% of a batch).
    if (!line.raw.includes('|') && !line.raw.includes('\t')) {
      previous = null;
      continue;
    }
    // Leading tabs are an indent (§17), no column.
    const raw = line.raw.trimStart();
    const strong = /\|.*\||\t\S*\t/u.test(raw);
    // An item label before a tab ("1.\tText", "a)\tText") is a list, not a column.
    const cells = strong || /\S\s*[|\t]\s*\S/u.test(raw.replace(/^\s*(?:\d{1,3}|[a-z])[.)]\t/u, ''));
    if (strong) rows.add(line);
    if (cells && previous) rows.add(previous).add(line);
    previous = cells ? line : null;
  }
  return rows;
}

export interface BodyParse {
  body: Body;
  diagnostics: Diagnostic[];
}

/**
 * An answer section's body, or null when its heading is followed by no text:
 * OUTPUT.md's answer is null when the export holds no answer, and the empty
 * section is reported at its heading (the heading still counts for status).
 */
export function parseAnswerBody(lines: readonly Line[], date: string | null, heading: Line, diagnostics: Diagnostic[]): Body | null {
  if (!lines.some((l) => l.text !== '')) {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'the answer heading is followed by no answer text: answer is null', heading.no, firstColumn(heading)));
    return null;
  }
  const a = parseBody(lines, date);
  diagnostics.push(...a.diagnostics);
  return a.body;
}

/** Build `{date, text, items}` from body lines, flagging lists the export lost. */
export function parseBody(lines: readonly Line[], date: string | null): BodyParse {
  const paras = paragraphs(lines);
  const items: Item[] = [];
  const labelled: Array<{ para: Paragraph; label: string } | null> = [];
  let open: Item | null = null;
  let unusual: Diagnostic | null = null;
  for (const para of paras) {
    const lab = itemLabel(para.text);
    if (lab?.unusual && !unusual) {
      // At the label itself: an inline bulletin answer's first paragraph starts after "Réponse :".
      const at = para.line.raw.indexOf(lab.unusual);
      unusual = diag(
        'SENQ_ITEM_LABEL_UNUSUAL',
        `item label "${lab.unusual}" has a shape never observed; taken as item "${lab.label}"`,
        para.line.no,
        at >= 0 ? columnOf(para.line.raw, at) : firstColumn(para.line),
      );
    }
    if (lab) {
      open = { label: lab.label, text: lab.rest.trim(), answers: null };
      items.push(open);
      labelled.push({ para, label: lab.label });
    } else {
      if (open) open.text = open.text ? `${open.text}\n\n${para.text}` : para.text;
      labelled.push(null);
    }
  }
  return {
    body: { date, text: paras.map((p) => p.text).join('\n\n'), items },
    diagnostics: unusual ? [unusual, ...lostLists(paras, labelled)] : lostLists(paras, labelled),
  };
}

/**
 * A paragraph ending in ":" inside numbered item n, followed directly by item
 * n+1, announced a list the export does not hold (the seed's answer does
 * this). A colon before item 1 or before an "a)" sub-list is a normal lead-in.
 */
function lostLists(paras: Paragraph[], labelled: Array<{ para: Paragraph; label: string } | null>): Diagnostic[] {
  const out: Diagnostic[] = [];
  let currentNumber: number | null = null;
  for (let i = 0; i < paras.length; i++) {
    const lab = labelled[i];
    if (lab && /^\d+$/u.test(lab.label)) currentNumber = Number(lab.label);
    else if (lab && !isBullet(lab.label) && !/^\d+$/u.test(lab.label)) currentNumber = null;
    const next = labelled[i + 1];
    const para = paras[i];
    if (!para || !next || currentNumber === null || !para.text.endsWith(':')) continue;
    if (/^\d+$/u.test(next.label) && Number(next.label) === currentNumber + 1) {
      out.push(
        diag(
          'SENQ_LIST_LOST',
          `paragraph ends with ":" but item ${next.label} follows directly; the list it announces is missing from the export`,
          para.line.no,
          firstColumn(para.line),
        ),
      );
    }
  }
  return out;
}

/**
 * Pair answer items with question items (senq's `answers` field). The rule:
 * an item's place is its label plus, for any other item but a bullet (a
 * letter of either case, a roman numeral), the digit item it stands under
 * ("3/a" for `a)` after `3)`; "/a" when no digit came before).
 * An answer item answers the question item at the same place, so answer
 * `a` under `3` pairs with question `a` under `3`, never with an `a` under
 * `1`. Digits count as one level whatever their punctuation (`1.` answers
 * `1)`), and bullets are never paired: they carry no identity.
 */
export function alignItems(question: Body | null, answer: Body | null): void {
  if (!question || !answer) return;
  const questionPlaces = new Set(places(question.items));
  const answerPlaces = places(answer.items);
  answer.items.forEach((item, i) => {
    const place = answerPlaces[i];
    item.answers = place !== null && place !== undefined && questionPlaces.has(place) ? item.label : null;
  });
}

function places(items: readonly Item[]): Array<string | null> {
  let digit = '';
  return items.map((item) => {
    if (/^\d+$/u.test(item.label)) {
      digit = String(Number(item.label));
      return digit;
    }
    // Letters of either case and roman numerals (`A)`, `ii)`) stand under
    // the digit before them as lower-case letters do (labels keep their case).
    return isBullet(item.label) ? null : `${digit}/${item.label}`;
  });
}
