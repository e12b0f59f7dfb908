// FORMAT §22 encoding checklist, decode side: BOMs, single-byte guesses,
// the 8E trap, undefined Windows-1252 bytes.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode/index.js';
import { parse } from '../src/parse/index.js';
import { repair } from '../src/repair/index.js';
import { DUTCH, FRENCH, HELD_OUT_DUTCH, HELD_OUT_FRENCH } from './bench/repair-corpus.js';

const SEED = readFileSync(new URL('../fixtures/seed-screen-nl-answered/input.txt', import.meta.url), 'utf8');
const NL = 'De minister van Financiën heeft één vraag over de coöperatie in België: « zo’n » probleem – geïnformeerd, vóór 1 mei.';
const FR = 'L’été de la société française : c’est déjà trop tard, même à Noël, dit-il « à l’évidence ».';

const codes = (d: { diagnostics: { code: string }[] }) => d.diagnostics.map((x) => x.code);

describe('BOMs and UTF-8', () => {
  it.each([
    ['utf-8', [0xef, 0xbb, 0xbf], 'utf8'],
    ['utf-16le', [0xff, 0xfe], 'utf-16le'],
    ['utf-16be', [0xfe, 0xff], 'utf-16be'],
  ] as const)('%s with BOM decodes to the same text, BOM stripped', (name, bom, enc) => {
    const d = decode(Buffer.concat([Buffer.from(bom), iconv.encode(NL, enc)]));
    expect(d).toMatchObject({ text: NL, encoding: name, diagnostics: [] });
  });

  it('strict UTF-8 without BOM is not a guess', () => {
    expect(decode(Buffer.from(FR, 'utf8'))).toMatchObject({ text: FR, encoding: 'utf-8', diagnostics: [] });
  });
});

describe('encodings that say one thing and hold another', () => {
  const ascii = 'Schriftelijke vraag 5-8905 van de senator aan de minister.\nTweede regel.\n';

  it.each(['utf-16le', 'utf-16be'] as const)('%s without BOM, ASCII text only: decoded (guessed), not taken for binary', (enc) => {
    const d = decode(iconv.encode(ascii, enc));
    expect(d.text).toBe(ascii);
    expect(d.encoding).toBe(enc);
    expect(codes(d)).toEqual(['SENQ_ENCODING_GUESSED']);
  });

  it.each(['utf-16le', 'utf-16be'] as const)('%s without BOM starting with an accented letter is found too', (enc) => {
    const text = `Één vraag over ${NL}\n`;
    expect(decode(iconv.encode(text, enc))).toMatchObject({ text, encoding: enc });
  });

  it('a UTF-8 BOM before bytes that are not UTF-8 is reported, not replaced in silence', () => {
    const d = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(NL, 'windows-1252')]));
    expect(d.encoding).toBe('utf-8');
    expect(codes(d)).toEqual(['SENQ_DECODE_FAILED']);
    expect(d.diagnostics[0]).toMatchObject({ line: 1 });
  });

  it.each(['utf-16le', 'utf-16be'] as const)('%s with an odd number of bytes: the last byte becomes U+FFFD, reported', (enc) => {
    const bom = enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const d = decode(Buffer.concat([Buffer.from(bom), iconv.encode(NL, enc), Buffer.from([0x41])]));
    expect(d.text).toBe(`${NL}\uFFFD`);
    expect(codes(d)).toEqual(['SENQ_DECODE_FAILED']);
  });

  // Half a UTF-16 character passed through as a lone surrogate: JSON.stringify
  // wrote "\ud800", which jq refuses, ending a whole piped batch.
  it.each(['utf-16le', 'utf-16be'] as const)('%s with a surrogate without its pair: U+FFFD, reported where it stood', (enc) => {
    const bom = enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    for (const lone of ['\ud800', '\udc00']) {
      const d = decode(Buffer.concat([Buffer.from(bom), iconv.encode(`Titel\nTab${lone}leurs en 😀`, enc)]));
      expect(d.text).toBe('Titel\nTab\uFFFDleurs en 😀');
      expect(d.diagnostics).toEqual([expect.objectContaining({ code: 'SENQ_DECODE_FAILED', line: 2, column: 4 })]);
    }
  });

  it('a string given to the library with a lone surrogate: U+FFFD, reported; the record is valid JSON for any reader', () => {
    const result = parse(SEED.replace('Gebruik van sociale', 'Gebruik\ud800van sociale'));
    expect(codes(result)).toContain('SENQ_DECODE_FAILED');
    expect(JSON.stringify(result.records)).not.toMatch(/\\ud8/u);
    expect(parse(SEED).diagnostics.map((d) => d.code)).not.toContain('SENQ_DECODE_FAILED');
  });

  it('an unknown forced encoding is a diagnostic, and the bytes are detected (decode never throws)', () => {
    const d = decode(Buffer.from(NL, 'utf8'), { encoding: 'no-such-encoding' });
    expect(d.text).toBe(NL);
    expect(d.encoding).toBe('utf-8');
    expect(codes(d)).toEqual(['SENQ_DECODE_FAILED']);
  });

  it('takes the Encoding Standard labels for Mac Roman and reports the standard name', () => {
    const bytes = iconv.encode(NL, 'macintosh');
    for (const label of ['x-mac-roman', 'mac', 'macintosh']) expect(decode(bytes, { encoding: label })).toMatchObject({ text: NL, encoding: 'macintosh' });
  });

  it('a forced encoding that cannot read some bytes reports them', () => {
    expect(codes(decode(Buffer.from(NL, 'utf8'), { encoding: 'ascii' }))).toEqual(['SENQ_DECODE_FAILED']);
  });
});

