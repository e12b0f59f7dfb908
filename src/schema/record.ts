// The JSON Schema (draft 2020-12) of one record, printed by `senq schema`.
// It is written against src/types.ts so the compiler keeps them together:
// `object<T>()` demands exactly T's keys (a missing key fails the mapped type,
// an extra one the excess-property check), and `oneOf<U>()` every member of a
// string union. tests/schema.test.ts then validates every golden fixture's
// records with ajv, and checks the CSV columns cover every scalar leaf.
import { CODES } from '../diagnostics.js';
import { deepFreeze } from '../util/freeze.js';
import type {
  Author,
  Body,
  ChronologyEntry,
  ChronologyEvent,
  Diagnostic,
  Item,
  Language,
  QuestionRecord,
  Reference,
  ReferenceDocument,
  ReferenceKind,
  Repair,
  Severity,
  Source,
  Status,
  Translation,
  Variant,
} from '../types.js';

export type JsonSchema = { [key: string]: unknown };

/** An object schema with exactly the keys of T, all required, nothing else allowed. */
function object<T>(properties: { [K in keyof T]-?: JsonSchema }, description?: string): JsonSchema {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

/** An enum listing every member of the union U (a Record key set cannot miss one). */
function oneOf<U extends string>(members: Record<U, true>): JsonSchema {
  return { type: 'string', enum: Object.keys(members) };
}

const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });
const string: JsonSchema = { type: 'string' };
const positive: JsonSchema = { type: 'integer', minimum: 1 };
const strings: JsonSchema = { type: 'array', items: string };
const date: JsonSchema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD, as printed, never shifted' };
const questionId: JsonSchema = { type: 'string', pattern: '^\\d+-\\d+$' };

const language = oneOf<Language>({ nl: true, fr: true });

const item = object<Item>({
  label: string,
  text: string,
  answers: nullable(string),
});

const body = object<Body>({
  date: nullable(date),
  text: string,
  items: { type: 'array', items: item },
});

const translation = object<Translation>({
  language,
  title: nullable(string),
  subjects: strings,
  addressee: nullable(string),
  keywords: strings,
  question: nullable(body),
  answer: nullable(body),
});

export const recordSchema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'senq record (schema version 1)',
  ...object<QuestionRecord>(
    {
      schema_version: { const: 1 },
      id: nullable(questionId),
      legislature: nullable(positive),
      number: nullable(positive),
      variant: oneOf<Variant>({ screen: true, print: true, 'print-bilingual': true, bulletin: true, fragment: true }),
      language,
      original_language: nullable(language),
      title: nullable(string),
      subjects: strings,
      author: object<Author>({ name: nullable(string), party: nullable(string) }),
      addressee: nullable(string),
      date_asked: nullable(date),
      date_answered: nullable(date),
      answer_deadline: nullable(date),
      status: oneOf<Status>({ answered: true, pending: true, closed: true, lapsed: true }),
      keywords: strings,
      chronology: {
        type: 'array',
        items: object<ChronologyEntry>({
          date: nullable(date),
          event: oneOf<ChronologyEvent>({ sent: true, reminder: true, answered: true, closed: true, lapsed: true, other: true }),
          label: string,
        }),
      },
      references: {
        type: 'array',
        items: object<Reference>({
          kind: oneOf<ReferenceKind>({ also_asked: true, reintroduced_as: true, reintroduction_of: true, requalified_from: true }),
          id: questionId,
          document: oneOf<ReferenceDocument>({ written_question: true, request_for_explanation: true }),
        }),
      },
      question: nullable(body),
      answer: nullable(body),
      translation: nullable(translation),
      bulletin: nullable(string),
      repairs: {
        type: 'array',
        items: object<Repair>({
          line: positive,
          column: positive,
          before: string,
          after: string,
          path: string,
          evidence: string,
        }),
      },
      diagnostics: {
        type: 'array',
        items: object<Diagnostic>({
          // The registry is the single list of codes (README table, this enum).
          code: { type: 'string', enum: Object.keys(CODES) },
          severity: oneOf<Severity>({ error: true, warning: true, info: true }),
          message: string,
          line: nullable(positive),
          column: nullable(positive),
        }),
      },
      source: object<Source>({
        path: nullable(string),
        encoding: string,
        bytes: { type: 'integer', minimum: 0 },
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      }),
    },
    'One written question, as documented in OUTPUT.md: every key always present, null or [] when missing.',
  ),
};

// Exported: shared by every call (see util/freeze).
deepFreeze(recordSchema);
