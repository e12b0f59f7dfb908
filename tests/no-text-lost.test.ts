// "Nothing is dropped silently": for every fixture, every non-blank input
// line must either show up in the output records or be named by an
// SENQ_UNCLAIMED_TEXT diagnostic. This checks the *output*, not the parser's
// own bookkeeping, so a line that a parser claims but then loses is caught.
//
// How a line counts as kept:
// * its text (residue stripped, repairs applied, whitespace collapsed), minus
//   a known label prefix, occurs with word boundaries in some output string;
// * or it is pure page furniture (separators, mastheads, session lines,
//   legends…) that carries no data;
// * or it is a structural line whose data is checked against the records:
//   number lines and headings (the id), chronology rows (the label), deadline
//   lines, reference lines (every id), author and addressee lines, answer
//   headings, bulletin numbers and Senate URLs.
// The self-tests at the end show that the check fails when a record loses a
// keyword, a body line or a reference.
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode/index.js';
import { parse } from '../src/index.js';
import type { ParseResult, QuestionRecord } from '../src/types.js';
import { listFixtures } from './helpers/fixtures.js';

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** Converter residue as FORMAT §7 describes it, removed the way a reader would. */
function stripResidue(raw: string): string {
  if (/^\s*!\[[^\]]*\]\([^)]*\)\s*\|?\s*$/u.test(raw)) return '';
  if (/^[\s|]*$/u.test(raw)) return '';
  return raw.replace(/\s*\|[\s|]*$/u, '');
}

