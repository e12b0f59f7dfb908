// The leaves of an object schema, flattened with "_" the way the CSV names its
// columns: scalars (strings, numbers, enums, also inside nullable objects)
// and lists (arrays, which CSV joins with "; "). Used by the tests that tie
// the CSV columns to the schema.
import type { JsonSchema } from './record.js';

export interface Leaf {
  /** The flattened name: author_name, question_date… */
  name: string;
  /** The keys leading to the value in a record. */
  path: string[];
  kind: 'scalar' | 'list';
}

function nonNull(schema: JsonSchema): JsonSchema {
  const any = schema.anyOf as JsonSchema[] | undefined;
  return any?.find((s) => s.type !== 'null') ?? schema;
}

export function schemaLeaves(schema: JsonSchema, path: string[] = []): Leaf[] {
  return Object.entries(schema.properties as Record<string, JsonSchema>).flatMap(([key, raw]): Leaf[] => {
    const s = nonNull(raw);
    const here = [...path, key];
    if (s.type === 'object') return schemaLeaves(s, here);
    return [{ name: here.join('_'), path: here, kind: s.type === 'array' ? 'list' : 'scalar' }];
  });
}

/** The value at a leaf's path; null when an object on the way is null. */
export function valueAt(record: unknown, path: readonly string[]): unknown {
  let v: unknown = record;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return null;
    v = (v as Record<string, unknown>)[key];
  }
  return v ?? null;
}
