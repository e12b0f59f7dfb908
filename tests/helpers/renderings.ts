// Renderings checked as golden files besides expected.json. A fixture opts in
// by having the file; `npm run fixtures:update` refreshes the ones present.
import { render } from '../../src/format/index.js';
import type { QuestionRecord } from '../../src/types.js';

export const goldenRenderings: Record<string, (records: QuestionRecord[]) => string> = {
  'expected.csv': (records) => render('csv', records),
  'expected.md': (records) => render('md', records),
};
