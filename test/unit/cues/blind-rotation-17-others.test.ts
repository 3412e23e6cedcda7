// Misses of the thirty-eighth to forty-first blind sets on every rule but the three rupture rules, now development sets: the
// general forms they showed were missing, written again in new fictitious notes and sentences, each beside a look-alike that
// must not count.
// Sections: headings that spell out a format's initials (`## D`, `## A`, `## P` in a DAP note) name its sections; one bare
// letter heading alone (an appendix `## A`) names none.
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint.js';
import { config } from './sentence-table.js';

describe('thirty-eighth to forty-first blind sets: sections, tasks, goals, context, reactions, endings, labels and identifiers', function () {
  this.timeout(20000);

  describe('sections: headings that spell out the format\'s initials', () => {
    const missing = (format: string, body: string): string[] =>
      lint(`---\ntype: progress\nformat: ${format}\nclient: C-7702\ndate: 2026-09-14\nsession: 3\n---\n\n${body}\n`, { config })
        .findings.filter((f) => f.ruleId === 'required-sections')
        .map((f) => String(f.detail));
    it('single-letter headings of the declared format name its sections', () => {
      assert.deepEqual(missing('DAP', '## D\nSlept 6 h most nights.\n\n## A\nSleep pressure building.\n\n## P\nNext session 9/21: review the sleep window.'), []);
      assert.deepEqual(
        missing('BIRP', '# B\nRestless, on time.\n\n# I\nGrounding practice.\n\n# R\nCalmer by the end.\n\n# P\nNext session 9/21: grounding on the bus.'),
        [],
      );
    });
    it('the letters still show which section is missing', () => {
      assert.deepEqual(missing('SOAP', '## S\nLow week.\n\n## O\nFlat affect.\n\n## P\nNext session 9/21: activity diary.'), ['Assessment']);
    });
    it('one bare letter heading alone names nothing', () => {
      assert.deepEqual(
        missing('SOAP', '## Subjective\nLow week.\n\n## Objective\nFlat.\n\n## Plan\nNext session 9/21: diary.\n\n## A\nHandout list.').sort(),
        ['Assessment'],
      );
    });
  });
});
