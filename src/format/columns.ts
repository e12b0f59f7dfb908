// The flat view of a record shared by CSV and the long tables: one place that
// names every column, so the CSV header, the tables and the schema test
// (tests/schema.test.ts checks every scalar leaf of the schema has a column)
// cannot drift apart.
import type { Body, Item, QuestionRecord, Translation } from '../types.js';

/** A cell before CSV quoting: null is written as an empty cell. */
export type Cell = string | number | null;

export interface Column {
  name: string;
  get(record: QuestionRecord): Cell;
}

/** Lists in one cell are joined with "; " (the long tables keep them apart). */
export const LIST_SEPARATOR = '; ';

const list = (values: readonly string[]): string => values.join(LIST_SEPARATOR);
const labels = (items: readonly Item[]): string => list(items.map((i) => i.label));

/** question_* / answer_* columns: the body's scalars, plus its item labels. */
function bodyColumns(prefix: string, body: (r: QuestionRecord) => Body | null): Column[] {
  return [
    { name: `${prefix}_date`, get: (r) => body(r)?.date ?? null },
    { name: `${prefix}_text`, get: (r) => body(r)?.text ?? null },
    { name: `${prefix}_items`, get: (r) => labels(body(r)?.items ?? []) },
  ];
}

function translationColumns(): Column[] {
  const t = (r: QuestionRecord): Translation | null => r.translation;
  return [
    { name: 'translation_language', get: (r) => t(r)?.language ?? null },
    { name: 'translation_title', get: (r) => t(r)?.title ?? null },
    { name: 'translation_subjects', get: (r) => list(t(r)?.subjects ?? []) },
    { name: 'translation_addressee', get: (r) => t(r)?.addressee ?? null },
    { name: 'translation_keywords', get: (r) => list(t(r)?.keywords ?? []) },
    ...bodyColumns('translation_question', (r) => t(r)?.question ?? null),
    ...bodyColumns('translation_answer', (r) => t(r)?.answer ?? null),
  ];
}

/** Every column of the CSV, in order: the record's fields in OUTPUT.md order, nested objects flattened with "_". */
export const COLUMNS: readonly Column[] = [
  { name: 'schema_version', get: (r) => r.schema_version },
  { name: 'id', get: (r) => r.id },
  { name: 'legislature', get: (r) => r.legislature },
  { name: 'number', get: (r) => r.number },
  { name: 'variant', get: (r) => r.variant },
  { name: 'language', get: (r) => r.language },
  { name: 'original_language', get: (r) => r.original_language },
  { name: 'bulletin', get: (r) => r.bulletin },
  { name: 'title', get: (r) => r.title },
  { name: 'subjects', get: (r) => list(r.subjects) },
  { name: 'author_name', get: (r) => r.author.name },
  { name: 'author_party', get: (r) => r.author.party },
  { name: 'addressee', get: (r) => r.addressee },
  { name: 'date_asked', get: (r) => r.date_asked },
  { name: 'date_answered', get: (r) => r.date_answered },
  { name: 'answer_deadline', get: (r) => r.answer_deadline },
  { name: 'status', get: (r) => r.status },
  { name: 'keywords', get: (r) => list(r.keywords) },
  // An undated row (fragment) keeps its event: "? sent".
  { name: 'chronology', get: (r) => list(r.chronology.map((c) => `${c.date ?? '?'} ${c.event}`)) },
  { name: 'references', get: (r) => list(r.references.map((x) => `${x.kind} ${x.id}`)) },
  ...bodyColumns('question', (r) => r.question),
  ...bodyColumns('answer', (r) => r.answer),
  ...translationColumns(),
  { name: 'repairs', get: (r) => list(r.repairs.map((x) => `${x.line}:${x.column} ${x.before}→${x.after}`)) },
  { name: 'diagnostics', get: (r) => list(r.diagnostics.map((d) => `${d.severity} ${d.code}`)) },
  { name: 'source_path', get: (r) => r.source.path },
  { name: 'source_encoding', get: (r) => r.source.encoding },
  { name: 'source_bytes', get: (r) => r.source.bytes },
  { name: 'source_sha256', get: (r) => r.source.sha256 },
];

export const COLUMN_NAMES: readonly string[] = COLUMNS.map((c) => c.name);

export function row(record: QuestionRecord): Cell[] {
  return COLUMNS.map((c) => c.get(record));
}
