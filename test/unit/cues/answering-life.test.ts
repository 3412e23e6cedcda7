// Not answering someone's messages, calls or door (read on the held-out development folds in the twenty-second session), written as
// new fictitious sentences, each beside a look-alike: a life pulled back from is not a withdrawal from the session; not answering
// the therapist still is.
import { table } from './sentence-table.js';

describe("not answering someone's messages, calls or door is not a withdrawal from the session", function () {
  this.timeout(20000);
  table('withdrawal-repair', [
    ['He has stopped answering his sister\'s calls since the funeral. We went on with the sleep plan.', false],
    ['She stopped answering the netball group chat in March. We went on with the sleep plan.', false],
    ['When I asked about the funeral he stopped answering and looked at his phone. We went on with the sleep plan.', true],
    ['She stopped answering me when the letter came up. We went on with the sleep plan.', true],
  ]);
});