/** Apply the records' repairs to the raw lines, so repaired words match the output. */
function applyRepairs(lines: string[], result: ParseResult): string[] {
  const out = [...lines];
  const seen = new Set<string>();
  const repairs = result.records.flatMap((r) => r.repairs);
  // Right to left within a line, so earlier columns stay valid.
  repairs.sort((a, b) => a.line - b.line || b.column - a.column);
  for (const rep of repairs) {
    const key = `${rep.line}:${rep.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const chars = Array.from(out[rep.line - 1] ?? '');
    const before = Array.from(rep.before);
    if (chars.slice(rep.column - 1, rep.column - 1 + before.length).join('') === rep.before) {
      chars.splice(rep.column - 1, before.length, ...Array.from(rep.after));
      out[rep.line - 1] = chars.join('');
    }
  }
  return out;
}

function strings(r: QuestionRecord): string[] {
  const out: Array<string | null> = [r.id, r.title, ...r.subjects, ...r.keywords, r.author.name, r.author.party, r.addressee, r.bulletin];
  out.push(...r.chronology.map((c) => c.label));
  for (const body of [r.question, r.answer, r.translation?.question, r.translation?.answer]) {
    if (!body) continue;
    out.push(...body.text.split('\n\n'), ...body.items.map((i) => i.text));
  }
  const t = r.translation;
  if (t) {
    out.push(t.title, ...t.subjects, ...t.keywords, t.addressee);
    // The bilingual title line prints both titles, FR first.
    const fr = r.language === 'fr' ? r.title : t.title;
    const nl = r.language === 'nl' ? r.title : t.title;
    if (fr && nl) out.push(`${fr} ${nl}`);
  }
  return out.filter((s): s is string => typeof s === 'string' && s !== '').map(collapse);
}

const FURNITURE: RegExp[] = [
  /^_{4,}(?: _{4,})?$/u,
  /^(?:BELGISCHE SENAAT|SÉNAT DE BELGIQUE|SÉNAT DE BELGIQUE BELGISCHE SENAAT|Belgische Senaat|Sénat de Belgique)$/iu,
  /^(?:(?:Zitting|Session) \d{4}-\d{4} ?)+$/u,
  /^(?:ZITTING|SESSION DE) \d{4}-\d{4}$/iu,
  /^(?:Tweetalige printerversie Eentalige printerversie|Version à imprimer bilingue Version à imprimer unilingue)$/u,
  /^Chronologie$/u,
  /^(?:Vragen en Antwoorden|Questions et Réponses)$/iu,
  /^\((?:N\.|Fr\.)\) ?: ?(?:Vraag|Question) .* - \((?:N\.|Fr\.)\) ?: ?(?:Vraag|Question) /u,
  /^Vragen waarop niet werd geantwoord .*$/u,
  /^\(Art\. \d+ van het reglement van de Senaat\)$/u,
  /^Questions posées par les Sénateurs et réponses données par les Ministres$/u,
  // Date lines of the printer versions: one or two long dates.
  /^\d{1,2}(?:er)? \p{L}+ \d{4}(?: \d{1,2} \p{L}+ \d{4})?$/u,
];

const ID = /\b(\d{1,2})-(\d{1,6})\b/gu;

/** Whether a structural line's data is in the records. */
function structuralKept(text: string, records: QuestionRecord[]): boolean {
  const ids = new Set(records.map((r) => r.id));
  const refIds = new Set(records.flatMap((r) => r.references.map((x) => x.id)));
  const numbers = new Set(records.map((r) => String(r.number)));
  // Number lines and page headings: the id they carry is a record's id.
  if (/^(?:SENAAT |SÉNAT )?(?:Schriftelijke vraag|Question écrite|Vraag|Question) n(?:r\.|\s?[°º])/u.test(text)) {
    const found = [...text.matchAll(ID)].map((m) => `${m[1]}-${m[2]}`);
    if (found.length > 0) return found.every((id) => ids.has(id));
    // Bulletin heading with a bare number: the number and the author's name.
    const n = /n(?:r\.|\s?[°º]) ?(\d+)/u.exec(text)?.[1];
    return !!n && numbers.has(n) && records.some((r) => r.author.name !== null && text.includes(r.author.name));
  }
  if (/^(?:SENAAT |SÉNAT )?(?:Antwoord ontvangen op|Réponse reçue le) /u.test(text)) {
    return records.some((r) => r.answer !== null || r.translation?.answer);
  }
  const row = /^(\d{1,2}\/\d{1,2}\/\d{4})\s*\|?\s*(.*?)\s*(?:\([^)]*:\s*\d{1,2}\/\d{1,2}\/\d{4}\s*\))?\s*\|?$/u.exec(text);
  if (row) return records.some((r) => r.chronology.some((c) => c.label === collapse(row[2] ?? '')));
  if (/^\((?:Einde van de antwoordtermijn|Fin du délai de réponse)\s*:/u.test(text)) {
    return records.some((r) => r.answer_deadline !== null);
  }
  if (/ : (?:schriftelijke vraag|question écrite|vraag om uitleg|demande d['’]explications) \d/iu.test(text)) {
    const found = [...text.matchAll(ID)].map((m) => `${m[1]}-${m[2]}`);
    return found.length > 0 && found.every((id) => refIds.has(id));
  }
  if (/^(?:van|de) /u.test(text)) {
    return records.some((r) => r.author.name !== null && text.includes(r.author.name));
  }
  if (/^(?:aan|à|au|aux) /u.test(text)) {
    const rest = text.replace(/^\S+ /u, '');
    const addressees = records.flatMap((r) => [r.addressee, r.translation?.addressee ?? null]);
    return addressees.some((a) => a !== null && (a === rest || a.replace(/^\S+ /u, '') === rest));
  }
  const bulletin = /^Bulletin (\d+-\d+)$/u.exec(text);
  if (bulletin) return records.some((r) => r.bulletin === bulletin[1]);
  const url = /LEG=(\d+)&NR=(\d+)/iu.exec(text);
  if (url && /^<?https?:\/\/\S+>?$/u.test(text)) return ids.has(`${url[1]}-${url[2]}`);
  return false;
}

const LABEL_PREFIX = /^(?:Réponse|Antwoord)\s*:\s*/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The 1-based numbers of the non-blank lines that are neither in the output nor reported. */
export function lostLines(input: Buffer, result: ParseResult): number[] {
  const raw = decode(input).text.split(/\r\n|\r|\n/u);
  const lines = applyRepairs(raw.map(stripResidue), result);
  const reported = new Set(result.diagnostics.filter((d) => d.code === 'SENQ_UNCLAIMED_TEXT').map((d) => d.line));
  const haystack = result.records.flatMap(strings).join('\n');
  const lost: number[] = [];
  lines.forEach((line, i) => {
    const text = collapse(line);
    if (text === '' || reported.has(i + 1)) return;
    if (FURNITURE.some((re) => re.test(text))) return;
    if (structuralKept(text, result.records)) return;
    const needle = collapse(text.replace(LABEL_PREFIX, ''));
    if (needle !== '' && new RegExp(`(?:^|[\\s\\n])${escape(needle)}(?=$|[\\s\\n])`, 'mu').test(haystack)) return;
    lost.push(i + 1);
  });
  return lost;
}

describe.each(listFixtures())('fixture $name', (fixture) => {
  it('loses no input line silently', () => {
    const result = parse(fixture.input, fixture.options);
    // A file that yields no record is a refusal, reported as such.
    if (result.records.length === 0) {
      expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      return;
    }
    expect(lostLines(fixture.input, result)).toEqual([]);
  });
});

describe('the check itself can fail', () => {
  const fixtures = listFixtures();
  const byName = (name: string) => {
    const f = fixtures.find((x) => x.name === name);
    if (!f) throw new Error(`fixture ${name} is missing`);
    return f;
  };

  it('reports a keyword the record lost', () => {
    const f = byName('print-nl-empty-references');
    const result = parse(f.input, f.options);
    const record = result.records[0] as QuestionRecord;
    record.keywords = record.keywords.filter((k) => k !== 'landbouwbeleid');
    expect(lostLines(f.input, result)).toEqual([16]);
  });

  it('reports a body line the record lost', () => {
    const f = byName('fragment-fr-pipes-every-line-id-from-path');
    const result = parse(f.input, f.options);
    const record = result.records[0] as QuestionRecord;
    const q = record.question;
    if (!q) throw new Error('no question');
    q.text = q.text.split('\n\n').slice(1).join('\n\n');
    expect(lostLines(f.input, result)).toEqual([12]);
  });

  it('reports a reference the record lost', () => {
    const f = byName('bilingual-nl-references-side-by-side');
    const result = parse(f.input, f.options);
    const record = result.records[0] as QuestionRecord;
    record.references = record.references.filter((r) => r.id !== '4-3002');
    expect(lostLines(f.input, result)).toEqual([32]);
  });
});
