// Public library entry point.
export { parse } from './parse/index.js';
export { CODES, type DiagnosticCode } from './diagnostics.js';
export type * from './types.js';
