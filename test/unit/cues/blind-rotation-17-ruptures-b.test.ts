// Rupture misses of the fortieth and forty-first blind sets, now development sets: the shapes of wording
// and structure they showed, written again in new fictitious sentences, each beside a look-alike that
// must not count.
// Structure: a phrasal "on" with a person says whom a move was aimed at ("went quiet on me" against
// "has gone quiet on her"); minimising an event or one's part is the client's account unless the
// session or the therapist is in the sentence.
import { table } from './sentence-table.js';

describe('development set rupture misses (the fortieth and forty-first blind sets, now examined)', function () {
  this.timeout(20000);

  describe('withdrawal', () => {
    table('withdrawal-repair', [
      // Whom the silence was aimed at, after "on".
      ['His brother has gone quiet on him since the funeral.', false],
      ['Her flatmate went cold on her after the argument about rent.', false],
      ['When I raised the inquest she went quiet on me for several minutes.', true],
      ['He went quiet on me in session when I asked about the night shift.', true],
      ['She went quiet on the subject of the loan when I asked about it.', true],
      // Minimising told as the client's account, against minimising in answer to the therapist.
      ['Went through the car park fight step by step but minimised his role in it.', false],
      ['Her account of the binge minimises the impact on her son.', false],
      ['When I asked about the argument she minimised it and moved on to the weather.', true],
      ['He minimised the overdose in session today, laughing as he said it.', true],
    ]);
  });
});
