// The output contract (shared/OUTPUT.md, schema version 1) as TypeScript types.
// Every key is always present: missing scalars are null, missing lists are [].
// Additive fields (documented in docs/RECORD.md) are marked "senq addition".

export type Language = 'nl' | 'fr';

export type Variant = 'screen' | 'print' | 'print-bilingual' | 'bulletin' | 'fragment';

export type Status = 'answered' | 'pending' | 'closed' | 'lapsed';

export type ChronologyEvent = 'sent' | 'reminder' | 'answered' | 'closed' | 'lapsed' | 'other';

export type ReferenceKind = 'also_asked' | 'reintroduced_as' | 'reintroduction_of' | 'requalified_from';

export type ReferenceDocument = 'written_question' | 'request_for_explanation';

export type Severity = 'error' | 'warning' | 'info';

/** A date as printed, normalised to `YYYY-MM-DD`; never a Date object. */
export type IsoDate = string;

export interface Author {
  name: string | null;
  party: string | null;
}

export interface ChronologyEntry {
  date: IsoDate | null;
  event: ChronologyEvent;
  label: string;
}

export interface Reference {
  kind: ReferenceKind;
  id: string;
  document: ReferenceDocument;
}

export interface Item {
  /** The label as printed without punctuation: "1", "a", "-". */
  label: string;
  text: string;
  /**
   * senq addition: on answer items, the label of the question item this item
   * answers (question–answer alignment); null when there is no match and
   * always null on question items.
   */
  answers: string | null;
}

export interface Body {
  date: IsoDate | null;
  text: string;
  items: Item[];
}

export interface Translation {
  language: Language;
  title: string | null;
  subjects: string[];
  addressee: string | null;
  keywords: string[];
  question: Body | null;
  answer: Body | null;
}

export interface Repair {
  /** 1-based line in the decoded input. */
  line: number;
  /** 1-based column in Unicode code points. */
  column: number;
  before: string;
  after: string;
  /** The damage path reversed, e.g. "cp1252>maccenteuro". */
  path: string;
  /** Why the repair was made, e.g. "lexicon", "document-path". */
  evidence: string;
}

export interface Diagnostic {
  /** Stable identifier documented in the README, e.g. SENQ_DATE_UNPARSED. */
  code: string;
  severity: Severity;
  message: string;
  /** 1-based line in the decoded input, or null when not tied to a place. */
  line: number | null;
  /** 1-based column in code points, or null. */
  column: number | null;
}

export interface Source {
  path: string | null;
  encoding: string;
  bytes: number;
  sha256: string;
}

export interface QuestionRecord {
  schema_version: 1;
  id: string | null;
  legislature: number | null;
  number: number | null;
  variant: Variant;
  language: Language;
  original_language: Language | null;
  title: string | null;
  subjects: string[];
  author: Author;
  addressee: string | null;
  date_asked: IsoDate | null;
  date_answered: IsoDate | null;
  answer_deadline: IsoDate | null;
  status: Status;
  keywords: string[];
  chronology: ChronologyEntry[];
  references: Reference[];
  question: Body | null;
  answer: Body | null;
  translation: Translation | null;
  /** senq addition: the bulletin number ("3-77") for bulletin records, else null. */
  bulletin: string | null;
  repairs: Repair[];
  diagnostics: Diagnostic[];
  source: Source;
}

// Each optional field also takes `undefined`, for callers compiled with
// exactOptionalPropertyTypes who pass a value that may be missing.
export interface ParseOptions {
  /** The input's path, recorded in `source.path` (null for stdin). */
  path?: string | null | undefined;
  /** Force a byte encoding (iconv-lite name), skipping detection. */
  encoding?: string | undefined;
  /** Repair legacy encoding damage (default true). */
  repair?: boolean | undefined;
  /** Assume this damage path for the whole document (repair stage). */
  assumePath?: string | undefined;
  /** Question id to use when the text does not carry one (fragments). */
  id?: string | undefined;
}

export interface ParseResult {
  records: QuestionRecord[];
  /**
   * Every diagnostic for the input, in input order: file-level ones (encoding,
   * not a question) and those of each record. Each record also carries the
   * ones that concern it in `record.diagnostics`.
   */
  diagnostics: Diagnostic[];
}
