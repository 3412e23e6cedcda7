// A negation does not reach a clause joined by "and" that has the client as its own subject (the twentieth session, from the
// development set dev8): "never did anything and she only came because…" says what she did. A condition or a time still reaches
// the joined clause, so the look-alike planned for "if" stays hypothetical. New fictitious sentences.
import { table } from './sentence-table.js';

describe('a negation stops at "and" with the client as a new subject', function () {
  this.timeout(20000);
  table('confrontation-repair', [
    ['He said the breathing never helped once and he only turns up because his probation officer checks.', true],
    ['She said nothing had changed in six weeks and she only comes because the school phones her mum.', true],
    ['He said the breathing helped and that he comes because he wants to sleep again.', false],
  ]);
  table('withdrawal-repair', [
    ['No small talk today and she went silent when I brought up the exposure list.', true],
    ['If she feels rushed and she goes quiet, we will slow down and ask what happened.', false],
  ]);
});
