// Misses of the thirtieth and thirty-first blind sets on client feedback, the therapist's reaction and the ending actions, now
// development sets: the general forms they showed were missing, written again in new fictitious sentences, each beside a look-alike
// that must not count. Feedback: the sessions named bare by their medium with the client's verdict ("said calls really help"), not
// calls from someone else; relief at being understood at last ("finally someone gets it"), not someone at work getting it; the session
// set against what the client expected, in their quoted words ("easier than I thought"); the session called the one place or hour
// where the client can be themselves, not the gym; asking to keep the session's time or slot; a clause that opens on "said" after a
// semicolon drops the client as its subject, even when the therapist is named before it only as an object ("no anger twds T; said…").
// Reactions: a label that names the therapist before the reaction ("Me: drained", "Therapist's reaction: irritated"), not "Client:";
// a reaction named again in a later paragraph that reflects on it or takes it to supervision ("Reflection: my impatience was…",
// "Bring the tiredness to supervision"), with the reaction's own word, so supervision about something else still does not count; a
// reaction to one's own reaction ("cross with myself for being bored") goes with the one it is about. Endings: sessions named by their
// medium reviewed together ("went over the nine calls together"), not calls to a helpline; the first aims read back through together;
// one session picked out by its time or event ("the session in May when…") is an episode recalled, not the course reviewed; how it is
// to be finishing, the end named as the topic ("About the end, she said…", not the end of the session), missing the coming here;
// a coming stretch of life expected to be lighter than this one, not harder; a value set beside its level at an earlier time in
// brackets, or a level got back to; ground regained with how often, or an everyday activity regained where it is done. Not gains: a
// return still to come given as the reason the sessions end, a change looked forward to in a "once" clause, a change in someone
// else's life picked up by the other pronoun. A topic raised and shrugged off ("it's just another Tuesday", carrying on with the
// post, looking at the phone) is mentioned only to say it did not happen.
import { endingTable, table } from './sentence-table.js';

