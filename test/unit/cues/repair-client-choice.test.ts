// Handing the client the whether and the when of a topic they pulled back from is a repair (3RS immediate: allying with the
// defensive posture, changing the task with the client), in new fictitious sentences, each beside a look-alike that is not one:
// leaving the topic without offering the choice, and the client's own "we can leave that".
import { table, PLAN } from './sentence-table.js';

describe('a repair that hands the client the choice of whether and when', function () {
  this.timeout(20000);

  const withdrawal = 'When I asked about the repossession letter he stopped talking and looked at the floor.';

  table(
    'withdrawal-repair',
    [
      ['I said we could leave it and come back to it whenever he was ready.', false],
      ['I told him we would only go there if he wanted to.', false],
      ['I said it was his call, and he chose to talk about the van instead.', false],
      ['I said that he was in charge of the pace in here; he nodded.', false],
      ['I said we could leave it and moved on to the sleep plan.', true],
      ['He said "we can leave that until I am ready" and went back to the football.', true],
    ],
    (response) => `${withdrawal} ${response}${PLAN}`,
  );
});
