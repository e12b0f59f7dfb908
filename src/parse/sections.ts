// Printer versions cut their page into sections with underscore separators
// (§4.1, §5.1). These helpers claim the furniture lines and hand back the
// sections, so the parsers can find each part by position *and* content.
import { dateLineDates, isSeparator, PRINT_MASTHEAD, BILINGUAL_MASTHEAD, SESSION_LINE } from './furniture.js';
import { diag } from '../diagnostics.js';
import { isRegionLine } from './chronology.js';
import type { Diagnostic } from '../types.js';
import { firstColumn, type Claims, type Line } from './lines.js';

/** Split lines at separator lines (claimed); an empty section stays as []. */
export function splitSections(lines: readonly Line[], claims: Claims): Line[][] {
  const sections: Line[][] = [[]];
  for (const line of lines) {
    if (isSeparator(line.text)) {
      claims.claim(line);
      sections.push([]);
    } else {
      sections[sections.length - 1]?.push(line);
    }
  }
  return sections;
}

export interface Masthead {
  /** The sending dates read from the date line (one, or FR and NL). */
  dates: string[];
  dateLine: Line | null;
}

/**
 * Claim the masthead, session line, date line and separators printed above
 * the number line. Anything else there is left unclaimed, so it is reported.
 */
export function readMasthead(lines: readonly Line[], claims: Claims, diagnostics: Diagnostic[]): Masthead {
  const out: Masthead = { dates: [], dateLine: null };
  for (const line of lines) {
    const t = line.text;
    if (t === '') continue;
    if (PRINT_MASTHEAD.test(t) || BILINGUAL_MASTHEAD.test(t) || SESSION_LINE.test(t) || isSeparator(t)) {
      claims.claim(line);
      continue;
    }
    const found = out.dateLine ? null : dateLineDates(t);
    if (found) {
      out.dates = found.dates;
      out.dateLine = line;
      claims.claim(line);
      for (const text of found.unparsed) {
        diagnostics.push(diag('SENQ_DATE_UNPARSED', `date "${text}" on the date line does not parse`, line.no, firstColumn(line)));
      }
    }
  }
  return out;
}

/** Sections after the number line's own: title, then descriptors; the rest is chronology and references. */
const HEADER_SECTIONS = 3;

/**
 * Split a print's sections (after the number line) into header lines (the
 * number line's section, the title and the descriptors) and the chronology /
 * reference region; the header is cut short at the first row or reference in
 * case a separator went missing. Without a question heading the body is not
 * separated from the region, so only the region's rows and references are
 * kept there and the body takes the rest.
 */
export function headerAndRegion(sections: readonly Line[][], hasHeading: boolean): { headerLines: Line[]; regionLines: Line[] } {
  const headerLines: Line[] = [];
  const regionLines: Line[] = [];
  sections.forEach((section, i) => {
    for (const l of section) {
      if (i < HEADER_SECTIONS && regionLines.length === 0 && !isRegionLine(l.text)) headerLines.push(l);
      else regionLines.push(l);
    }
  });
  return { headerLines, regionLines: hasHeading ? regionLines : regionLines.filter((l) => isRegionLine(l.text)) };
}
