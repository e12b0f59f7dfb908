// NDJSON: one compact object per line.
import { jsonSafe } from '../util/controls.js';
import type { OutputFormat } from './index.js';

export const ndjsonFormat: OutputFormat = {
  name: 'ndjson',
  extension: 'ndjson',
  create: () => ({
    start: () => '',
    record: (record) => `${jsonSafe(JSON.stringify(record))}\n`,
    between: () => '',
    end: () => '',
  }),
};
