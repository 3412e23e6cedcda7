// The therapist's question and the client's turning away set side by side with a semicolon or a dash, in new fictitious
// sentences: the body-away answer is a withdrawal as it is after "when I asked …"; asked by someone else, it is not aimed at the
// therapist.
import { table, PLAN } from './sentence-table.js';

describe('a withdrawal answering the question set beside it', function () {
  this.timeout(20000);

  table(
    'withdrawal-repair',
    [
      ['Asked about the hearing date; he turned his chair to the wall and said nothing more.', true],
      ['I asked about the phone call from the bank; she pulled her hood up.', true],
      ['T raised the inquest - Cl turned his face to the window.', true],
      ['Her father asked about college; she turned her chair to the window.', false],
      ['The nurse mentioned the scan; he pulled his hood up.', false],
    ],
    (sentence) => `${sentence}${PLAN}`,
  );
});
