// The registry of variant parsers, one per layout of FORMAT.md §2.
import type { Variant } from '../types.js';
import { parseBilingual } from './bilingual.js';
import { parseBulletin } from './bulletin.js';
import type { VariantParser } from './document.js';
import { parseFragment } from './fragment.js';
import { parsePrint } from './print.js';
import { parseScreen } from './screen.js';

export const VARIANT_PARSERS: Record<Variant, VariantParser> = {
  screen: parseScreen,
  print: parsePrint,
  'print-bilingual': parseBilingual,
  bulletin: parseBulletin,
  fragment: parseFragment,
};