describe('thirtieth and thirty-first blind sets: feedback, reactions and endings', function () {
  this.timeout(20000);

  describe('feedback: the sessions named bare by their medium, with the client\'s verdict', () => {
    table('feedback-recorded', [
      ['Said video calls "really do help with the night shifts".', false],
      ['She says sessions are the one thing keeping her going this term.', false],
      ['Reported visits have helped more than the leaflets did.', false],
      // Look-alikes: calls or visits from someone else.
      ['Said calls from her sister help on Sundays.', true],
      ['He says visits with his father have been tense.', true],
    ]);
  });

  describe('feedback: relief at being understood at last', () => {
    table('feedback-recorded', [
      ['Near the close she said "finally someone gets the shift-work thing".', false],
      ['He said, "At last somebody listened."', false],
      ['"Someone finally understands," she said as she left.', false],
      // Look-alikes: someone at work, someone getting something done.
      ['She said finally someone at work gets it.', true],
      ['He said at last someone fixed the boiler.', true],
    ]);
  });

  describe('feedback: the session set against what the client expected, in quoted words', () => {
    table('feedback-recorded', [
      ['As he stood up he said, "That was easier than I thought it would be."', false],
      ['She said "this was less scary than I expected".', false],
      ['"You were blunter than I was expecting," he said, smiling.', false],
      // Look-alikes: the same words unquoted, or about something else.
      ['The traffic was worse than I expected on the way in.', true],
      ['She said the exam was harder than she had thought.', true],
    ]);
  });

  describe('feedback: the session called the one place or hour where the client can be themselves', () => {
    table('feedback-recorded', [
      ['Said this is "the one hour in my week where nobody needs anything from me".', false],
      ['She said here was the only place she can cry without apologising.', false],
      // Look-alike: another place.
      ['He said the gym is the only place where he switches off.', true],
    ]);
  });

  describe('feedback: asking to keep the session\'s time or slot', () => {
    table('feedback-recorded', [
      ['Asked to keep the same slot through the exam term.', false],
      ['She wants to keep the Thursday time, if possible.', false],
      // Look-alike: a time that is not the session's.
      ['He asked to keep the same shift at work.', true],
    ]);
  });

  describe('feedback: a clause opening on "said" after a semicolon drops the client as its subject', () => {
    table('feedback-recorded', [
      ['No anger twds T this week; said the sessions have helped her sleep.', false],
      ['Calmer with me today; said the breathing part was useful.', false],
      // Look-alike: the therapist as the subject of the clause before.
      ['I explained the plan; said the breathing part was useful.', true],
    ]);
  });

  describe('therapist reaction: a label that names the therapist before the reaction', () => {
    table('therapist-reaction', [
      ['Me: exhausted by the end, shoulders up round my ears.', true],
      ['Therapist\'s reaction: irritated when the forms came out again.', true],
      // Look-alikes: someone else's label, a positive state.
      ['Client: exhausted after the night feeds.', false],
      ['Me: moved by the letter he read out.', false],
    ]);
  });

  describe('therapist reaction: named again in a later paragraph that reflects on it', () => {
    const wrap = (first: string, later: string) => `${first}\n\nWe moved on to the sleep diary.\n\n${later}\n\n## Plan\n\n- Next session 8/10: graded walk to the post office, twice.`;
    const rows: Array<[string, string, boolean]> = [
      ['I felt impatient while she read the whole email out.', 'Reflection: my impatience is probably my own hurry this week, not hers.', false],
      ['I was tired all through the hour.', 'Bring the tiredness to supervision on Monday.', false],
      ['I was bored, and then cross with myself for being bored.', 'I will take the boredom to my supervisor on Friday.', false],
      // Look-alikes: supervision about something else, the reaction named again without a reflection.
      ['I felt impatient while she read the whole email out.', 'I will take the risk plan to supervision on Friday.', true],
      ['I was tired all through the hour.', 'The tiredness lasted into the evening.', true],
    ];
    for (const [first, later, fires] of rows) table('therapist-reaction', [[first, fires]], () => wrap(first, later));
  });

  describe('endings: sessions named by their medium reviewed together; the first aims read back through together', () => {
    endingTable([
      ['mutual-review', 'We went over the nine video calls together before she logged off.', true],
      ['mutual-review', 'Reviewed the twelve appointments with her, month by month.', true],
      ['mutual-review', 'She and I read back through the hopes she wrote at the first session.', true],
      // Look-alikes: calls to a helpline, a letter read with no looking back.
      ['mutual-review', 'Reviewed the six calls to the helpline with him.', false],
      ['mutual-review', 'We read through the letter she wrote to her landlord.', false],
    ]);
  });

  describe('endings: one session picked out by its time or event is an episode recalled', () => {
    endingTable([
      ['mutual-review', 'We talked about the session in May when she walked out, and laughed about it.', false],
      ['mutual-review', 'We talked about the session where he brought his guitar.', false],
    ]);
  });

  describe('endings: how it is to be finishing, the end named as the topic, missing the coming here', () => {
    endingTable([
      ['meaning-of-ending', 'I asked what it was like to be stopping now; she said "like the last day of term".', true],
      ['meaning-of-ending', 'About the end, he said it was "right, but a bit lonely".', true],
      ['meaning-of-ending', 'He will miss coming in on Friday mornings.', true],
      ['meaning-of-ending', 'She said she will miss our Mondays.', true],
      // Look-alikes: the end of the session, missing something else, a topic shrugged off.
      ['meaning-of-ending', 'About the end of the session, she said she was tired.', false],
      ['meaning-of-ending', 'He missed coming in twice in March because of the train strikes.', false],
      ['meaning-of-ending', 'When I asked how it was to be finishing, she said "it\'s just another Tuesday" and carried on with her knitting.', false],
      ['meaning-of-ending', 'When I asked what it was like to be ending, he looked at his phone.', false],
    ]);
  });

  describe('endings: a coming stretch of life expected to be lighter than this one', () => {
    endingTable([
      ['post-therapy-growth', 'She expects next spring to be "gentler than this one".', true],
      ['post-therapy-growth', 'He thinks the second Christmas will be easier.', true],
      // Look-alikes: expected to be harder, or busy.
      ['post-therapy-growth', 'She expects next winter to be harder, with the move.', false],
      ['post-therapy-growth', 'He thinks the coming months will be busy at the depot.', false],
    ]);
  });

  describe('endings: a value beside its earlier level, ground regained with how often, an everyday activity regained where it is done', () => {
    endingTable([
      ['gains', 'Free throws 78% across the last ten games (52% in February).', true],
      ['gains', 'Attendance back up to 90% this half-term.', true],
      ['gains', 'She\'s back at the allotment most days.', true],
      ['gains', 'Eating at the family table again, most evenings.', true],
      ['gains', 'He is sleeping in his own bed again.', true],
      // Look-alikes: a value with no earlier level, a place named with no return.
      ['gains', 'Free throws 78% across the last ten games.', false],
      ['gains', 'The allotment is open most days.', false],
    ]);
  });

  describe('endings: not gains — a return still to come, a change in someone else\'s life', () => {
    endingTable([
      ['gains', 'We are finishing now because she is going back to work full-time in May.', false],
      ['gains', 'She expects to feel lighter once the course starts and she is back in the classroom every day.', false],
      ['gains', 'She came in alone. She said she was tired. Her husband Ray\'s firm closed in June; he now drives for a courier. She said she felt stuck.', false],
      // The client's own return, achieved, still counts.
      ['gains', 'She has gone back to work full-time.', true],
    ]);
  });
});
