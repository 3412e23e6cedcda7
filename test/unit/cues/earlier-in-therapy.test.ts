// "Earlier in therapy", "earlier in the calls", "earlier in our work": another time than this session, so a rupture told with it is
// history (the corpus README: historical markers are not markers); "earlier in the session" is today's. New fictitious sentences.
import { table, PLAN } from './sentence-table.js';

describe('a rupture told as earlier in the therapy is history', function () {
  this.timeout(20000);

  table(
    'confrontation-repair',
    [
      ['Earlier in therapy he had called the sessions "a waste of my dinner hour"; he laughed about it today.', false],
      ['Earlier in the calls she had snapped that I "never listen".', false],
      ['Earlier in the session she snapped that I "never listen", and we did not come back to it.', true],
    ],
    (sentence) => `${sentence}${PLAN}`,
  );
});
