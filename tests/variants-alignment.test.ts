// Question–answer alignment (issue 4, item 6): an answer item answers the
// question item at the same place — a letter item's place includes the digit
// item it stands under.
import { describe, expect, it } from 'vitest';
import { alignItems, parseBody } from '../src/parse/body.js';
import { splitLines } from '../src/parse/lines.js';

const body = (text: string) => parseBody(splitLines(text), null).body;

describe('alignItems', () => {
  it('pairs nested letters only under the same digit', () => {
    const q = body('1) Een?\n\n2) Twee?\n\n3) Drie:\n\na) eerste?\n\nb) tweede?');
    const a = body('1. Antwoord een.\n\n2. Antwoord twee:\n\na) los punt.\n\n3. Antwoord drie:\n\na) eerste punt.\n\nb) tweede punt.');
    alignItems(q, a);
    expect(a.items.map((i) => [i.label, i.answers])).toEqual([
      ['1', '1'],
      ['2', '2'],
      ['a', null],
      ['3', '3'],
      ['a', 'a'],
      ['b', 'b'],
    ]);
    expect(q.items.every((i) => i.answers === null)).toBe(true);
  });

  it('pairs top-level letters with top-level letters', () => {
    const q = body('a) Eerste?\n\nb) Tweede?');
    const a = body('a) Ja.\n\nb) Nee.\n\nc) Verder nog dit.');
    alignItems(q, a);
    expect(a.items.map((i) => i.answers)).toEqual(['a', 'b', null]);
  });

  it('never pairs dash bullets and leaves unmatched digits null', () => {
    const q = body('- punt een\n\n- punt twee\n\n1) Vraag?');
    const a = body('- antwoord\n\n1) Ja.\n\n2) Extra.');
    alignItems(q, a);
    expect(a.items.map((i) => i.answers)).toEqual([null, '1', null]);
  });

  // Only lower-case single letters had a place: A), B) and ii) never paired (body audit).
  it('pairs capital letters and roman numerals as it pairs letters, case kept', () => {
    const q = body('A) Eerste?\n\nB) Tweede?\n\ni) sub een?\n\nii) sub twee?');
    const a = body('A) Ja.\n\nB) Nee.\n\ni) een.\n\nii) twee.\n\nb) kleine b.');
    alignItems(q, a);
    expect(a.items.map((i) => [i.label, i.answers])).toEqual([
      ['A', 'A'],
      ['B', 'B'],
      ['i', 'i'],
      ['ii', 'ii'],
      ['b', null],
    ]);
  });
});
