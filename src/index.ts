// Public library entry point.
export { parse } from './parse/index.js';
export { CODES, type DiagnosticCode } from './diagnostics.js';
export { render, getFormat, formatNames, type OutputFormat, type Formatter, type FormatOptions } from './format/index.js';
export type * from './types.js';
