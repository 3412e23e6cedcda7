// Gains as clinicians count them at the end of therapy (read on test/fixtures/ending-dev in the eighteenth session), written as
// new fictitious sentences, each beside a look-alike: a change told in figures before and after, a run without the problem,
// back within range; a change a parent reports is the child's; progress said only in general, a single score or a score below
// a cut-off names no change.
import { endingTable } from './sentence-table.js';

describe('gains named at the end of therapy', function () {
  this.timeout(20000);

  describe('figures before and after', () => {
    endingTable([
      ['gains', 'Panic attacks: 4/wk → 1/month.', true],
      ['gains', 'Cigarettes 20 a day -> 5 a day by the last session.', true],
      ['gains', 'Now at the gym twice a week (was never).', false],
      ['gains', 'Now walks the dog daily (was 0 walks a week).', true],
      ['gains', 'CORE-10 23 at assessment, 9 at the final session.', true],
      ['gains', 'CORE-10 23 at assessment.', false],
    ]);
  });

  describe('a run without the problem, and back within range', () => {
    endingTable([
      ['gains', 'Eleven weeks on: 21 consecutive dry nights.', true],
      ['gains', 'No school exclusions for 6 weeks.', true],
      ['gains', 'No new arrests in 9 months.', true],
      ['gains', 'No sessions for 6 weeks over the summer.', false],
      ['gains', 'Blood sugars back within the normal range.', true],
      ['gains', 'PHQ-9 below the clinical cut-off today.', false],
      ['gains', 'Screen time down to the agreed hour on weeknights.', true],
    ]);
  });

  describe('a change a parent reports is the child’s', () => {
    endingTable([
      ['gains', 'Mum reports Leo has had no meltdowns at bedtime for 4 weeks.', true],
      ['gains', 'Dad: homework handed in 9 of 10 times (2 of 10 at the start).', true],
      ["gains", "Leo's sister has had no meltdowns for 4 weeks.", false],
    ]);
  });

  describe('progress said only in general', () => {
    endingTable([
      ['gains', 'He has made good progress overall.', false],
      ['gains', 'Made good progress in my view.', false],
      ['gains', 'She is handling things a lot better in general.', false],
      ['gains', 'She is handling mornings a lot better.', true],
    ]);
  });
});
