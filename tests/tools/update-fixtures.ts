// Regenerate every fixture's expected.json (and expected.csv / expected.md
// where the format is registered) from the current parser:
//   npm run fixtures:update            (all fixtures)
//   npm run fixtures:update -- NAME…   (only these)
// Review the git diff afterwards: the expected files are checked by hand.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/index.js';
import { listFixtures, serialise } from '../helpers/fixtures.js';
import { goldenRenderings } from '../helpers/renderings.js';

const only = new Set(process.argv.slice(2));
for (const fixture of listFixtures()) {
  if (only.size > 0 && !only.has(fixture.name)) continue;
  const result = parse(fixture.input, fixture.options);
  writeFileSync(join(fixture.dir, 'expected.json'), serialise(result));
  for (const [file, render] of Object.entries(goldenRenderings)) {
    // Other renderings are opt-in per fixture: only refreshed where present.
    const target = join(fixture.dir, file);
    if (existsSync(target)) writeFileSync(target, render(result.records));
  }
  console.log(`updated ${fixture.name}`);
}
