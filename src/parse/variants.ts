// The registry of variant parsers. A variant without a parser yet reports
// itself instead of guessing.
import { diag } from '../diagnostics.js';
import type { Variant } from '../types.js';
import type { Detection, Doc, Parsed, VariantParser } from './document.js';
import { emptyRecord } from './record.js';
import { parseBilingual } from './bilingual.js';
import { parseBulletin } from './bulletin.js';
import { parsePrint } from './print.js';
import { parseScreen } from './screen.js';

function unsupported(doc: Doc, detection: Detection): Parsed[] {
  const record = emptyRecord(detection.variant, detection.language, doc.source);
  const line = doc.lines[detection.index];
  return [
    {
      record,
      firstLine: 1,
      lastLine: doc.lines.length,
      diagnostics: [
        diag('SENQ_NOT_A_QUESTION', `the "${detection.variant}" layout is recognised but not parsed yet`, line?.no ?? null, 1),
      ],
    },
  ];
}

export const VARIANT_PARSERS: Record<Variant, VariantParser> = {
  screen: parseScreen,
  print: parsePrint,
  'print-bilingual': parseBilingual,
  bulletin: parseBulletin,
  fragment: unsupported,
};
