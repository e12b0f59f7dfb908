// Repair rules beyond the FORMAT checklist: punctuation images, elisions,
// quote pairs, context, and the guards that keep repair idempotent.
import { describe, expect, it } from 'vitest';
import { damage, PATH_BY_NAME, repair } from '../src/repair/index.js';
import { lexiconLoaded, unloadLexicon } from '../src/repair/lexicon.js';

const P1 = PATH_BY_NAME.get('cp1252>maccenteuro')!;
const P2 = PATH_BY_NAME.get('macroman>cp1252')!;
const P3L = PATH_BY_NAME.get('utf8>latin1')!;

const roundTrip = (text: string, path = P1) => repair(damage(path, text)).text;

describe('P1 punctuation and clean-looking letters', () => {
  it('standalone guillemets, dash, ellipsis and a euro sign beside a number', () => {
    const nl = 'De « officiële » cijfers – 500 € per patiënt … volgens België.';
    expect(damage(P1, nl)).toBe('De ę officiŽle Ľ cijfers Ė 500 Ä per patiŽnt Ö volgens BelgiŽ.');
    expect(roundTrip(nl)).toBe(nl);
  });
  it('an apostrophe image (í) in French elisions and Dutch ’s forms', () => {
    const fr = 'L’été, l’homme et l’État n’a qu’un côté.';
    expect(roundTrip(fr)).toBe(fr);
    const nl = 'De foto’s van ’s avonds zijn één probleem in België.';
    expect(roundTrip(nl)).toBe(nl);
  });
  it('a word-initial capital image (Ítre for être) is repaired only with the document’s path and the lexicon', () => {
    expect(roundTrip('Il faut être prêt à côté des îles.')).toBe('Il faut être prêt à côté des îles.');
    expect(repair('Ítre alone').text).toBe('Ítre alone');
  });
  it('ís is stressed `is` alone, but ’s before avonds/nachts/-Hertogenbosch', () => {
    expect(repair('Het ís waar.').text).toBe('Het ís waar.');
    expect(repair('Reizigers die ís morgens en ís-Hertogenbosch.').text).toBe('Reizigers die ’s morgens en ’s-Hertogenbosch.');
  });
  it('Spanish names with í are neither repaired nor warned about; a damaged D’abord is repaired', () => {
    const names = repair('De heer Díaz en mevrouw García, Martínez.');
    expect(names).toMatchObject({ text: 'De heer Díaz en mevrouw García, Martínez.', repairs: [], diagnostics: [] });
    // Alone, the lexicon (elided d’ + abord) is evidence enough.
    expect(repair('Díabord il faut être prêt.').text).toBe('D’abord il faut être prêt.');
    expect(roundTrip('D’abord il faut être prêt à côté de l’église.')).toBe('D’abord il faut être prêt à côté de l’église.');
  });
  it.each([
    'los días de huelga en el país vasco',
    'Mis tíos y mis líos son cosa mía. Lía y su tía.',
    'Luís Vaz de Camões escribió en su país.',
    'Mme Síle Ní Bhriain a rencontré le ministre.',
    'Niet negen maar tíen dossiers, en níet één, díen ambtenaar.',
  ])('a clean document keeps its í words, which only read as short P1 elisions (a warning at most): %s', (text) => {
    const out = repair(text);
    expect(out.text).toBe(text);
    expect(out.repairs).toEqual([]);
    expect(out.diagnostics.every((d) => d.code === 'SENQ_SUSPECT_MOJIBAKE')).toBe(true);
  });
  it('P1 apostrophes before short words are repaired once another word shows the damage', () => {
    const out = repair('Le ministre dit quíil níy a rien. Cíest líadministration qui paie, et il mía répondu.');
    expect(out.text).toBe('Le ministre dit qu’il n’y a rien. C’est l’administration qui paie, et il m’a répondu.');
    // Without such a word they are left, and warned about: they may be damage.
    const alone = repair('Il lía fait, quíil dise.');
    expect(alone.repairs).toEqual([]);
    expect(alone.diagnostics.map((d) => d.code)).toEqual(['SENQ_SUSPECT_MOJIBAKE', 'SENQ_SUSPECT_MOJIBAKE']);
    // And they add to the strength of a path other words have shown: the
    // document path then reaches a name the lexicon does not know.
    expect(repair('Volgens de heer Duprť kost mín dossier 500 Ä in BelgiŽ.').text).toBe('Volgens de heer Dupré kost m’n dossier 500 € in België.');
  });
  it('the euro image Ä is not repaired without a number beside it', () => {
    const out = repair('De potentiŽle en officiŽle cijfers van Ä Müller.');
    expect(out.text).toBe('De potentiële en officiële cijfers van Ä Müller.');
  });
});

