// Pride now in something done before: the date in the sentence is the deed's, not the pride's ("she is proud she did not give
// up in March", "Proud he ran 3k last Sunday"); pride told as then ("was proud of it at the time") is not this ending's, nor is
// someone described as "a proud man". New fictitious sentences.
import { endingTable } from './sentence-table.js';

describe('pride now in what was done before', function () {
  this.timeout(20000);
  endingTable([
    ['pride', 'Final session. She is proud she did not cancel a single visit in January.', true],
    ['pride', 'Final session. Proud he swam two lengths last Saturday.', true],
    ['pride', 'Final session. She was proud of the certificate at the time, back in 2019, and has not thought of it since.', false],
    ['pride', 'Final session. He said his grandfather was a proud man who never asked for help.', false],
  ]);
});
