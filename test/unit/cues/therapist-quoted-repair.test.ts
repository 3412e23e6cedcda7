// The therapist's own words, quoted, are the therapist's repair when the therapist is the one saying them ("T said 'that's on me,
// shall we park it?'"); quoted words someone else says ("Her dad said 'sorry, he does this'") are not. New fictitious sentences.
import { table, PLAN } from './sentence-table.js';

describe("a repair in the therapist's own quoted words", function () {
  this.timeout(20000);

  const withdrawal = 'Partway through he went blank when asked about the crash, camera tipped to the ceiling, two minutes with no reply.';

  table(
    'withdrawal-repair',
    [
      ['T said "I went straight to the worst bit, that\'s on me, shall we park it?" and he came back on screen.', false],
      ['I said, "sorry, I rushed you there, shall we leave it?" and he nodded.', false],
      ['His dad said "sorry, he does this" and we went on with the sleep diary.', true],
    ],
    (response) => `${withdrawal} ${response}${PLAN}`,
  );
});
