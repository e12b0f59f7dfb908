// The interrupt clean-up must remove a staging folder even when a write that
// was still running adds a file to it between rm's listing and its removal
// of the folder: rm then fails (ENOTEMPTY) however often it retries the
// folder alone. Simulated here: the first rm fails as it would.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const failures = { left: 0 };
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    rmSync: (path: string, options: Parameters<typeof real.rmSync>[1]) => {
      if (failures.left > 0) {
        failures.left--;
        throw Object.assign(new Error(`ENOTEMPTY: directory not empty, rmdir '${path}'`), { code: 'ENOTEMPTY' });
      }
      real.rmSync(path, options);
    },
  };
});

const { registerTemporary, removeTemporaries, temporaries } = await import('../src/cli/interrupt.js');

describe('interrupt clean-up', () => {
  it('removes a staging folder that a late write made non-empty as the first removal ran', () => {
    const staging = join(mkdtempSync(join(tmpdir(), 'senq-cleanup-')), '.senq-staging-1.ab');
    mkdirSync(staging);
    writeFileSync(join(staging, 'late.json'), '{}');
    registerTemporary(staging);
    failures.left = 1;
    removeTemporaries();
    expect(existsSync(staging)).toBe(false);
    expect(temporaries()).toEqual([]);
  });
});
