// Misses of the sixteenth and seventeenth blind sets on the ending actions, the therapist's reaction and client feedback,
// now development sets: the general forms they showed were missing, written again in new fictitious sentences, each beside
// a look-alike that must not count. Endings: a score with its earlier value at a named session; what was learned here used
// with someone in the client's life; a skill used before an event or before ringing someone; session time is not a skill;
// a negation does not cross a comma written inside a closing quote; a growth forecast is not a practice; expecting one's
// own practice to deepen or the next low patch to be shorter; a parent's words in family work. Reactions: the client's
// anger "aimed at me"; a reaction talked through with a supervisor by name, placed in the therapist, watched for, or met
// with a proper break in the diary. Feedback: a carer's view of the session in family work; a comment on what a piece of
// the work moved; "the <something>ing bit"; the weekly calls; a question asked or planned is no answer; "the work party".
import { endingTable, PLAN, table } from './sentence-table.js';

describe('sixteenth and seventeenth blind sets: ending actions, the therapist\'s reaction and client feedback', function () {
  this.timeout(20000);

  describe('gains: a score beside its value at a named earlier session', () => {
    endingTable([
      ['gains', 'GAD-7 4 (15 at session 2), and she drives to her sister\'s again.', true],
      ['gains', 'CORE-10 9 (intake 22).', true],
      // A score with no earlier value is a number, not a change.
      ['gains', 'GAD-7 4 today, taken in the waiting room.', false],
    ]);
  });

  describe('skills beyond therapy: what was learned here, used with someone or before something in life', () => {
    endingTable([
      ['skills-beyond', 'He is using what he learned here with his stepson: he names the feeling before he answers back.', true],
      ['skills-beyond', 'She does the paced breathing before ringing her ex-husband about the children.', true],
      ['skills-beyond', 'He uses the grounding exercise before his Saturday five-a-side matches.', true],
      ['skills-beyond', 'She uses the breathing space in the long planning meeting at the council.', true],
      // Look-alikes: learning in the session itself, session time spent on a plan, and practice with me.
      ['skills-beyond', 'He is using what he learned here in the session to slow down.', false],
      ['skills-beyond', 'We used the hour for the plan for the summer holidays.', false],
      ['skills-beyond', 'She wanted to use the time for the relapse plan for Christmas.', false],
    ]);
  });

  describe('skills beyond therapy: a negation does not cross a comma written inside a closing quote', () => {
    endingTable([
      ['skills-beyond', 'She now says "not tonight" to her neighbour instead of "of course, no trouble," and says she used the same words with her landlord.', true],
      // The negation still holds inside its own clause.
      ['skills-beyond', 'She said "fine," and did not use the same words with her landlord.', false],
    ]);
  });

  describe('ongoing growth and growth after therapy: a forecast is not a practice', () => {
    endingTable([
      // Something of the client's own expected to grow on is growth after therapy...
      ['post-therapy-growth', 'He expects his yoga practice to deepen over the winter.', true],
      ['post-therapy-growth', 'She thinks the next low spell will be shorter than the last.', true],
      // ...but another person's growth, or a symptom's, is not.
      ['post-therapy-growth', 'She expects her daughter to mature a lot at college.', false],
      ['post-therapy-growth', 'He expects his panic to build before the flight.', false],
      // The same forecast does not frame change as a practice the client keeps up; keeping it up does.
      ['ongoing-growth', 'He expects the ease in company to keep building through the spring.', false],
      ['ongoing-growth', 'He will keep practising the exposure steps as a daily habit.', true],
    ]);
  });

  describe('family work: a parent\'s words are the client side\'s', () => {
    endingTable([
      ['ongoing-growth', 'Final home visit w/ Dad and both girls. Dad said raising them is "a long game, not a fix."', true],
      // In an individual session, a parent quoted is someone else.
      ['ongoing-growth', 'Her dad has always said that life is "a long game, not a fix."', false],
    ]);
  });

  describe('the therapist\'s reaction: the client\'s anger aimed at me is not mine', () => {
    table('therapist-reaction', [
      ['Irritation at the waiting time was directed at me and the receptionist, and eased once he was seen.', false],
      ['Irritated all session with how slowly I was getting to the point.', true],
    ]);
  });

  describe('a reaction reflected on: talked through by name, placed in me, watched, a proper break', () => {
    table('therapist-reaction', [
      ['I noticed I was drained by the fourth client of the day. I talked it through with Dr Osei at the end of clinic.', false],
      ['I felt impatient with her, and I think part of that impatience is my own, from rushing all morning.', false],
      ['I was bored for much of the hour; I will keep an eye on it next time.', false],
      ['I felt exhausted afterwards. I will take a proper break before her session from now on.', false],
      // Look-alikes: talking it through with the client, someone else's impatience, and keeping an eye on something else.
      ['I felt irritated by the lateness and talked it through with her straight away.', true],
      ['I felt bored; the same story again. I will keep an eye on her blood pressure readings.', true],
      ['I was tired today. She took a proper break before the next exercise.', true],
    ]);
  });

  describe('client feedback: a carer\'s view of the session in family work', () => {
    table('feedback-recorded', [
      ['Home visit 16:00, Nan + the twins. Asked Nan how the visit went for her: "easier than last time."', false],
      ['Seen with her foster carer. Carer said today\'s session was the most useful so far.', false],
      // In an individual session, a relative's view is someone else's.
      ['Her mother told her the sessions are a waste of money.', true],
    ]);
  });

  describe('client feedback: what a piece of the work moved, "the ...ing bit", the weekly calls', () => {
    table('feedback-recorded', [
      ['He said writing the unsent letter "shifted something" he had carried for years.', false],
      ['Said the role-playing bit was awkward but worth it.', false],
      ['She said the fortnightly calls keep her going between appointments.', false],
      ['He said it helps when I slow down and write things on the board.', false],
      // Look-alikes: something moved in her life, a verdict on the week, and a frequency of something else.
      ['She said her brother moved things around in the flat.', true],
      ['Said the boring part of the week was the Monday shift.', true],
      ['She said the fortnightly bin collections are a nightmare.', true],
    ]);
  });

  describe('client feedback: a question asked or planned is no answer; "the work party" is not the work', () => {
    table(
      'feedback-recorded',
      [
        ['Next Monday: check in about how it felt to talk about the crash today.', true],
        ['Asked how it felt to talk about the crash today: "lighter than I thought."', false],
        ['She told me she "froze at the work party" on Friday and went home.', true],
        ['She told me the work we did on the crash today was hard but right.', false],
      ],
      (s) => s + PLAN,
    );
  });
});
