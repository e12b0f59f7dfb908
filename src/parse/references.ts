// Cross references (§11): "Ook gesteld aan : schriftelijke vraag 5-8900".
// Bilingual prints carry two per line, so every match on a line is taken.
import { diag } from '../diagnostics.js';
import type { Diagnostic, Reference, ReferenceDocument, ReferenceKind } from '../types.js';
import { idFromNumbers } from './identifiers.js';
import { columnOf, firstColumn, type Line } from './lines.js';

const KINDS: Record<string, ReferenceKind> = {
  'ook gesteld aan': 'also_asked',
  'aussi posée à': 'also_asked',
  'heringediend als': 'reintroduced_as',
  'réintroduite comme': 'reintroduced_as',
  'herindiening van': 'reintroduction_of',
  'réintroduction de': 'reintroduction_of',
  'herkwalificatie van': 'requalified_from',
  'requalification de': 'requalified_from',
};

const DOCS: Record<string, ReferenceDocument> = {
  'schriftelijke vraag': 'written_question',
  'question écrite': 'written_question',
  'vraag om uitleg': 'request_for_explanation',
  "demande d'explications": 'request_for_explanation',
};

const DOC_SOURCE = "schriftelijke vraag|question écrite|vraag om uitleg|demande d['’]explications";
/** The relations, as KINDS names them (both patterns below are case-insensitive). */
const RELATION_SOURCE = Object.keys(KINDS).join('|');
// The number may be followed by more ("8-12346, 8-12347", "… en 8-12348"):
// each is a reference of the same kind.
const KNOWN = new RegExp(
  `(${RELATION_SOURCE})\\s*:\\s*(${DOC_SOURCE})\\s+(\\d+(?:-\\d+)?(?:(?:\\s*[,;&]\\s*|\\s+(?:en|et)\\s+|\\s+)\\d+-\\d+)*)`,
  'giu',
);
/** Anything shaped like "<words> : <doc> <number>", to catch unknown kinds. */
const SHAPED = new RegExp(`^[^:]{3,60}?\\s*:\\s*(?:${DOC_SOURCE})\\s+\\d+(?:-\\d+)?`, 'iu');
/** A known relation before a document kind senq does not know ("Ook gesteld aan : mondelinge vraag 5-8918"). */
const KNOWN_RELATION = new RegExp(
  `^(?:${RELATION_SOURCE})\\s*:\\s*[^:]{1,60}?\\s\\d+-\\d+\\s*$`,
  'iu',
);

export function isReferenceLine(text: string): boolean {
  return SHAPED.test(text) || KNOWN_RELATION.test(text);
}

export interface ReferenceParse {
  references: Reference[];
  lines: Line[];
  diagnostics: Diagnostic[];
}

/** Parse every reference on the given lines, dropping exact repeats (first kept). */
export function parseReferences(lines: readonly Line[]): ReferenceParse {
  const out: ReferenceParse = { references: [], lines: [], diagnostics: [] };
  const seen = new Set<string>();
  for (const line of lines) {
    if (!isReferenceLine(line.text)) continue;
    // A line that holds more than references (two lines run together) is not
    // claimed, so its other text is reported instead of silently dropped.
    // (A line of unknown kind stays claimed: SENQ_XREF_UNKNOWN reports it.)
    // Digits left over are a number no reference took: reported, not dropped.
    const rest = line.text.replace(KNOWN, ' ');
    if (rest === line.text || !/\p{L}\p{L}|\d/u.test(rest)) out.lines.push(line);
    let matched = false;
    for (const m of line.text.matchAll(KNOWN)) {
      matched = true;
      const kind = KINDS[(m[1] ?? '').toLowerCase()];
      const document = DOCS[(m[2] ?? '').toLowerCase().replace('’', "'")];
      if (!kind || !document) continue;
      for (const printed of (m[3] ?? '').match(/\d+(?:-\d+)?/gu) ?? []) {
        const [legislature, number] = printed.includes('-') ? printed.split('-').map(Number) : [];
        const valid = legislature === undefined ? null : idFromNumbers(legislature, number ?? 0);
        // Written as record ids are ("04-01403" is 4-1403), so that a join on them holds.
        const id = valid?.id ?? printed;
        // A repeat (the bilingual print's second copy) is dropped, and so is
        // its report: the bare number was said once.
        const key = `${kind}|${id}|${document}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (!printed.includes('-')) {
          out.diagnostics.push(
            diag('SENQ_XREF_UNKNOWN', `cross reference "${m[0]}" has no legislature prefix; skipped`, line.no, rawColumn(line, m[0])),
          );
          continue;
        }
        if (!valid) {
          out.diagnostics.push(
            diag('SENQ_XREF_UNKNOWN', `cross reference "${m[0]}" names ${id}, which is no question number; skipped`, line.no, rawColumn(line, m[0])),
          );
          continue;
        }
        out.references.push({ kind, id, document });
      }
    }
    if (!matched) {
      out.diagnostics.push(diag('SENQ_XREF_UNKNOWN', `unknown cross-reference kind in "${line.text}"; skipped`, line.no, firstColumn(line)));
    }
  }
  return out;
}

function rawColumn(line: Line, fragment: string): number {
  const head = fragment.slice(0, 8);
  const idx = line.raw.normalize('NFC').indexOf(head);
  return idx >= 0 ? columnOf(line.raw, idx) : 1;
}
