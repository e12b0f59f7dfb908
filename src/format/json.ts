// JSON: one pretty-printed object per record, one after another. A single
// question is exactly one JSON document (jq, JSON.parse); several records are
// a stream of documents that `jq` reads one by one (use --ndjson or `jq -s`
// for other tools).
import { jsonSafe } from '../util/controls.js';
import type { OutputFormat } from './index.js';

export const jsonFormat: OutputFormat = {
  name: 'json',
  extension: 'json',
  create: () => ({
    start: () => '',
    record: (record) => `${jsonSafe(JSON.stringify(record, null, 2))}\n`,
    between: () => '',
    end: () => '',
  }),
};
