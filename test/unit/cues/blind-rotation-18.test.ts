// Rupture misreadings of the forty-second to forty-seventh blind sets, now development sets: the shapes of
// wording and structure they showed, written again in new fictitious sentences, each beside a look-alike
// that must still count.
// Structure: a field whose label holds the history ("Psych hx:", "Previous therapy:") speaks for what it
// heads; "last term" and "last visit" date what follows as "last session" does; a sentence that ends inside
// a quotation ends a negation's reach ("I still cannot drive. When does it start to work?").
// Words: owning a mistake in plain words and "we talked it through" are repairs, but talking it through with
// a supervisor is the therapist's own work; clarifying confidentiality answers a complaint about who reads
// the notes; "this does not change her decision" is not a complaint about therapy; a technique called
// "pointless" in quotation marks, "I don't think you get…" said to the therapist, and asking when therapy
// will start to work are.
import { table } from './sentence-table.js';

describe('development set rupture misreadings (the forty-second to forty-seventh blind sets, now examined)', function () {
  this.timeout(20000);

  describe('a field that holds the history', () => {
    table('confrontation-repair', [
      ['Previous therapy: walked out of the group when the facilitator "lectured" her.', false],
      ['Previous treatment: told the psychiatrist his tablets were "poison" and walked out of the session.', false],
      ['Today: walked out of the session ten minutes in, saying I had "lectured" her.', true],
    ]);
    table('withdrawal-repair', [
      ['Psych hx: a counsellor at college; he went silent in most of those sessions, he says.', false],
      ['Presenting problem: when I asked about college he went silent for most of the hour.', true],
    ]);
  });

  describe('"last term" and "last visit" date what follows', () => {
    table('confrontation-repair', [
      ['Last term she stormed out when I raised the exam results; nothing of the kind today.', false],
      ['Last visit he called the sessions "a waste of my time"; today he was settled.', false],
      ['She stormed out when I raised the exam results, ten minutes before the end.', true],
    ]);
  });

  describe('a sentence inside a quotation ends a negation', () => {
    table('confrontation-repair', [
      ['Near the end she said: "Seven weeks of talking and I still cannot sleep. When is this going to start to help?"', true],
      ['She said: "I cannot fault any of it. When is the next session?"', false],
    ]);
  });

  describe('complaints about the therapy in other words', () => {
    table('confrontation-repair', [
      ['Pt said imaginal exposure was "pointless, it just makes it worse".', true],
      ['He said "I don\'t think you get what a night on the wards is like".', true],
      ['She asked, "when does this actually start to work?"', true],
      ['Her aunt is pushing for a move back home; she said this does not change her decision to stay.', false],
      ['He said his old work skills were useless in the new job.', false],
      ['She said "I don\'t think you get to choose your family".', false],
    ]);
  });

  describe('repairs in plain words', () => {
    const after = (repair: string): string =>
      `When I asked about her sister she turned away and stopped answering. ${repair}\n\n## Plan\n\n- Next session 8/10: graded walk to the post office, twice.`;
    table(
      'withdrawal-repair',
      [
        ['I said I might have said something that did not sit right, and asked her.', false],
        ['Afterwards I said it had been my mistake to bring it up so fast, and we talked it through.', false],
        ['Talked it through with my supervisor on Friday.', true],
        ['We went through the rest of the worksheet.', true],
      ],
      after,
    );
    table(
      'confrontation-repair',
      [
        ['Clarified confidentiality: nothing goes to his employer without his consent.', false],
        ['Explained the new room booking system and carried on.', true],
      ],
      (repair) => `He said I was "management's spy" and that these sessions were a tick-box exercise. ${repair}\n\n## Plan\n\n- Next session 8/10: graded walk to the post office, twice.`,
    );
  });
});
