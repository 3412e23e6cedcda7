// Misses of the twenty-eighth and twenty-ninth blind sets on client feedback, the therapist's reaction and the ending actions, now
// development sets: the general forms they showed were missing, written again in new fictitious sentences, each beside a look-alike
// that must not count. Feedback: a word of saying used as a noun or in a tool's name ("the thought record", "a values card sort",
// "the school reports") is nobody saying anything, while the same word after its subject is still the verb; the client's verdict on
// a routine, trick or mantra practised in the session ("said the pre-kick routine is fine") counts, a routine of daily life does not.
// Reactions: what the reaction does to the therapist's conduct, named ("it was making me rush her"), and the therapist's own pattern
// under it ("when I'm tired I collude with…") are reflections; a reaction that only makes for another feeling, or a habit of life, is
// not. Arranging one's own day so one comes to the client fresher is a plan to manage the reaction. Endings: a span of time or every
// goal reviewed together ("talked through the autumn term together", "reviewed all four targets together"), the client leading the
// review, the client's verdict on which sessions or things helped (not sessions with someone else, not a third party's review or
// pick); change never got once and kept, likened to fitness, or to something with no end ("a book with no last page"), never
// finished whoever the subject (not a course finished by a date); the change going on after the sessions in a verb of going on
// ("carry on mending once the sessions stop"), not an appointment kept up; the times of danger named ahead ("named her danger
// dates", "Risky times: …").
import { endingTable, table } from './sentence-table.js';

describe('twenty-eighth and twenty-ninth blind sets: feedback, reactions and endings', function () {
  this.timeout(20000);

  describe('feedback: a word of saying used as a noun or in a tool\'s name is nobody saying anything', () => {
    table('feedback-recorded', [
      ['Went over her thought diary from last session.', true],
      ['Worked through a values card sort with him in session.', true],
      ['Read the school reports together at the start of the session.', true],
      ['Thought challenging practised in session with the lift example.', true],
      // After its subject the word is still the client's verb.
      ['He thought the session was more useful than last week.', false],
      ['She thought challenging the rule was the most useful part of today.', false],
      ['He values the sessions, more than the group.', false],
    ]);
  });

  describe('feedback: the client\'s verdict on a routine, trick or mantra practised in the session', () => {
    table('feedback-recorded', [
      ['She said the pre-kick routine is "fine, actually, less faff than the app".', false],
      ['He said the stop-and-name trick was "not as daft as it sounds".', false],
      ['Said the new mantra was easier to remember than the card.', false],
      // Look-alikes: a routine of daily life, a routine at home.
      ['He said his evening routine has gone to pot since the baby.', true],
      ['She said the routine at home is chaos with the twins.', true],
    ]);
  });

  describe('therapist reaction: what the reaction does to the therapist\'s conduct, and the therapist\'s pattern under it', () => {
    table('therapist-reaction', [
      ['I was drained by the afternoon and could tell it was making me rush her through the diary.', false],
      ['I felt bored in the second half; I think the boredom was pushing me to lecture him about sleep.', false],
      ['I felt irritated as she listed the complaints, and my irritation was making me less patient with the questions.', false],
      ['I was exhausted today. When I\'m exhausted I let him steer us into the weekend football.', false],
      ['I felt frustrated at the fourth cancellation. When I get frustrated I tend to over-explain.', false],
      // Look-alikes: the reaction making for another feeling or a yawn, a habit of life.
      ['I felt irritated by the third late arrival; it was making me anxious.', true],
      ['I was drained today. When I\'m drained I go for a run after work.', true],
    ]);
  });

  describe('therapist reaction: arranging one\'s own day so one comes to the client fresher', () => {
    table('therapist-reaction', [
      ['I was tired through the session. I\'ll protect my Thursday afternoons from admin so I arrive rested for her.', false],
      ['I felt drained by the end. Going to take a proper lunch before his slot so I\'m fresher for him.', false],
      // Look-alikes: a day kept for something else, the client arriving fresher.
      ['I was tired today. I\'ll keep Monday mornings for the team meeting.', true],
      ['I was tired today; she asked to come at nine so she arrives fresher.', true],
    ]);
  });

  describe('endings: a span of time or every goal reviewed together, the client leading the review', () => {
    endingTable([
      ['mutual-review', 'We talked through the autumn term together.', true],
      ['mutual-review', 'Reviewed all four targets together, one by one.', true],
      ['mutual-review', 'Reviewed both goals together using his diary.', true],
      ['mutual-review', 'She led the review, reading out her own before-and-after list.', true],
      // Look-alikes: someone else reviewing with the client, a review of something else led by someone else.
      ['mutual-review', 'Her coach went over the season with her after the final.', false],
      ['mutual-review', 'Her manager went over the last six months with her.', false],
      ['mutual-review', 'Her coach led the review of her serve.', false],
      ['mutual-review', 'Reviewed the season\'s fixtures.', false],
    ]);
  });

  describe('endings: the client\'s verdict on which sessions or which things helped', () => {
    endingTable([
      ['mutual-review', 'He said the early sessions on the night shifts had helped most.', true],
      ['mutual-review', 'She said the two home sessions, when her sister sat in, made the difference.', true],
      ['mutual-review', 'She singled out the letter to her brother as the piece that mattered most.', true],
      // Look-alikes: sessions with someone else, a pick by someone else.
      ['mutual-review', 'He said the sessions with the physio had helped his back.', false],
      ['mutual-review', 'The panel picked out her essay as the one that worked best.', false],
    ]);
  });

  describe('endings: change never got once and kept, like fitness, or like something with no end; never finished', () => {
    endingTable([
      ['ongoing-growth', 'She said confidence is like fitness: use it or lose it.', true],
      ['ongoing-growth', 'He said you don\'t learn calm once and keep it.', true],
      ['ongoing-growth', 'She called recovery "a book with no last page".', true],
      ['ongoing-growth', 'He said getting well is a road without an end.', true],
      ['ongoing-growth', 'Staying sober is not something he finishes, he said.', true],
      // Look-alikes: a queue with no end, a degree finished by a date, a liking for fitness classes.
      ['ongoing-growth', 'The waiting list is like a queue with no end.', false],
      ['ongoing-growth', 'The degree is not something she finishes before 2028.', false],
      ['ongoing-growth', 'She likes fitness classes on Mondays.', false],
    ]);
  });

  describe('endings: the change going on after the sessions, in a verb of going on', () => {
    endingTable([
      ['post-therapy-growth', 'He hopes the allotment will help him carry on mending once the sessions stop.', true],
      ['post-therapy-growth', 'She thinks she will go on finding her feet after we finish.', true],
      // Look-alikes: an appointment kept up, growth after an earlier therapy.
      ['post-therapy-growth', 'He will go on seeing his GP after we finish.', false],
      ['post-therapy-growth', 'She carried on mending after her last therapy ended, years ago.', false],
    ]);
  });

  describe('endings: the times of danger named ahead', () => {
    endingTable([
      ['future-coping', 'She named her danger dates: pay day and her mother\'s birthday.', true],
      ['future-coping', 'Risky times: Friday nights and the first week of the school holidays.', true],
      ['future-coping', 'He knows his vulnerable weeks, the run-up to the custody hearing.', true],
      // Look-alike: danger times in the past, not named ahead.
      ['future-coping', 'The danger times on the ward were the night shifts last winter.', false],
    ]);
  });
});
