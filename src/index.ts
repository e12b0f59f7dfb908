// Public library entry point.
export { parse } from './parse/index.js';
export { CODES, type CodeInfo, type DiagnosticCode } from './diagnostics.js';
export { render, getFormat, formatNames, type OutputFormat, type Formatter, type FormatOptions } from './format/index.js';
export { renderTables, TABLES, type Table } from './format/tables.js';
export type { Cell } from './format/columns.js';
export { recordSchema, type JsonSchema } from './schema/record.js';
export { repair, type RepairOptions, type RepairResult } from './repair/index.js';
export { decode, type Decoded, type DecodeOptions } from './decode/index.js';
export type * from './types.js';
