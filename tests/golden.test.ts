// Every fixture parses to its expected.json, and so does the same text
// re-encoded (CRLF line ends, a UTF-8 BOM, UTF-16LE with BOM, Windows-1252
// bytes where the text fits): only `source` and the encoding note may differ.
import iconv from 'iconv-lite';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { ParseResult } from '../src/types.js';
import { listFixtures, serialise } from './helpers/fixtures.js';
import { goldenRenderings } from './helpers/renderings.js';

const fixtures = listFixtures();

/** Strip what legitimately depends on the bytes: the source and the encoding guess. */
function comparable(result: ParseResult): unknown {
  const strip = (ds: ParseResult['diagnostics']) => ds.filter((d) => d.code !== 'SENQ_ENCODING_GUESSED');
  return {
    diagnostics: strip(result.diagnostics),
    records: result.records.map((r) => ({ ...r, source: { path: r.source.path }, diagnostics: strip(r.diagnostics) })),
  };
}

function reencodings(text: string): Array<[string, Buffer]> {
  const out: Array<[string, Buffer]> = [
    ['CRLF', Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf8')],
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])],
  ];
  const cp1252 = iconv.encode(text, 'cp1252');
  if (iconv.decode(cp1252, 'cp1252') === text && /[^\x00-\x7f]/.test(text)) out.push(['Windows-1252', cp1252]);
  return out;
}

it('has fixtures', () => {
  expect(fixtures.length).toBeGreaterThan(0);
});

describe.each(fixtures)('fixture $name', (fixture) => {
  const result = parse(fixture.input, fixture.options);

  it('matches expected.json', () => {
    const expected = readFileSync(join(fixture.dir, 'expected.json'), 'utf8');
    expect(serialise(result)).toBe(expected);
  });

  for (const [file, render] of Object.entries(goldenRenderings)) {
    const target = join(fixture.dir, file);
    if (!existsSync(target)) continue;
    it(`matches ${file}`, () => {
      expect(render(result.records)).toBe(readFileSync(target, 'utf8'));
    });
  }

  it.each(reencodings(fixture.input.toString('utf8')))('gives the same records re-encoded as %s', (_name, bytes) => {
    expect(comparable(parse(bytes, fixture.options))).toEqual(comparable(result));
  });
});
