// The client's own quoted complaint about the therapy (read on the development sets in the eighteenth session), written as new
// fictitious sentences, each beside a look-alike: a phrase that names the therapy counts inside the client's quotation when it is
// said to the therapist or of the therapy; the client's hopelessness in quotation marks, or someone else's quoted complaint, does
// not.
import { table } from './sentence-table.js';

describe("the client's own quoted complaint about the therapy", function () {
  this.timeout(20000);
  table('confrontation-repair', [
    ['Halfway through he said, "I don\'t see the point of these worksheets, you give me the same ones every week." We went on with the next sheet.', true],
    ['Near the end she said: "You just nod. This is a waste of my lunch hour." I carried on with the relapse card.', true],
    ['Asked about mornings, he said, "I don\'t see the point of getting up most days." We went on with the activity diary.', false],
    ['She said her manager had told her, "This is a waste of my time," and she cried about it. We went on with the activity diary.', false],
  ]);
});
