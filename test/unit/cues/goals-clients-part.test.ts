// Goals: the client's part in more words (read on the development sets learned from in the twenty-second session), written as new
// fictitious sentences, each beside a look-alike: goals the client wrote or formulated, the couple's own goals, the client's words
// named by their role ("(YP's words)"), a named client's own number, goals said to be the client's own, a possessive aside with more
// after it ("(hers, from session 2)"). A client's-part phrase in a bracketed aside is read in the aside alone when the sentence
// would rule it out: the goal's "could" or the people it names do not reach into it.
import { table } from './sentence-table.js';

const inPlan = (goal: string): string => `# Treatment plan\n\n${goal}\n\n## Plan\n\n- Next session 8/10: exposure hierarchy.`;

describe("goals: the client's part in more words", function () {
  this.timeout(20000);
  table(
    'goals-collaborative',
    [
      ['Goals he wrote on the referral form: walk the dog daily; sleep before midnight.', false],
      ["The couple's own goals: talk about money without shouting; one evening out a month.", false],
      ["Goal: to stop freezing when the phone rings (YP's words).", false],
      ["Goal: hold my nerve on the first serve (player's words, from session 1).", false],
      ["Goal: cut weekday gaming from 10 h to 5 h (Kwame's own number).", false],
      ["Goal: back on the night bus by spring (the goals are Marisol's own).", false],
      ['Term goal (hers, from session 2): speak once in every seminar.', false],
      ['Goal that Mrs. Adebayo-Price formulated herself: read the letters without losing the day.', false],
      ["Goal: cut weekday gaming from 10 h to 5 h (his dad's number).", true],
      ['Goals the school wrote on the referral form: attend every lesson.', true],
    ],
    inPlan,
    'treatment-plan',
  );
});

describe("goals: a client's-part phrase in a bracketed aside is read in the aside alone", function () {
  this.timeout(20000);
  table(
    'goals-collaborative',
    [
      ["Goal: a bedtime both parents could live with (Noor's words at the first session).", false],
      ['Goal: a bedtime both parents could live with (set by the ward team).', true],
    ],
    inPlan,
    'treatment-plan',
  );
});
