// A telegraphic state word ("Quiet and guarded", "reserved", "distant") is how the client presented, as a mental-state line
// writes it, unless its sentence names the session ("throughout the session") or it answers the therapist: the therapist's question
// or move in its sentence, or in the sentence just before (seventeenth session). A first-person or therapy word elsewhere in the
// sentence ("I will go over the safety plan") does not tie it to the session. Minimal responses told of the answering itself
// ("answering briefly", "gave very little") stand on their own. New fictitious sentences, each beside a look-alike.
import { table, PLAN } from './sentence-table.js';

describe('a state word is a presentation unless tied to the session or the therapist\'s question (read in the seventeenth session)', function () {
  this.timeout(20000);

  describe('the state word', () => {
    table(
      'withdrawal-repair',
      [
        ['Quiet and guarded, good eye contact, mood "flat".', false],
        ['Reserved at first; warmed up by the second half.', false],
        ['Quiet and guarded; I will go over the safety plan with her next week.', false],
        ['Quiet and guarded throughout the session.', true],
        ['Quiet and guarded with me, warm with the receptionist.', true],
        ['Quiet and guarded when I asked about the discharge letter.', true],
        ['Guarded and distant once I brought up the tribunal.', true],
      ],
      (sentence) => `${sentence}${PLAN}`,
    );
    table(
      'withdrawal-repair',
      [
        ['I asked how the weekend with his father had gone. Quiet and distant for the rest of the session.', true],
        ['He described the weekend with his father. Quiet and distant, low in mood.', false],
      ],
      (sentence) => `${sentence}${PLAN}`,
    );
  });

  describe('minimal responses told of the answering', () => {
    table(
      'withdrawal-repair',
      [
        ['When I raised the missed appointments she was answering briefly and looking at the door.', true],
        ['Gave very little away when I asked about the night shift.', true],
        ['She gave little weight to the rumours at work.', false],
        ['He answered briefly about the commute and then talked freely about his daughter\'s wedding plans.', true],
      ],
      (sentence) => `${sentence}${PLAN}`,
    );
  });
});
