// Variant recognition (§2): the variants are tested in a fixed order, on the
// first 20 non-blank lines, and the first match wins. The print number line
// contains the screen label, so the prefixed and doubled forms come first.
// When only one of a variant's two signs is there (masthead without number
// line, bulletin number without its title line…) the detection is marked
// weak, so the user learns the layout was partly guessed.
import type { Detection } from './document.js';
import { parseBulletinHeading } from './bulletin-lines.js';
import { isKnownChronologyRow } from './chronology.js';
import { BILINGUAL_MASTHEAD, BILINGUAL_NUMBER, PRINT_MASTHEAD, PRINT_NUMBER } from './furniture.js';
import { SCREEN_NUMBER_LINE, screenLanguage } from './identifiers.js';
import { frenchness } from './language-score.js';
import type { Line } from './lines.js';
import { isReferenceLine } from './references.js';

const SEARCH_WINDOW = 20;

const BULLETIN_TITLE = /^(Vragen en Antwoorden|Questions et Réponses)$/iu;
const BULLETIN_NUMBER = /^Bulletin \d+-\d+$/u;
const BULLETIN_LEGEND = /^\((N\.|Fr\.)\) ?: ?(Vraag|Question)/u;

export function detectVariant(lines: readonly Line[]): Detection | null {
  const window: Array<{ line: Line; index: number }> = [];
  for (let i = 0; i < lines.length && window.length < SEARCH_WINDOW; i++) {
    const line = lines[i];
    if (line && line.text !== '') window.push({ line, index: i });
  }
  const find = (re: RegExp) => window.find((w) => re.test(w.line.text));
  const weakUnless = (a: unknown, b: unknown, what: string) => (a && b ? {} : { weak: what });
  // A masthead or bulletin line below a screen page's number line is text
  // of that page (a short question may say "BELGISCHE SENAAT" or "Vragen en
  // antwoorden"): furniture stands above the number line it belongs with.
  const screen = find(SCREEN_NUMBER_LINE);
  const above = <T extends { index: number }>(w: T | undefined): T | undefined => (w && (!screen || w.index < screen.index) ? w : undefined);

  const biMast = above(find(BILINGUAL_MASTHEAD));
  const biNumber = find(BILINGUAL_NUMBER);
  const bilingual = biMast ?? biNumber;
  if (bilingual) {
    return {
      variant: 'print-bilingual',
      language: 'fr',
      index: bilingual.index,
      ...weakUnless(biMast, biNumber, 'bilingual print recognised without its masthead or without its double number line'),
    };
  }

  // The leg-3 NL bulletin prints the same "BELGISCHE SENAAT" masthead as the
  // NL print, so a masthead alone is print evidence only when no bulletin
  // line ("Vragen en Antwoorden", "Bulletin L-B") stands in the window. The
  // print number line is decisive on its own.
  const title = above(find(BULLETIN_TITLE));
  const bulletinNumber = above(find(BULLETIN_NUMBER));
  const number = find(PRINT_NUMBER);
  const mast = number || !(title || bulletinNumber) ? above(find(PRINT_MASTHEAD)) : undefined;
  const print = mast ?? number;
  if (print) {
    const t = print.line.text;
    const language = t.startsWith('BELGISCHE') || t.startsWith('SENAAT') ? 'nl' : 'fr';
    return {
      variant: 'print',
      language,
      index: print.index,
      ...weakUnless(mast, number, 'printer version recognised without its masthead or without its number line'),
    };
  }

  // A copy may start below the furniture, at a minister or question heading
  // (§2 lists the question headings among the decisive lines). Alone, a
  // heading decides only where no screen number line or chronology row
  // stands: a page may quote an old bulletin's heading in its question.
  // Searched only when needed: most pages are screen pages, with neither.
  const findHeading = () => window.find((w) => parseBulletinHeading(w.line.text) !== null);
  const headingAlone =
    title || bulletinNumber || screen || window.some((w) => isKnownChronologyRow(w.line.text)) ? undefined : findHeading();
  const bulletin = title ?? bulletinNumber ?? headingAlone;
  if (bulletin) {
    return {
      variant: 'bulletin',
      language: bulletinLanguage(title?.line, find(BULLETIN_LEGEND)?.line, () => (headingAlone ?? findHeading())?.line),
      index: bulletin.index,
      ...(bulletin === headingAlone
        ? { weak: 'bulletin recognised from a question heading alone (no title line, no "Bulletin L-B" line)' }
        : weakUnless(title, bulletinNumber, 'bulletin recognised without its title line or without its "Bulletin L-B" line')),
    };
  }

  if (screen) {
    const m = SCREEN_NUMBER_LINE.exec(screen.line.text);
    return { variant: 'screen', language: m ? screenLanguage(m) : 'nl', index: screen.index };
  }

  // Fragments have no decisive line: a chronology row with a known event
  // label, or a reference line, anywhere, marks one (a line that merely
  // starts with a date does not: ordinary notes have those). Language comes
  // from the event and reference wording.
  const isMarker = (l: Line) => isKnownChronologyRow(l.text) || isReferenceLine(l.text);
  const markers = lines.filter(isMarker);
  const marker = markers[0] ? lines.indexOf(markers[0]) : -1;
  if (marker >= 0) {
    return {
      variant: 'fragment',
      language: fragmentLanguage(lines),
      index: marker,
      ...(markers.length < 2 ? { weak: 'fragment recognised from a single chronology row or reference line' } : {}),
    };
  }
  return null;
}

/**
 * Line 1 names a bulletin's language; without it, the legend's first tag
 * ("(Fr.): Question posée…" opens French bulletins); without a legend, the
 * wording of the first question heading ("Question nº …").
 */
function bulletinLanguage(title: Line | undefined, legend: Line | undefined, heading: () => Line | undefined): 'nl' | 'fr' {
  if (title) return title.text.toLowerCase().startsWith('questions') ? 'fr' : 'nl';
  if (legend) return legend.text.startsWith('(Fr.)') ? 'fr' : 'nl';
  const first = heading();
  return (first && parseBulletinHeading(first.text)?.language) || 'nl';
}

/** The language of a headless fragment: event and reference wording, else function words. */
export function fragmentLanguage(lines: readonly Line[]): 'nl' | 'fr' {
  const text = lines.map((l) => l.text).join('\n');
  const fr = (text.match(/Envoi question|Aussi posée|Réintrodu|Requalification|Fin de la législature|Dossier clôturé|Réponse/gu) ?? []).length;
  const nl = (text.match(/Verzending vraag|Ook gesteld|Heringediend|Herindiening|Herkwalificatie|Einde zittingsperiode|Dossier gesloten|Antwoord/gu) ?? []).length;
  if (fr !== nl) return fr > nl ? 'fr' : 'nl';
  return frenchness(text) > 0 ? 'fr' : 'nl';
}
