// A quoted complaint phrase brought in by praise (read on the development sets learned from in the twenty-second session), written
// as new fictitious sentences, each beside a look-alike: what the client likes the therapist not doing ("likes that I "don't tell
// him what to do"", "I like that you don't just tell me to…") is praise, not a complaint; the same words after no praise are one.
import { table } from './sentence-table.js';

describe('a quoted complaint phrase brought in by praise is what the client valued', function () {
  this.timeout(20000);
  table('confrontation-repair', [
    ['Omar: "I like that you don\'t just tell me to stop gaming." We went on with the sleep plan.', false],
    ['He said he likes that I "don\'t tell him what to do like his dad does". We went on with the sleep plan.', false],
    ['Omar: "you don\'t just tell me to stop gaming, you never listen." We went on with the sleep plan.', true],
  ]);
});
