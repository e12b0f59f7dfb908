// The output formats, one module each behind one signature. A formatter
// renders a stream of records: `start` once, `record` per record with
// `between` between two of them, `end` once. Every format can therefore
// stream (batch runs), render records in worker threads (`record` is pure),
// and write one file per record (--out-dir: start + record + end).
import type { QuestionRecord } from '../types.js';
import { deepFreeze } from '../util/freeze.js';
import { csvFormat } from './csv.js';
import { jsonFormat } from './json.js';
import { markdownFormat } from './markdown.js';
import { ndjsonFormat } from './ndjson.js';

export interface FormatOptions {
  /** CSV: the Excel preset (BOM, ";", CRLF, formula escaping). */
  excel?: boolean | undefined;
  /** CSV: field separator. */
  delimiter?: string | undefined;
}

export interface Formatter {
  start(): string;
  /** One record's text; pure, so worker threads can render records in parallel. */
  record(record: QuestionRecord): string;
  /** Written between two records (not before the first). */
  between(): string;
  end(): string;
}

export interface OutputFormat {
  name: string;
  /** File extension for --out-dir, without the dot. */
  extension: string;
  create(options: FormatOptions): Formatter;
}

const FORMATS = new Map<string, OutputFormat>();

export function registerFormat(format: OutputFormat): void {
  // getFormat hands out the registry's own object (see util/freeze).
  FORMATS.set(format.name, deepFreeze(format));
}

export function getFormat(name: string): OutputFormat | undefined {
  return FORMATS.get(name);
}

export function formatNames(): string[] {
  return [...FORMATS.keys()];
}

/** Render records in one go (library convenience). */
export function render(name: string, records: readonly QuestionRecord[], options: FormatOptions = {}): string {
  const format = getFormat(name);
  if (!format) throw new Error(`unknown format "${name}"`);
  const f = format.create(options);
  return f.start() + records.map((r) => f.record(r)).join(f.between()) + f.end();
}

registerFormat(jsonFormat);
registerFormat(ndjsonFormat);
registerFormat(csvFormat);
registerFormat(markdownFormat);
