// Variant recognition (§2): the variants are tested in a fixed order, on the
// first 20 non-blank lines, and the first match wins. The print number line
// contains the screen label, so the prefixed and doubled forms come first.
import type { Detection } from './document.js';
import { isChronologyRow } from './chronology.js';
import { NO_FR, NO_NL, SCREEN_NUMBER_LINE } from './identifiers.js';
import type { Line } from './lines.js';
import { isReferenceLine } from './references.js';

const SEARCH_WINDOW = 20;

const BILINGUAL_MASTHEAD = /^SÉNAT DE BELGIQUE BELGISCHE SENAAT$/u;
const BILINGUAL_NUMBER = new RegExp(`^Question écrite ${NO_FR} ?\\d+-\\d+ Schriftelijke vraag ${NO_NL} ?\\d+-\\d+$`, 'u');
const PRINT_MASTHEAD = /^(BELGISCHE SENAAT|SÉNAT DE BELGIQUE)$/u;
const PRINT_NUMBER = new RegExp(`^(?:(SENAAT) Schriftelijke vraag ${NO_NL}|(SÉNAT) Question écrite ${NO_FR}) ?\\d+-\\d+$`, 'u');
const BULLETIN_TITLE = /^(Vragen en Antwoorden|Questions et Réponses)$/iu;
const BULLETIN_NUMBER = /^Bulletin \d+-\d+$/u;

export function detectVariant(lines: readonly Line[]): Detection | null {
  const window: Array<{ line: Line; index: number }> = [];
  for (let i = 0; i < lines.length && window.length < SEARCH_WINDOW; i++) {
    const line = lines[i];
    if (line && line.text !== '') window.push({ line, index: i });
  }
  const find = (re: RegExp) => window.find((w) => re.test(w.line.text));

  const bilingual = find(BILINGUAL_MASTHEAD) ?? find(BILINGUAL_NUMBER);
  if (bilingual) return { variant: 'print-bilingual', language: 'fr', index: bilingual.index };

  const print = find(PRINT_MASTHEAD) ?? find(PRINT_NUMBER);
  if (print) {
    const t = print.line.text;
    const language = t.startsWith('BELGISCHE') || t.startsWith('SENAAT') ? 'nl' : 'fr';
    return { variant: 'print', language, index: print.index };
  }

  const bulletin = find(BULLETIN_TITLE) ?? find(BULLETIN_NUMBER);
  if (bulletin) {
    const first = find(BULLETIN_TITLE)?.line.text.toLowerCase();
    return { variant: 'bulletin', language: first?.startsWith('questions') ? 'fr' : 'nl', index: bulletin.index };
  }

  const screen = find(SCREEN_NUMBER_LINE);
  if (screen) {
    const m = SCREEN_NUMBER_LINE.exec(screen.line.text);
    return { variant: 'screen', language: m?.[2] ? 'fr' : 'nl', index: screen.index };
  }

  // Fragments have no decisive line: any chronology row or reference line,
  // anywhere, marks one. Language comes from the event and reference wording.
  const marker = lines.findIndex((l) => isChronologyRow(l.text) || isReferenceLine(l.text));
  if (marker >= 0) return { variant: 'fragment', language: fragmentLanguage(lines), index: marker };
  return null;
}

function fragmentLanguage(lines: readonly Line[]): 'nl' | 'fr' {
  const text = lines.map((l) => l.text).join('\n');
  const fr = (text.match(/Envoi question|Aussi posée|Réintrodu|Requalification|Fin de la législature|Dossier clôturé|Réponse/gu) ?? []).length;
  const nl = (text.match(/Verzending vraag|Ook gesteld|Heringediend|Herindiening|Herkwalificatie|Einde zittingsperiode|Dossier gesloten|Antwoord/gu) ?? []).length;
  if (fr !== nl) return fr > nl ? 'fr' : 'nl';
  const frWords = (text.match(/\b(?:le|la|les|des|est|une|du|et|pour|que)\b/giu) ?? []).length;
  const nlWords = (text.match(/\b(?:de|het|een|van|en|is|voor|dat|niet|zijn)\b/giu) ?? []).length;
  return frWords > nlWords ? 'fr' : 'nl';
}
