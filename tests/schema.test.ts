// The published JSON Schema: valid draft 2020-12, accepted by every fixture's
// records, strict about keys, and covering exactly the CSV columns.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMN_NAMES } from '../src/format/columns.js';
import { parse } from '../src/index.js';
import { schemaLeaves } from '../src/schema/leaves.js';
import { recordSchema, type JsonSchema } from '../src/schema/record.js';
import type { QuestionRecord } from '../src/types.js';
import { runCli } from './helpers/cli.js';
import { listFixtures } from './helpers/fixtures.js';

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(recordSchema);
const fixtures = listFixtures();

function errors(value: unknown): string {
  return validate(value) ? '' : ajv.errorsText(validate.errors);
}

function seedRecord(): QuestionRecord {
  const seed = fixtures.find((f) => f.name === 'seed-screen-nl-answered');
  if (!seed) throw new Error('seed fixture missing');
  const record = (JSON.parse(readFileSync(join(seed.dir, 'expected.json'), 'utf8')) as { records: QuestionRecord[] }).records[0];
  if (!record) throw new Error('seed gives no record');
  return record;
}

describe('senq schema', () => {
  it('prints the schema as JSON, draft 2020-12', async () => {
    const run = await runCli(['schema']);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as JsonSchema;
    expect(printed).toEqual(recordSchema);
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe.each(fixtures)('fixture $name', (fixture) => {
  it('every parsed record validates', () => {
    for (const record of parse(fixture.input, fixture.options).records) expect(errors(record)).toBe('');
  });

  it('every record in expected.json validates', () => {
    const expected = JSON.parse(readFileSync(join(fixture.dir, 'expected.json'), 'utf8')) as { records: unknown[] };
    for (const record of expected.records) expect(errors(record)).toBe('');
  });
});

describe('strictness (the schema can fail)', () => {
  it('rejects an unknown key, at the top and nested', () => {
    const record = seedRecord();
    expect(errors({ ...record, extra: 1 })).toMatch(/additional properties/);
    expect(errors({ ...record, author: { ...record.author, email: 'x' } })).toMatch(/additional properties/);
  });

  it('rejects a missing key', () => {
    const { translation: _dropped, ...rest } = seedRecord();
    expect(errors(rest)).toMatch(/translation/);
  });

  it('rejects a Date-like or shifted date, an unknown enum value and an unknown diagnostic code', () => {
    const record = seedRecord();
    expect(errors({ ...record, date_asked: '2013-04-30T00:00:00Z' })).not.toBe('');
    expect(errors({ ...record, status: 'unknown' })).not.toBe('');
    expect(errors({ ...record, diagnostics: [{ code: 'SENQ_NOPE', severity: 'info', message: '', line: null, column: null }] })).not.toBe('');
  });
});

describe('CSV columns and schema', () => {
  it('the CSV has exactly one column per scalar leaf and per list of the schema', () => {
    expect([...COLUMN_NAMES].sort()).toEqual(schemaLeaves(recordSchema).map((l) => l.name).sort());
  });
});