describe('quote pairs', () => {
  it('P2 “…” around one word and across words, next to a repaired word', () => {
    const fr = 'Les variantes “Classique” et “Réforme 1990” sont là.';
    expect(damage(P2, fr)).toBe('Les variantes ÒClassiqueÓ et ÒRŽforme 1990Ó sont lˆ.');
    expect(roundTrip(fr, P2)).toBe(fr);
    expect(repair(damage(P2, fr)).repairs.find((r) => r.before === 'ÒClassiqueÓ')?.evidence).toBe('pair');
  });
  it('an unpaired closing image stays, with a warning', () => {
    const out = repair('Het woord rijdenĽ staat hier alleen.');
    expect(out.text).toBe('Het woord rijdenĽ staat hier alleen.');
    expect(out.diagnostics.map((d) => d.code)).toEqual(['SENQ_SUSPECT_MOJIBAKE']);
  });
});

describe('UTF-8 read as Latin-1', () => {
  it('the Latin-1 reading wins where it explains more of a word', () => {
    const fr = 'L’été d’une société, jusqu’à l’année – voilà…';
    expect(roundTrip(fr, P3L)).toBe(fr);
    expect(repair(damage(P3L, fr)).repairs.some((r) => r.path === 'utf8>latin1')).toBe(true);
  });
});

describe('P3 à whose NBSP became a space', () => {
  it('a word-final or lone Ã is à when the lexicon or the document says so', () => {
    expect(repair('voilÃ le travail').text).toBe('voilà le travail');
    expect(repair("Ã perturber la rÃ©flexion des thÃ©ologiens jusqu'Ã nos jours").text).toBe(
      "à perturber la réflexion des théologiens jusqu'à nos jours",
    );
  });
  it('but not in capitals (Portuguese IRMÃ) nor alone without document evidence', () => {
    expect(repair('IRMÃ e MAÇÃ, C O N C L U S Ã O').text).toBe('IRMÃ e MAÇÃ, C O N C L U S Ã O');
  });
});

describe('guards', () => {
  it('a repair whose result would look damaged is not made (idempotence)', () => {
    const once = repair('Ã‹ amenuisÃ¢mes audienciÃ¨re');
    expect(once.text).toBe('Ã‹ amenuisâmes audiencière');
    expect(repair(once.text).text).toBe(once.text);
  });
  it('two opening marks before a closing one pair nothing (the nesting is a guess), and a second run changes nothing', () => {
    const once = repair('ęa ęb cĽ dĽ');
    expect(repair(once.text).text).toBe(once.text);
    // Pairs one after the other are still found.
    expect(repair('ęa bĽ en ęc dĽ').text).toBe('«a b» en «c d»');
  });
  it('a symbol standing alone stays a symbol in a damaged document; a lone à image is still à', () => {
    const doc = 'BelgiŽ, officiŽle, financiŽle. Jan Peeters († 2015), ˇ, ™ en • punt. ŗ Paris.';
    const out = repair(doc);
    expect(out.text).toBe('België, officiële, financiële. Jan Peeters († 2015), ˇ, ™ en • punt. à Paris.');
    expect(out.diagnostics.map((d) => d.code)).not.toContain('SENQ_SUSPECT_MOJIBAKE');
  });
  it('takes a one-letter word only after an elision that takes it: l’a, n’y, qu’à, but no d’a', () => {
    const doc = 'BelgiŽ, officiŽle, financiŽle. Día de Muertos; il lía fait, il nía rien.';
    expect(repair(doc).text).toBe('België, officiële, financiële. Día de Muertos; il l’a fait, il n’a rien.');
  });
  it('a single letter is no lexicon evidence', () => {
    expect(repair('∆°').text).toBe('∆°');
  });
  it('the lexicon is not loaded for clean text', () => {
    unloadLexicon();
    // (A name such as Žaneta is a suspicious word: checking it needs the lexicon.)
    repair('Question écrite n° 5-8905 : « L’été sera chaud », dit-il vóór één café’s; l’État.\u00a0FRANÇAIS ©');
    expect(lexiconLoaded()).toBe(false);
    repair('De potentiŽle klant.');
    expect(lexiconLoaded()).toBe(true);
  });
  it('assumePath lets the named path repair an unknown word on its own', () => {
    expect(repair('De heer Duprť kwam.').text).toBe('De heer Duprť kwam.');
    expect(repair('De heer Duprť kwam.', { assumePath: 'cp1252>maccenteuro' }).repairs).toEqual([
      { line: 1, column: 9, before: 'Duprť', after: 'Dupré', path: 'cp1252>maccenteuro', evidence: 'document-path' },
    ]);
  });
});

