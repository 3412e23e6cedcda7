// A negation in the client's words stops at a new clause (read on the development sets in the eighteenth session), written as new
// fictitious sentences, each beside a look-alike: a comma before a question word (or before "this is") opens a clause the earlier
// "not" or "never" does not reach, and "I don't see why" negates nothing after it; a negation of the complaint itself still holds.
import { table } from './sentence-table.js';

describe('a negation in the client\'s words stops at a new clause', function () {
  this.timeout(20000);
  table('confrontation-repair', [
    ['Midway he said, "You\'re not a builder, what would you know about scaffolding." I carried on with the worry log.', true],
    ['She said, "You\'ve never lost anyone, how would you know what it\'s like." I carried on with the grief timeline.', true],
    ['He said, "I don\'t see why you keep bringing up my dad." We went on with the diary.', true],
    ['He said the session was not a waste of his time and that the diary helped. We went on with the diary.', false],
  ]);
});
