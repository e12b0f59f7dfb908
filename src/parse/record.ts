// A record with every key present, filled in by the variant parsers.
import type { Language, QuestionRecord, Source, Variant } from '../types.js';

export function emptyRecord(variant: Variant, language: Language, source: Source): QuestionRecord {
  return {
    schema_version: 1,
    id: null,
    legislature: null,
    number: null,
    variant,
    language,
    original_language: null,
    title: null,
    subjects: [],
    author: { name: null, party: null },
    addressee: null,
    date_asked: null,
    date_answered: null,
    answer_deadline: null,
    status: 'pending',
    keywords: [],
    chronology: [],
    references: [],
    question: null,
    answer: null,
    translation: null,
    bulletin: null,
    repairs: [],
    diagnostics: [],
    source,
  };
}
