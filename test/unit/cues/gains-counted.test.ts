// Gains as clinicians count them, in words the phrase lists missed until the twenty-first session (held-out development sets): a
// change as a fraction, a level reached as a count, a rate in brackets as it used to be, a goal named and then met, and a run
// without a harm or a habit. Beside each, a look-alike that names no change. New fictitious sentences.
import { endingTable } from './sentence-table.js';

describe('gains counted as a fraction, a level reached, a rate as it was, a goal met or a run without', function () {
  this.timeout(20000);
  endingTable([
    ['gains', 'Final session. Looked back over the work together. Her migraine days have halved since the spring.', true],
    ['gains', 'Final session. Looked back over the work together. The pulling is down to a few times a week.', true],
    ['gains', 'Final session. Looked back over the work together. Night waking now once or twice a week (was nightly).', true],
    ['gains', 'Final session. Looked back over the work together. His goal of walking to the post office alone was met in May.', true],
    ['gains', 'Final session. Looked back over the work together. He has not shouted at the children for six weeks.', true],
    ['gains', 'Final session. Looked back over the work together. In the end it came down to trust, she said.', false],
    ['gains', 'Final session. Looked back over the work together. She hopes to cut down to two cans a night.', false],
  ]);
});
