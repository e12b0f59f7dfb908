// CSV: a header row, then one row per record (columns from ./columns.ts).
// Streams: the header is written by start(), so a file written per record
// (--out-dir) is a complete CSV on its own.
import { COLUMN_NAMES, row } from './columns.js';
import { csvDialect } from './csv-writer.js';
import type { OutputFormat } from './index.js';

export const csvFormat: OutputFormat = {
  name: 'csv',
  extension: 'csv',
  create: (options) => {
    const csv = csvDialect(options);
    return {
      start: () => csv.preamble + csv.rows([COLUMN_NAMES]),
      record: (record) => csv.rows([row(record)]),
      between: () => '',
      end: () => '',
    };
  },
};
