// NDJSON: one compact object per line.
import type { OutputFormat } from './index.js';

export const ndjsonFormat: OutputFormat = {
  name: 'ndjson',
  extension: 'ndjson',
  create: () => ({
    start: () => '',
    record: (record) => `${JSON.stringify(record)}\n`,
    between: () => '',
    end: () => '',
  }),
};
