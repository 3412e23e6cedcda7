// Explaining how something works after a client pulled away (how the groups run, how the benefit is paid) is information, the
// psychoeducation the corpus README says is no repair step; explaining how the exercise could help, or why we do it, is the
// rationale the 3RS counts. New fictitious sentences.
import { table, PLAN } from './sentence-table.js';

describe('explaining how something works is not a rationale for the task', function () {
  this.timeout(20000);

  const withdrawal = 'When I asked about the night of the flood he turned his chair to the window and stopped answering for the rest of the hour.';

  table(
    'withdrawal-repair',
    [
      ["I let the silence sit and then explained how the drop-in's groups run.", true],
      ['Then I explained how the food bank referral works.', true],
      ['I explained how the exercise could help with the flashbacks, and asked what he made of it.', false],
      ['I explained why we keep coming back to that night, and asked whether it felt too soon.', false],
    ],
    (response) => `${withdrawal} ${response}${PLAN}`,
  );
});
