// The header lines of a bilingual print (§5.1, §5.3): author and addressee
// pairs, the one-line double title and the two descriptor lists.
import { diag } from '../diagnostics.js';
import type { Diagnostic, Language } from '../types.js';
import type { Half } from './bilingual-half.js';
import { splitBilingualTitle } from './bilingual-split.js';
import { addresseeReport, authorReports, joinWrapped, parseAddresseeLine, parseAuthorLine, splitTitle, takeWrapped } from './header.js';
import { firstColumn, type Claims, type Line } from './lines.js';

/**
 * Author and addressee lines come in pairs, FR first; each is recognised by
 * its preposition ("de"/"van", "à"/"au"/"aan"). Then the title line and the
 * two descriptor lists.
 */
export function readBilingualHeader(
  headerLines: Line[],
  halves: Record<Language, Half>,
  claims: Claims,
  diagnostics: Diagnostic[],
  anchor: Line,
): { unsplitTitle: boolean; unsplitKeywords: boolean } {
  const flags = { unsplitTitle: false, unsplitKeywords: false };
  const rest = headerLines.filter((l) => l.text !== '');
  const authorLines: Partial<Record<Language, Line>> = {};
  while (rest[0]) {
    const l = rest[0];
    const author = parseAuthorLine(l.text);
    const addressee = author ? null : parseAddresseeLine(l.text);
    const lang: Language = /^(van|aan) /u.test(l.text) ? 'nl' : 'fr';
    // A second line for a half already filled (a damaged or pasted-in page)
    // is left unclaimed, so it is reported instead of silently replacing the first.
    if ((author && halves[lang].author) || (addressee !== null && halves[lang].addressee)) {
      rest.shift();
      continue;
    }
    if (author) {
      halves[lang].author = { name: author.name, party: author.party };
      diagnostics.push(...authorReports(author, l));
      authorLines[lang] = l;
    } else if (addressee !== null) {
      // The Dutch addressee "aan …" comes right under the French one.
      const wrapped = takeWrapped(rest, { lowercase: true, indent: true, stop: (next) => parseAddresseeLine(next.text) !== null && /^aan /u.test(next.text) !== (lang === 'nl') });
      halves[lang].addressee = parseAddresseeLine(joinWrapped(wrapped, `the ${lang.toUpperCase()} addressee`, diagnostics));
      diagnostics.push(...addresseeReport(l));
      claims.claimAll(wrapped);
      continue;
    } else break;
    claims.claim(rest.shift());
  }
  const [frName, nlName] = [halves.fr.author?.name, halves.nl.author?.name];
  if (frName && nlName && frName !== nlName) {
    diagnostics.push(
      diag(
        'SENQ_AUTHOR_MISMATCH',
        `the French and Dutch author lines name different people ("${frName}" / "${nlName}"); the record keeps its own language's`,
        authorLines.nl?.no ?? null,
        1,
      ),
    );
  }
  for (const lang of ['fr', 'nl'] as const) {
    if (!halves[lang].author) diagnostics.push(diag('SENQ_MISSING_FIELD', `no ${lang.toUpperCase()} author line found`, anchor.no, 1));
    if (!halves[lang].addressee) diagnostics.push(diag('SENQ_MISSING_FIELD', `no ${lang.toUpperCase()} addressee line found`, anchor.no, 1));
  }
  const titleLines = rest.length > 0 ? takeWrapped(rest, { lowercase: false, indent: true }) : [];
  const titleLine = titleLines[0];
  if (titleLine) {
    claims.claimAll(titleLines);
    const titleText = joinWrapped(titleLines, 'the title', diagnostics);
    const split = splitBilingualTitle(titleText);
    if (split) {
      halves.fr.title = split.fr;
      halves.nl.title = split.nl;
      halves.fr.subjects = splitTitle(split.fr);
      halves.nl.subjects = splitTitle(split.nl);
    } else {
      // Both slots get the whole line; the caller's record keeps it and the
      // translation's title is cleared below (FORMAT §5.3 step 4).
      diagnostics.push(
        diag('SENQ_BILINGUAL_SPLIT', 'the title line could not be split into its French and Dutch titles; kept whole', titleLine.no, firstColumn(titleLine)),
      );
      for (const lang of ['fr', 'nl'] as const) {
        halves[lang].title = titleText;
        halves[lang].subjects = splitTitle(titleText);
      }
      flags.unsplitTitle = true;
    }
  } else {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no title line found', anchor.no, 1));
  }
  claims.claimAll(rest);
  const kw = rest.map((l) => l.text);
  if (kw.length === 0) {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no keyword (descriptor) lines found', titleLine?.no ?? anchor.no, 1));
  } else if (kw.length % 2 === 0) {
    halves.fr.keywords = kw.slice(0, kw.length / 2);
    halves.nl.keywords = kw.slice(kw.length / 2);
  } else {
    halves.fr.keywords = kw;
    halves.nl.keywords = kw;
    flags.unsplitKeywords = true;
    const at = rest[0] as Line;
    diagnostics.push(
      diag('SENQ_BILINGUAL_SPLIT', `odd number of descriptors (${kw.length}) cannot be halved; all are kept in the record`, at.no, 1),
    );
  }
  return flags;
}
