// What a variant parser receives and returns.
import type { Diagnostic, Language, ParseOptions, QuestionRecord, Source, Variant } from '../types.js';
import type { Claims, Line } from './lines.js';

export interface Doc {
  lines: Line[];
  claims: Claims;
  source: Source;
  options: ParseOptions;
  /**
   * File-level diagnostics a parser reports when it yields no record for them
   * to travel with (e.g. a bulletin page without any question heading).
   */
  fileDiagnostics: Diagnostic[];
  /** Whether converter residue was stripped from the lines (§7.1). */
  residue?: boolean;
}

export interface Detection {
  variant: Variant;
  /** The record language suggested by the decisive line (bilingual: decided later). */
  language: Language;
  /** Index into `doc.lines` of the decisive line. */
  index: number;
  /** Set when the variant rests on weak evidence: why (reported as SENQ_VARIANT_WEAK). */
  weak?: string;
}

export interface Parsed {
  record: QuestionRecord;
  /** Input line range the record was built from (for attaching repairs). */
  firstLine: number;
  lastLine: number;
  /** Diagnostics of this record, besides the file-level ones. */
  diagnostics: Diagnostic[];
}

export type VariantParser = (doc: Doc, detection: Detection) => Parsed[];
