// Misses of the twenty-sixth and twenty-seventh blind sets on client feedback, the therapist's reaction, the client's context and
// the ending actions, now development sets: the general forms they showed were missing, written again in new fictitious
// sentences, each beside a look-alike that must not count. Feedback: the client's quoted verdict in the present tense on this
// session or on the way of working just changed ("this is okay, better than…", "much better like this"); a rating of the session
// under its short forms ("sesh", "appt"). Reactions: "found self", "caught self" for "found myself"; the therapist's attention
// lapsing with the therapist as the written subject ("I zoned out"); a feeling noun aimed at the therapist ("the anger at me") is
// the client's. Context: how the session was interpreted is an arrangement, not the client's language or culture, unless it carries
// the client's choice; a characteristic only put off to a later session is not recorded. Endings: changes named or written down
// together, "what's different now", a measure beside its earlier value, a period sober counted from a month, a working life
// regained; change likened to slow building or learning, lifelong work, change called practice; things made in the sessions and
// brought back are keepsakes, not skills carried elsewhere; an ending counted over the therapist's week is not this ending's
// meaning, and a meaning there was no time for is missing.
import { endingTable, table } from './sentence-table.js';

describe('twenty-sixth and twenty-seventh blind sets: feedback, reactions, context and endings', function () {
  this.timeout(20000);

  describe('feedback: the client\'s quoted verdict on this session or on the way of working, in the present tense', () => {
    table('feedback-recorded', [
      ['Before leaving he said "this is okay, better than the waiting room at the jobcentre".', false],
      ['She said "this is fine, easier than talking to the school nurse".', false],
      ['Once we moved the chairs side by side he said "much better like this".', false],
      ['After we switched to talking while walking, she said "this way, yeah".', false],
      // Look-alikes: unquoted and about something else, someone else's words.
      ['He said the kitchen is better this way since the move.', true],
      ['Her brother said "this is fine" about the new flat.', true],
    ]);
  });

  describe('feedback: a rating of the session under its short forms', () => {
    table('feedback-recorded', [
      ['Cl rated sesh 7/10, "less waffle than last week".', false],
      ['Pt rated appt 3 of 5.', false],
      // Look-alikes: a symptom rated in the session, a form to be rated later.
      ['Pt rated pain 6/10 in sesh.', true],
      ['Rating scale for the appt to be posted out.', true],
    ]);
  });

  describe('therapist reaction: "found self", "caught self", and attention lapsing with the therapist as subject', () => {
    table('therapist-reaction', [
      ['T found self irritated by the fourth question about parking.', true],
      ['Writer caught self drifting while she read out the court letter.', true],
      ['I zoned out twice during his account of the match.', true],
      ['Th tuned out for most of the second half.', true],
      // Look-alikes: the client found self bored, the client saying the therapist drifted, a conversation drifting.
      ['Cl found self bored at the day centre most afternoons.', false],
      ['She said I zoned out last time.', false],
      ['The talk drifted to his holiday plans.', false],
    ]);
  });

  describe('therapist reaction: a feeling noun aimed at the therapist is the client\'s', () => {
    table('therapist-reaction', [
      ['The anger at me eased once I named that I had cut her off.', false],
      ['Irritation towards me was plain in his short answers when I asked about the fines.', false],
      // The therapist's own feeling, in the same nouns, still fires.
      ['I noticed irritation in me as he listed the complaints.', true],
      ['My frustration at the interruptions grew as I tried to finish the form.', true],
    ]);
  });

  describe('client context: how the session was interpreted is an arrangement, unless it carries the client\'s choice', () => {
    const intake = (s: string) => s;
    table('client-context', [
      ['Seen with a telephone interpreter (Tigrinya).', true],
      ['No interpreter needed; the whole session in Polish.', true],
      // The client's choice or worry about the interpreter is context.
      ['She asked for a female interpreter who is not from her town.', false],
      ['Does not want an interpreter from the community, worried about gossip.', false],
    ], intake, 'intake');
  });

  describe('client context: a characteristic only put off to a later session is not recorded', () => {
    const intake = (s: string) => s;
    table('client-context', [
      ['Faith and identity: to ask at the second appointment.', true],
      ['Will ask about religion and preferences next time.', true],
      ['Cultural background (next session).', true],
      // The answer recorded before the deferral counts, and so does what the therapy is to explore in it.
      ['Faith: Orthodox Christian, fasts in Lent; will discuss how this fits the plan next session.', false],
      ['Will explore how her Catholic faith shapes the guilt.', false],
      // The client's own wish to explore it is a preference, not a deferral.
      ['She would like to explore her cultural identity in therapy.', false],
    ], intake, 'intake');
  });

  describe('endings: changes named together, what is different now, a measure beside its earlier value', () => {
    endingTable([
      ['gains', 'Changes he and I listed: walks the dog daily, back at the allotment.', true],
      ['gains', 'Changes we wrote down together: "I go to the shop on my own."', true],
      ['gains', 'What is different now: sleeps through, sees friends on Saturdays.', true],
      ['gains', 'PHQ-9 8 (was 19).', true],
      ['gains', 'GAD-7 6, previously 15.', true],
      // Look-alikes: changes hoped for, a measure only to be repeated.
      ['gains', 'We talked about the changes she hopes for.', false],
      ['gains', 'PHQ-9 to be repeated at the GP in March.', false],
    ]);
  });

  describe('endings: sober since a month, a working life or an activity regained', () => {
    endingTable([
      ['gains', 'Sober since August, the longest stretch in ten years.', true],
      ['gains', 'Off the drink since the spring.', true],
      ['gains', 'Back nursing full shifts since June.', true],
      ['gains', 'Back on the buses full time.', true],
      ['gains', 'Bakes with her grandchildren again.', true],
      // Look-alikes: sobriety only wished for, a readmission, a habit come back.
      ['gains', 'Wants to be dry from the new year.', false],
      ['gains', 'Back on the ward for a week after the overdose.', false],
      ['gains', 'Drinks most evenings again.', false],
    ]);
  });

  describe('endings: change likened to slow building or learning, lifelong work, change called practice', () => {
    endingTable([
      ['ongoing-growth', 'She said recovery is like learning a language.', true],
      ['ongoing-growth', 'He said change is like building a wall, one stone at a time.', true],
      ['ongoing-growth', 'She said healing comes bit by bit, for the rest of her life.', true],
      ['ongoing-growth', 'He said staying calm is practice, like training for a match.', true],
      ['ongoing-growth', 'Getting braver takes practice, she said.', true],
      // Look-alikes: a job likened to building, a life of caring behind her, a practice on the timetable.
      ['ongoing-growth', 'Her job is like building a house every day.', false],
      ['ongoing-growth', 'She has looked after her mother all her life.', false],
      ['ongoing-growth', 'Football practice is on Tuesdays.', false],
    ]);
  });

  describe('endings: a keepsake from the sessions is not a skill carried elsewhere', () => {
    endingTable([
      ['skills-beyond', 'She brought the folder of worksheets from our sessions to show her mum.', false],
      ['skills-beyond', 'He brought his drawings from our sessions and we looked at them.', false],
      ['skills-beyond', 'He took the breathing from our sessions into his driving lessons.', true],
    ]);
  });

  describe('endings: an ending counted over the therapist\'s week, a meaning there was no time for', () => {
    endingTable([
      ['meaning-of-ending', 'I felt flat afterwards, my third goodbye today.', false],
      ['meaning-of-ending', 'I was tired: the fifth ending on my list this month.', false],
      ['meaning-of-ending', 'We ran out of time before we could talk about what stopping here means to her.', false],
      ['meaning-of-ending', 'There was no time left to talk about how finishing feels for him.', false],
      // This ending's meaning, even as "a second goodbye", counts.
      ['meaning-of-ending', 'She said finishing feels like a second goodbye after her father.', true],
      ['meaning-of-ending', 'He said ending here feels sad but right.', true],
    ]);
  });
});
