// Markdown for readers: per record, YAML front matter, then the title as a
// heading, the chronology as a list, and the question and the answer under
// headings in the record's language. Readable as plain text, rendered by
// GitHub and pandoc. Layout and the YAML quoting rule: docs/FORMATS.md.
import { visibleControls } from '../util/controls.js';
import { escapeRegExp } from '../util/regexp.js';
import { isBullet } from '../parse/body.js';
import { lazyRequire } from '../util/lazy-require.js';

const loadYaml = lazyRequire<typeof import('yaml')>('yaml');
import type { Body, Item, Language, QuestionRecord } from '../types.js';
import type { OutputFormat } from './index.js';
import { escapeLine, escapeParagraphs } from './markdown-escape.js';

const WORDS: Record<Language, { question: string; answer: string; chronology: string; translation: string }> = {
  nl: { question: 'Vraag', answer: 'Antwoord', chronology: 'Chronologie', translation: 'Vertaling' },
  fr: { question: 'Question', answer: 'Réponse', chronology: 'Chronologie', translation: 'Traduction' },
};

/** The metadata in the front matter: flat, so every front-matter tool can use it. */
export function frontMatter(r: QuestionRecord): Record<string, unknown> {
  return {
    id: r.id,
    legislature: r.legislature,
    number: r.number,
    variant: r.variant,
    language: r.language,
    original_language: r.original_language,
    title: r.title,
    author: r.author.name,
    party: r.author.party,
    addressee: r.addressee,
    date_asked: r.date_asked,
    date_answered: r.date_answered,
    answer_deadline: r.answer_deadline,
    status: r.status,
    bulletin: r.bulletin,
    // Last: a renderer showing the YAML as text then ends on the list.
    keywords: r.keywords,
  };
}

/**
 * Every string is double-quoted. Front matter is read by YAML 1.1 parsers
 * (PyYAML, Ruby's Psych in Jekyll) as often as by 1.2 ones (pandoc, `yaml`),
 * and 1.1 turns plain `no`, `on`, `y`, `1:20`, `010`, `<<`, `=` or
 * `2013-04-30` into booleans, numbers, merge keys and dates (or fails).
 * Dates therefore stay strings, as in the JSON. A double-quoted scalar is a
 * string in every version, and control characters come out as escapes. (The
 * library's 1.1 mode is not used: it writes `<<` plain, as a merge key.)
 */
export function renderFrontMatter(r: QuestionRecord): string {
  const yaml = loadYaml()
    .stringify(frontMatter(r), { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 })
    // Inside the double-quoted strings (every value; the keys are ours), the
    // characters that open HTML, links, emphasis, code, strikethrough or
    // math are written as YAML escapes ("<" as "\x3C"), which YAML readers
    // read back exactly. A renderer that shows the front matter as text
    // (GitHub, for every record after the first of a stream) then meets no
    // markup. (pandoc reads metadata strings as Markdown after YAML has
    // decoded them: see docs/FORMATS.md.)
    .replace(QUOTED, (quoted) => quoted.replace(MARKUP, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase()}`));
  // The blank line before the closing "---" keeps a renderer that does not
  // know front matter (GitHub, for the second and later records of a stream)
  // from reading the YAML as a setext heading; YAML ignores it.
  return `---\n${yaml}\n---\n`;
}

/** A double-quoted YAML scalar, escapes included. */
const QUOTED = /"(?:[^"\\]|\\.)*"/gu;
/** Characters that open inline markup (a backslash is already written "\\"). */
const MARKUP = /[<>[\]*_`~$^|]/gu;

/** Items whose label is a number form the ordered list; letters and dashes nest under the number before them. */
interface ItemNode {
  item: Item;
  children: Item[];
}

function tree(items: readonly Item[]): ItemNode[] {
  const nodes: ItemNode[] = [];
  for (const item of items) {
    const parent = nodes[nodes.length - 1];
    if (!/^\d+$/.test(item.label) && parent && /^\d+$/.test(parent.item.label)) parent.children.push(item);
    else nodes.push({ item, children: [] });
  }
  return nodes;
}

/** A real ordered list only when the labels are consecutive numbers: renderers renumber lists, and "1, 2, 4" must not become "1, 2, 3". */
function isOrdered(nodes: readonly ItemNode[]): boolean {
  // CommonMark list numbers have at most nine digits.
  return nodes.every((n, i) => /^\d{1,9}$/.test(n.item.label) && (i === 0 || Number(n.item.label) === Number(nodes[i - 1]!.item.label) + 1));
}

/**
 * The list marker, and the printed label where the marker cannot carry it
 * (letters, or numbers out of sequence): it goes in bold before the item's
 * first paragraph, so continuation lines align under the marker alone.
 */
function marker(item: Item, ordered: boolean): { marker: string; label: string } {
  if (ordered) return { marker: `${Number(item.label)}. `, label: '' };
  // A bullet ("-", or the unusual "•", "–", "*") is the list marker itself.
  return { marker: '- ', label: isBullet(item.label) ? '' : `**${escapeLine(item.label)})** ` };
}

/** Indent the continuation lines of a list item under its content. */
function indent(blocks: readonly string[], width: number): string {
  const pad = ' '.repeat(width);
  return blocks
    .join('\n\n')
    .split('\n')
    .map((l, i) => (i === 0 || l === '' ? l : pad + l))
    .join('\n');
}

function quote(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => p.split('\n').map((l) => `> ${l}`).join('\n')).join('\n>\n');
}