describe('a UTF-8 file with a few stray bytes', () => {
  it('stays UTF-8; the stray byte is read as Windows-1252, with a warning at its place', () => {
    const lines = SEED.split('\n');
    const at = lines.findIndex((l) => l.includes('ë'));
    expect(at).toBeGreaterThan(0);
    // A line pasted from a Windows-1252 file: "café" with é as the byte E9.
    const before = Buffer.from(`${lines.slice(0, at).join('\n')}\ncaf`, 'utf8');
    const after = Buffer.from(`\n${lines.slice(at).join('\n')}`, 'utf8');
    const d = decode(Buffer.concat([before, Buffer.from([0xe9]), after]));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(`${lines.slice(0, at).join('\n')}\ncafé\n${lines.slice(at).join('\n')}`);
    expect(d.diagnostics).toEqual([expect.objectContaining({ code: 'SENQ_MIXED_ENCODING', line: at + 1, column: 4 })]);
  });

  it('the same with a UTF-8 byte-order mark: the BOM does not make a stray byte an error', () => {
    const d = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('België en ', 'utf8'), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from(' officiële cijfers', 'utf8')]));
    expect(d.text).toBe('België en café officiële cijfers');
    expect(codes(d)).toEqual(['SENQ_MIXED_ENCODING']);
  });

  it('a real Windows-1252 file, even with a few byte pairs that happen to be valid UTF-8, is still read as Windows-1252', () => {
    const d = decode(iconv.encode(`${FR}\n${NL}\nÃ© and Ã« as printed by a damaged page\n`, 'windows-1252'));
    expect(d.encoding).toBe('windows-1252');
  });
});

