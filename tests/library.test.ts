// The library call as a JavaScript caller may make it: bytes in any view,
// values outside the TypeScript types, option values senq does not know.
// parse() never throws and never uses such a value silently.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import vm from 'node:vm';
import { parse, repair } from '../src/index.js';
import type { ParseOptions } from '../src/types.js';

const SEED = readFileSync('fixtures/seed-screen-nl-answered/input.txt');
const codes = (r: ReturnType<typeof parse>) => r.diagnostics.map((d) => d.code);
/** parse() as plain JavaScript may call it. */
const untyped = parse as (input: unknown, options?: unknown) => ReturnType<typeof parse>;

describe('parse() inputs', () => {
  it('reads the same bytes from a Buffer, an ArrayBuffer, a DataView or another typed array', () => {
    const expected = JSON.stringify(parse(new Uint8Array(SEED)));
    const copy = SEED.buffer.slice(SEED.byteOffset, SEED.byteOffset + SEED.byteLength);
    for (const input of [SEED, copy, new DataView(copy), new Uint16Array(copy.slice(0, SEED.byteLength - (SEED.byteLength % 2)))]) {
      const result = untyped(input);
      if (input instanceof Uint16Array) {
        // An even cut of the same bytes: the same page less its last byte, counted in bytes.
        expect(result.records[0]?.source.bytes).toBe(input.byteLength);
      } else {
        expect(JSON.stringify(result)).toBe(expected);
      }
    }
  });

  it('reads a SharedArrayBuffer and a buffer from another realm as bytes', () => {
    const shared = new SharedArrayBuffer(SEED.byteLength);
    new Uint8Array(shared).set(SEED);
    expect(untyped(shared).records[0]?.id).toBe('5-8905');
    const foreign = vm.runInNewContext('new Uint8Array(n).buffer', { n: SEED.byteLength }) as ArrayBuffer;
    new Uint8Array(foreign).set(SEED);
    expect(untyped(foreign).records[0]?.id).toBe('5-8905');
  });

  it('reports anything else as SENQ_INPUT_TYPE, with no record and no internal error', () => {
    const detached = new ArrayBuffer(8);
    structuredClone(detached, { transfer: [detached] });
    for (const input of [null, undefined, 42, 10n, { text: 'x' }, ['a'], detached]) {
      const result = untyped(input);
      expect(result.records).toEqual([]);
      expect(codes(result)).toEqual(['SENQ_INPUT_TYPE']);
    }
  });
});

describe('parse() options', () => {
  it('ignores an unknown assumePath, an id that is no L-N and a path that is no string, each with SENQ_BAD_OPTION', () => {
    for (const options of [
      { assumePath: 'CP1252>MACCENTEURO' },
      { assumePath: 10n },
      { id: 'banana' },
      { id: '0-1' },
      { id: ['5-8905'] },
      { path: 5 },
      { encoding: 123 },
      { repair: 'no' },
    ]) {
      const result = untyped(SEED, options);
      expect(codes(result).filter((c) => c === 'SENQ_BAD_OPTION')).toHaveLength(1);
      expect(result.records[0]?.id).toBe('5-8905');
    }
    expect(untyped(SEED, { path: 5 }).records[0]?.source.path).toBeNull();
    // Like any report without a place, it travels with every record too.
    expect(untyped(SEED, { id: 'banana' }).records[0]?.diagnostics.map((d) => d.code)).toContain('SENQ_BAD_OPTION');
    // repair() says so too.
    expect(repair('x', { assumePath: 'bogus' }).diagnostics.map((d) => d.code)).toEqual(['SENQ_BAD_OPTION']);
    // Known values, and no options at all, draw nothing.
    const fine: Array<ParseOptions | null | undefined> = [{ assumePath: 'cp1252>maccenteuro', id: '5-8905', path: 'x.txt' }, {}, undefined, null];
    for (const options of fine) expect(codes(untyped(SEED, options))).not.toContain('SENQ_BAD_OPTION');
  });

  it('still reports lost characters with repair: false', () => {
    const page = SEED.toString('utf8').replace('potentiŽle', 'potenti\uFFFDle');
    expect(codes(parse(page))).toContain('SENQ_LOSSY_TEXT');
    expect(codes(parse(page, { repair: false }))).toContain('SENQ_LOSSY_TEXT');
  });
});

describe('exported registries', () => {
  it('cannot be changed by a caller for every later call', async () => {
    const { CODES, TABLES, getFormat, render, recordSchema } = await import('../src/index.js');
    const mutable = (o: unknown) => o as Record<string, unknown>;
    expect(() => {
      mutable(CODES.SENQ_LIST_LOST).severity = 'error';
    }).toThrow(TypeError);
    expect(() => delete mutable(TABLES)['items.csv']).toThrow(TypeError);
    expect(() => {
      (mutable(TABLES['items.csv']).header as string[])[0] = 'HACKED';
    }).toThrow(TypeError);
    expect(() => {
      mutable(recordSchema).title = 'HACKED';
    }).toThrow(TypeError);
    expect(() => {
      mutable(getFormat('json')).create = () => null;
    }).toThrow(TypeError);
    expect(parse(SEED).diagnostics.filter((d) => d.code === 'SENQ_LIST_LOST').map((d) => d.severity)).toEqual(['warning', 'warning']);
    expect(render('json', parse(SEED).records)).toContain('"id": "5-8905"');
  });
});
