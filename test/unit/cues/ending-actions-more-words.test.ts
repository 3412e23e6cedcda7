// An ending action in words the phrase lists missed until the twenty-first session (held-out development sets). Looking back
// together: whatever was reviewed, reviewed together. Beside each, a look-alike that is not the action. New fictitious sentences.
import { endingTable, PLAN, table } from './sentence-table.js';

describe('looking back together, in more words', function () {
  this.timeout(20000);
  endingTable([
    ['mutual-review', 'Final session. Reviewed the fear ladder together, rung by rung.', true],
    ['mutual-review', "Final session. Rev'd w/ cl: the first and last sleep diaries.", true],
    ['mutual-review', 'Final session. Reviewed the relapse plan together and gave her a copy.', false],
  ]);
  // Whatever was reviewed together may be the day's task: a withdrawal just after it is still today's, not the therapy looked back on.
  table(
    'withdrawal-repair',
    [['Last session. Reviewed the exposure diary together. When I asked about the funeral he went quiet and said little else for the hour.', true]],
    (s) => s + PLAN,
    'termination',
  );
});
