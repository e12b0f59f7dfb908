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
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/u.exec(s);
  if (!m) return null;
  const d = parseWithFormat(`${m[1]}/${m[2]}/${m[3]}`, 'd/M/yyyy', REFERENCE);
  return isValid(d) ? iso(d) : null;
}

/**
 * Damaged French month spellings (FORMAT.md §16) that repair might not have
 * fixed, mapped to the real names before date-fns sees them.
 */
const MONTH_ALIASES: Record<string, string> = { fťvrier: 'février', aoŻt: 'août', dťcembre: 'décembre' };

/** "30 april 2013" / "1er février 2010" → ISO date; null when it does not parse. */
export function parseLongDate(s: string): string | null {
  const cleaned = s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(\d{1,2})er\b/u, '$1')
    .replace(/\p{L}+/gu, (w) => MONTH_ALIASES[w] ?? w);
  const m = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(cleaned);
  if (!m) return null;
  for (const locale of [nl, fr]) {
    const d = parseWithFormat(cleaned, 'd MMMM yyyy', REFERENCE, { locale });
    if (isValid(d)) return iso(d);
  }
  return null;
}
