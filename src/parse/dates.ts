// Dates: long Dutch/French dates ("30 april 2013", "1er février 2010") and
// numeric ones ("30/4/2013"). Parsed with date-fns in its nl and fr locales
// after normalising case, whitespace and Unicode; written as YYYY-MM-DD from
// the calendar fields, so no time zone can shift them.
// Deep imports: the package index (and the all-locales index) would cost
// ~0.2 s of start-up for every `senq parse` call from a shell loop.
import { isValid } from 'date-fns/isValid';
import { fr } from 'date-fns/locale/fr';
import { nl } from 'date-fns/locale/nl';
import { parse as parseWithFormat } from 'date-fns/parse';

const REFERENCE = new Date(2000, 0, 1);

function iso(d: Date): string {
  const y = String(d.getFullYear()).padStart(4, '0');
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** "30/4/2013" (zero padding accepted) → "2013-04-30"; null when impossible. */
export function parseNumericDate(s: string): string | null {
  // No locale needed: a calendar check in UTC is exact and far cheaper
  // than a format parser for the many rows of an archive.
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/u.exec(s);
  return m ? calendarDate(Number(m[1]), Number(m[2]), m[3] as string) : null;
}

/**
 * Damaged French month spellings (FORMAT.md §16) that repair might not have
 * fixed, mapped to the real names before date-fns sees them.
 */
const MONTH_ALIASES: Record<string, string> = { fťvrier: 'février', aoŻt: 'août', dťcembre: 'décembre' };

/** "30 april 2013" / "1er février 2010" → ISO date; null when it does not parse. */
export function parseLongDate(s: string): string | null {
  // No date is that long; a multi-megabyte letter run (a hostile one-line
  // masthead) overflowed V8's regexp stack in /\p{L}+/u below.
  if (s.length > 64) return null;
  return readLongDate(s);
}

let monthNames: Map<string, number> | null = null;

/** Lower-case full month name (nl, then fr) → month number, from date-fns's locales. */
function fullMonthNames(): Map<string, number> {
  if (!monthNames) {
    monthNames = new Map();
    for (const locale of [nl, fr]) {
      for (let i = 0; i < 12; i++) {
        const name = String(locale.localize.month(i as Parameters<typeof locale.localize.month>[0], { width: 'wide' })).normalize('NFC').toLowerCase();
        if (!monthNames.has(name)) monthNames.set(name, i + 1);
      }
    }
  }
  return monthNames;
}

/**
 * YYYY-MM-DD when the day exists in that month and year (a UTC calendar
 * check: no time zone). Both date forms go through it, so "1/2/0050" and
 * "1 februari 0050" agree. Year 0000 is refused, as date-fns refuses it.
 */
function calendarDate(day: number, month: number, year: string): string | null {
  const y = Number(year);
  if (y === 0) return null;
  const d = new Date(0);
  // setUTCFullYear, not Date.UTC: years below 100 must not become 19xx.
  d.setUTCFullYear(y, month - 1, day);
  if (d.getUTCFullYear() !== y || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date as most pages write it: "30 april 2013", one space apart, the month in lower case. */
const PLAIN_LONG_DATE = /^(\d{1,2}) ([a-zéû]+) (\d{4})$/;

function readLongDate(s: string): string | null {
  // The common form needs none of the clean-up below (it would leave it as
  // it is): a date is read for every chronology row and heading.
  const plain = PLAIN_LONG_DATE.exec(s);
  const plainMonth = plain ? fullMonthNames().get(plain[2] as string) : undefined;
  if (plain && plainMonth !== undefined) return calendarDate(Number(plain[1]), plainMonth, plain[3] as string);
  const cleaned = s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(\d{1,2})er\b/u, '$1')
    .replace(/\p{L}+/gu, (w) => MONTH_ALIASES[w] ?? w);
  const m = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(cleaned);
  if (!m) return null;
  // A full month name, the common case, is looked up in the locales' own
  // names and checked on the calendar: date-fns's general parser costs
  // ~10 µs a date, and archives hold thousands of different dates.
  const month = fullMonthNames().get(m[2] as string);
  if (month !== undefined) return calendarDate(Number(m[1]), month, m[3] as string);
  // date-fns also takes one- and two-letter month names ("3 a 2015" as 3
  // April): no month is written that short in these pages.
  if ((m[2] as string).length < 3) return null;
  for (const locale of [nl, fr]) {
    const d = parseWithFormat(cleaned, 'd MMMM yyyy', REFERENCE, { locale });
    if (isValid(d)) return iso(d);
  }
  return null;
}
