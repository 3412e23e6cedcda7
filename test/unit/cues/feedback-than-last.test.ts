// Feedback: this session's work set against the last one's, in reported words, and the session as what the client needed today
// (read on the development sets learned from in the twenty-second session), written as new fictitious sentences, each beside a
// look-alike about the client's week.
import { table } from './sentence-table.js';

describe("feedback: this session's work set against the last one's, and what the client needed today", function () {
  this.timeout(20000);
  table('feedback-recorded', [
    ['She said the call helped more than last week.', false],
    ['He said the role-play made more sense than last time.', false],
    ['She said drawing it out rather than talking was what she needed today.', false],
    ['She said her new job was going better than last month.', true],
    ['He said a week at his sister\'s was what he needed.', true],
  ], (s) => `Worked on the sleep diary and the panic cycle.\n\n${s}\n\n## Plan\n\n- Next session 8/10: graded walk to the post office, twice.`);
});
