// "Made some progress" names no change (the twentieth session: on the development sets such lines in termination notes were
// labelled "gains missing" every time). Progress on something, or a change named beside it, is still a gain. New fictitious sentences.
import { endingTable } from './sentence-table.js';

describe('a little progress with nothing named is not a gain', function () {
  this.timeout(20000);
  endingTable([
    ['gains', 'Final session. Looked back at the work together. She feels she has made some progress and is "a bit better in herself".', false],
    ['gains', 'Last appointment by phone. Some progress made overall; he is keen to stop.', false],
    ['gains', 'Last appointment by phone. He has made some progress on the checking: down from two hours a night to twenty minutes.', true],
    ['gains', 'Final session. She has made some progress; the flashbacks are down to one a fortnight.', true],
  ]);
});