describe('single-byte guess', () => {
  it.each([
    ['windows-1252', 'cp1252', NL],
    ['windows-1252', 'cp1252', FR],
    ['macintosh', 'macintosh', NL],
    ['macintosh', 'macintosh', FR],
  ] as const)('reads %s text back (%s)', (name, enc, text) => {
    const d = decode(iconv.encode(text, enc));
    expect(d.encoding).toBe(name);
    expect(d.text).toBe(text);
    expect(codes(d)).toEqual(['SENQ_ENCODING_GUESSED']);
  });

  it.each(['cp1252', 'macintosh'] as const)('reads a long multi-paragraph NL/FR file back (%s)', (enc) => {
    // Mac Roman and Mac Central European share most letters: a long
    // Windows-1252 file read as Mac Roman must not pass for Senate damage.
    const text = [...DUTCH, ...FRENCH, ...HELD_OUT_DUTCH, ...HELD_OUT_FRENCH].filter((p) => !p.includes('€')).join('\n\n');
    const d = decode(iconv.encode(text, enc));
    expect(d.encoding).toBe(enc === 'cp1252' ? 'windows-1252' : 'macintosh');
    expect(d.text).toBe(text);
  });

  it('ISO-8859-1 is read and reported as windows-1252', () => {
    const text = FR.replace(/’/gu, "'");
    const d = decode(iconv.encode(text, 'latin1'));
    expect(d).toMatchObject({ text, encoding: 'windows-1252' });
  });

  it('a Mac Roman é (8E) is é, not Windows-1252 Ž', () => {
    const d = decode(iconv.encode('Er is één probleem met het comité en de café’s.', 'macintosh'));
    expect(d.encoding).toBe('macintosh');
    expect(d.text).toContain('één');
  });

  it('the 8E trap: a Windows-1252 file saved from a damaged page keeps Ž, which repair makes ë', () => {
    const damaged = 'De potentiŽle klanten en de officiŽle statistiek van de overheid.';
    const d = decode(iconv.encode(damaged, 'cp1252'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe(damaged);
    expect(repair(d.text).text).toBe('De potentiële klanten en de officiële statistiek van de overheid.');
  });

  it('keeps undefined Windows-1252 bytes as U+0081… and warns', () => {
    const d = decode(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0x81, 0x8d, 0x8f, 0x90, 0x9d]));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('café\n\u0081\u008d\u008f\u0090\u009d');
    const lossy = d.diagnostics.find((x) => x.code === 'SENQ_LOSSY_TEXT');
    expect(lossy).toMatchObject({ line: 2, column: 1 });
  });

  it('--encoding overrides the guess', () => {
    const bytes = iconv.encode(NL, 'macintosh');
    expect(decode(bytes, { encoding: 'windows-1252' }).encoding).toBe('windows-1252');
    expect(decode(bytes, { encoding: 'macintosh' }).text).toBe(NL);
  });
});

describe('the seed in other encodings gives the same record', () => {
  const strip = (bytes: Uint8Array) => {
    const r = parse(bytes);
    return r.records.map(({ source, diagnostics, ...rest }) => ({
      rest,
      source: { ...source, bytes: 0, sha256: '' },
      diagnostics: diagnostics.filter((d) => d.code !== 'SENQ_ENCODING_GUESSED'),
    }));
  };
  const original = strip(Buffer.from(SEED, 'utf8'));
  it.each([
    ['windows-1252', () => iconv.encode(SEED, 'cp1252')],
    ['utf-16le', () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SEED, 'utf-16le')])],
    ['utf-8', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED, 'utf8')])],
  ] as const)('%s', (encoding, bytes) => {
    const got = strip(bytes());
    expect(got.map((g) => g.source.encoding)).toEqual([encoding]);
    expect(got.map((g) => g.rest)).toEqual(original.map((o) => o.rest));
    expect(got.map((g) => g.diagnostics)).toEqual(original.map((o) => o.diagnostics));
  });
});

describe('single-byte guess with little evidence', () => {
  it('keeps a Windows-1252 file whose only high bytes are em dashes as Windows-1252', () => {
    const text = 'Vraag nr. 3-4410 van mevrouw Claes d.d. 12 januari 2006 (N.) :\nGevangenissen. — Bibliotheken.\n';
    const d = decode(iconv.encode(text, 'cp1252'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe(text);
  });
});
