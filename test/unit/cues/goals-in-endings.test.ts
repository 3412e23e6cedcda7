// Goals in a termination note (read on the development sets in the twenty-second session), written as new fictitious sentences,
// each beside a look-alike: a GIRP Goal line that names the ending itself ("G: Close the weekly sessions after the exams"), a
// review of the goals, or a goal reported met is the session's business, not a goal set without the client; a treatment goal
// stated there with no sign of the client's part still is one.
import { table } from './sentence-table.js';

const girp = (goal: string): string =>
  `G: ${goal}\n\nI: Went through the relapse card and what she will do if the panic comes back.\n\nR: Said she feels ready.\n\nP: Discharge letter to the GP this week.`;

describe('goals in a termination note: the ending itself, a review, or a goal met', function () {
  this.timeout(20000);
  table(
    'goals-collaborative',
    [
      ['Close the weekly sessions after the exams.', false],
      ['Final review before discharge to the GP.', false],
      ['Review of the treatment plan goals.', false],
      ['Ride the bus into town alone: met.', false],
      ['Ride the bus into town alone.', true],
      ['Reduce panic attacks to fewer than one a week.', true],
    ],
    girp,
    'termination',
  );
});