// The repair audit found clean words changed: on a clean page (Lluís → Llu’s,
// which then set the page's path and corrupted Slavic names), and in the
// clean answer of a page whose question is damaged (§19.5 "partial damage").
describe('clean words left alone', () => {
  const DAMAGED = damage(P1, 'De minister van Financiën en de officiële cijfers van België: potentiële ideeën.');
  const changes = (text: string) => repair(text).repairs.map((r) => `${r.before}→${r.after}`);
  const inAnswer = (clean: string) => repair(`${DAMAGED}\n\n${clean}`).repairs.filter((r) => r.line > 1).map((r) => `${r.before}→${r.after}`);

  it('names ending in vowel + ís, on a clean page', () => {
    expect(changes('Lluís Puig en Anaís Thaís schreven het. Minister Maroš Šefčovič was in Košice.')).toEqual([]);
  });

  it('Slavic names with š in the clean part of a damaged page', () => {
    expect(inAnswer('Commissaris Maroš Šefčovič bezocht Košice, Prešov en Piešťany met Tomáš Babiš.')).toEqual([]);
  });

  it('Dutch stress accents, lone Spanish and Irish words, and a dagger, in the clean part of a damaged page', () => {
    // (Stress: the page itself writes "niet" too, as pages do.)
    expect(inAnswer('Het is niet zo. Dat is níet waar, zei hij. Sí, se puede. Máiréad Ní Bhriain. Jan Peeters (†1944).')).toEqual([]);
  });

  it('still repairs the damaged words of that page', () => {
    expect(changes(DAMAGED)).toEqual(['FinanciŽn→Financiën', 'officiŽle→officiële', 'BelgiŽ→België', 'potentiŽle→potentiële', 'ideeŽn→ideeën']);
  });
});

// P1's images of § and € were left where Belgian legal Dutch has them most
// (repair audit): a lone ß was never even scanned, and "miljoen" stood
// between the amount and its Ä.
describe('signs beside numbers', () => {
  it.each([
    'De minister van Financiën zegt dat artikel 5, § 2, van de wet de officiële regel is.',
    'Het kost 12,6 miljoen € voor België en de officiële diensten van Financiën.',
  ])('restores %s', (clean) => {
    expect(roundTrip(clean)).toBe(clean);
  });

  it('leaves a lone ß or Ä on a clean page alone', () => {
    expect(repair('Die Straße ist groß. Ä und ß allein, 5 ß 2.').repairs).toEqual([]);
  });
});

describe('an elision before a name', () => {
  // díHondt was left (Hondt is in no lexicon); d’Hondt is common in Belgian political text (repair audit).
  it('restores d’Hondt on a damaged page, and leaves P2 readings of a clean é alone', () => {
    const clean = 'De zetels worden verdeeld volgens het systeem-d’Hondt, zegt de minister van Financiën in België.';
    expect(roundTrip(clean)).toBe(clean);
    const header = damage(P2, 'Le ministre a déclaré qu’il était très préoccupé par la sécurité.');
    expect(repair(`${header}\n\nL’évaluation de l’école et d’élaboration.`).repairs.filter((r) => r.line > 1)).toEqual([]);
  });
});
