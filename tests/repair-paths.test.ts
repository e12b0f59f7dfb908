// The damage-path tables must be exactly what iconv-lite does, and must
// reproduce the tables of FORMAT.md §19.2.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { REPERTOIRE } from '../src/repair/charsets.js';
import { damage, PATHS, PATH_BY_NAME } from '../src/repair/paths.js';

const P1 = PATH_BY_NAME.get('cp1252>maccenteuro')!;
const P2 = PATH_BY_NAME.get('macroman>cp1252')!;
const P3 = PATH_BY_NAME.get('utf8>cp1252')!;
const P3L = PATH_BY_NAME.get('utf8>latin1')!;
const P4 = PATH_BY_NAME.get('utf8>macroman')!;

/** iconv-lite's own answer for one byte, with undefined bytes as their C1 control. */
function iconvByte(encoding: string, byte: number): string {
  const ch = iconv.decode(Buffer.from([byte]), encoding);
  return ch === '\uFFFD' ? String.fromCharCode(byte) : ch;
}

describe('path tables', () => {
  it('registers the four FORMAT paths and the Latin-1 variant of P3', () => {
    expect(PATHS.map((p) => p.name)).toEqual([
      'cp1252>maccenteuro',
      'macroman>cp1252',
      'utf8>cp1252',
      'utf8>latin1',
      'utf8>macroman',
    ]);
  });

  for (const p of PATHS) {
    it(`${p.name}: both 256-entry tables match iconv-lite byte by byte`, () => {
      expect(p.readTable).toHaveLength(256);
      for (let b = 0; b < 256; b++) expect(p.readTable[b], `read ${b.toString(16)}`).toBe(iconvByte(p.reader, b));
      if (p.writeTable) {
        expect(p.writeTable).toHaveLength(256);
        for (let b = 0; b < 256; b++) expect(p.writeTable[b], `write ${b.toString(16)}`).toBe(iconvByte(p.writer, b));
      } else {
        expect(p.writer).toBe('utf8');
      }
    });

    it(`${p.name}: the inverse undoes iconv-lite's damage for every repertoire character`, () => {
      for (const ch of REPERTOIRE) {
        const bytes = iconv.encode(ch, p.writer === 'utf8' ? 'utf8' : p.writer);
        if (p.writer !== 'utf8' && iconv.decode(bytes, p.writer) !== ch) continue; // not encodable
        const seen = Array.from(bytes, (b) => iconvByte(p.reader, b)).join('');
        if (seen === ch) continue;
        expect(p.inverse.get(seen), `${ch} seen as ${seen}`).toBe(ch);
      }
    });
  }

  it('P1 is a bijection on bytes 80–FF', () => {
    const seen = new Set(P1.readTable.slice(0x80));
    expect(seen.size).toBe(128);
  });

  it('reproduces FORMAT §19.2 (lower case, capitals, punctuation)', () => {
    const rows: Array<[string, string, string, string, string]> = [
      ['é', 'ť', 'Ž', 'Ã©', '√©'],
      ['ë', 'Ž', '‘', 'Ã«', '√´'],
      ['à', 'ŗ', 'ˆ', 'Ã\u00a0', '√†'],
      ['ö', 'Ų', 'š', 'Ã¶', '√∂'],
      ['ü', 'Ł', 'Ÿ', 'Ã¼', '√º'],
      ['œ', 'ú', 'Ï', 'Å“', '≈ì'],
      ['í', 'Ū', '’', 'Ã\u00ad', '√≠'],
      ['É', '…', 'ƒ', 'Ã‰', '√â'],
      ['Ç', '«', '‚', 'Ã‡', '√á'],
      ['«', 'ę', 'Ç', 'Â«', '¬´'],
      ['»', 'Ľ', 'È', 'Â»', '¬ª'],
      ['’', 'í', 'Õ', 'â€™', '‚Äô'],
      ['–', 'Ė', 'Ð', 'â€“', '‚Äì'],
      ['…', 'Ö', 'É', 'â€¦', '‚Ä¶'],
      ['°', 'į', '¡', 'Â°', '¬∞'],
      ['\u00a0', '†', 'Ê', 'Â\u00a0', '¬†'],
    ];
    for (const [ch, p1, p2, p3, p4] of rows) {
      expect(damage(P1, ch), `P1 ${ch}`).toBe(p1);
      expect(damage(P2, ch), `P2 ${ch}`).toBe(p2);
      expect(damage(P3, ch), `P3 ${ch}`).toBe(p3);
      expect(damage(P4, ch), `P4 ${ch}`).toBe(p4);
    }
    // iconv-lite's Mac Roman is the pre-1998 table: byte DB is ¤, not €, so
    // FORMAT's P2 row for € (Û) cannot come from it; the other paths can.
    expect(iconv.decode(Buffer.from([0xdb]), 'macintosh')).toBe('¤');
    expect(damage(P1, '€')).toBe('Ä');
    expect(damage(P3, '€')).toBe('â‚¬');
    expect(damage(P4, '€')).toBe('‚Ç¨');
    // C1 controls where the reader has no character (footnote ¹).
    expect(damage(P2, 'è')).toBe('\u008f');
    expect(damage(P3, '”')).toBe('â€\u009d');
    expect(damage(P3L, 'É')).toBe('Ã\u0089');
  });
});
