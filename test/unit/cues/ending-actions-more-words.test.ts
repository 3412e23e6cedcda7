// Two ending actions in words the phrase lists missed until the twenty-first session (held-out development sets). Skills carried
// beyond therapy: spilled into another part of life, done the way it was practised, taught to someone, used with other people, at a
// place of the client's life or for an event in it. Looking back together: whatever was reviewed, reviewed together. Beside each, a
// look-alike that is not the action. New fictitious sentences.
import { endingTable, PLAN, table } from './sentence-table.js';

describe('skills beyond therapy and looking back together, in more words', function () {
  this.timeout(20000);
  endingTable([
    ['skills-beyond', 'Final session. The pacing has spilled into his allotment days.', true],
    ['skills-beyond', 'Final session. She talks to her manager the way we practised talking to her mother.', true],
    ['skills-beyond', 'Final session. He has taught the wind-down routine to his younger brother.', true],
    ['skills-beyond', 'Final session. She uses the worry postponement with the new starters at the depot.', true],
    ['skills-beyond', 'Final session. He uses cannabis less, mostly at weekends.', false],
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