function renderItems(items: readonly Item[], question: Body | null, lang: Language): string {
  const nodes = tree(items);
  const ordered = isOrdered(nodes);
  // Alignment is by place, as the parser aligns: a nested answer item names a
  // question item under the question item its parent answers ("a" under 3).
  const questions = tree(question?.items ?? []);
  const asked = (item: Item, parent: Item | null): Item | undefined => {
    if (item.answers === null) return undefined;
    const scope = parent ? questions.find((q) => q.item.label === parent.answers)?.children : questions.map((q) => q.item);
    return scope?.find((q) => q.label === item.answers) ?? question?.items.find((q) => q.label === item.answers);
  };
  const one = (item: Item, ordered: boolean, parent: Item | null): string => {
    const { marker: m, label } = marker(item, ordered);
    const blocks: string[] = [];
    // An aligned answer item shows the question item it answers first.
    const q = asked(item, parent);
    if (q) {
      const paragraphs = escapeParagraphs(q.text);
      paragraphs[0] = `*${WORDS[lang].question} ${escapeLine(q.label)}:* ${paragraphs[0] ?? ''}`;
      blocks.push(quote(paragraphs));
    }
    const paragraphs = escapeParagraphs(item.text);
    blocks.push(`${label}${paragraphs[0] ?? ''}`, ...paragraphs.slice(1));
    return m + indent(blocks, m.length);
  };
  const rendered = nodes.map((n) => {
    const head = one(n.item, ordered, null);
    if (n.children.length === 0) return head;
    const pad = ' '.repeat(marker(n.item, ordered).marker.length);
    const kids = joinItems(n.children.map((c) => one(c, false, n.item)));
    return `${head}\n\n${kids.split('\n').map((l) => (l === '' ? l : pad + l)).join('\n')}`;
  });
  return joinItems(rendered);
}

/**
 * A blank line between items once any item spans several lines, so long
 * answers stay readable as plain text; a compact list otherwise.
 */
function joinItems(rendered: readonly string[]): string {
  return rendered.join(rendered.some((r) => r.includes('\n')) ? '\n\n' : '\n');
}

/**
 * Split a body's text around its items: the paragraphs before the first item
 * (the introduction) and after the last one. Null when the items cannot be
 * found in the text; the text is then shown whole.
 */
function around(body: Body): { intro: string; outro: string } | null {
  const first = body.items[0];
  const last = body.items[body.items.length - 1];
  if (!first || !last || first.text === '' || last.text === '') return null;
  // The first item starts where its text follows its printed label at the
  // start of a paragraph; the same words may also occur earlier in the text.
  // Printed as "1.", "1)", or in the unusual shapes "(1)" and "1°".
  const label = `\\(?${escapeRegExp(first.label)}\\s*[.)°]?`;
  const labelled = new RegExp(`(?:^|\\n\\n)\\s*${label}\\s*$`);
  let start = -1;
  for (let at = body.text.indexOf(first.text); at >= 0; at = body.text.indexOf(first.text, at + 1)) {
    if (labelled.test(body.text.slice(0, at))) {
      start = at;
      break;
    }
  }
  // Label printed some other way: take the first occurrence.
  if (start < 0) start = body.text.indexOf(first.text);
  const lastAt = body.text.lastIndexOf(last.text);
  if (start < 0 || lastAt < start) return null;
  const intro = body.text.slice(0, start).replace(new RegExp(`\\s*${label}\\s*$`), '');
  return { intro, outro: body.text.slice(lastAt + last.text.length) };
}

function renderBody(heading: string, body: Body, question: Body | null, lang: Language, level: string): string {
  const parts: string[] = [`${level} ${heading}`];
  if (body.date) parts.push(`*${body.date}*`);
  const split = body.items.length > 0 ? around(body) : null;
  if (!split) {
    parts.push(...escapeParagraphs(body.text));
  } else {
    parts.push(...escapeParagraphs(split.intro), renderItems(body.items, question, lang), ...escapeParagraphs(split.outro));
  }
  return parts.join('\n\n');
}

function renderRecord(r: QuestionRecord): string {
  const w = WORDS[r.language];
  const parts: string[] = [renderFrontMatter(r).trimEnd(), `# ${escapeLine(r.title ?? r.id ?? '?')}`];
  if (r.chronology.length > 0) {
    parts.push(`## ${w.chronology}`, r.chronology.map((c) => `- ${c.date ?? '?'}: ${escapeLine(c.label)}`).join('\n'));
  }
  if (r.question) parts.push(renderBody(w.question, r.question, null, r.language, '##'));
  if (r.answer) parts.push(renderBody(w.answer, r.answer, r.question, r.language, '##'));
  const t = r.translation;
  if (t) {
    const tw = WORDS[t.language];
    parts.push(`## ${w.translation} (${t.language})`);
    if (t.title) parts.push(`### ${escapeLine(t.title)}`);
    if (t.question) parts.push(renderBody(tw.question, t.question, null, t.language, '###'));
    if (t.answer) parts.push(renderBody(tw.answer, t.answer, t.question, t.language, '###'));
  }
  return `${parts.join('\n\n')}\n`;
}

export const markdownFormat: OutputFormat = {
  name: 'md',
  extension: 'md',
  create: () => ({
    start: () => '',
    // Records are separated by a blank line: each starts at its own
    // front-matter "---", which follows a blank line (see docs/FORMATS.md).
    // Control characters from the input become visible escapes (\x1b).
    record: (record) => visibleControls(renderRecord(record)),
    between: () => '\n',
    end: () => '',
  }),
};
