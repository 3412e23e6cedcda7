// Misses of the thirty-second and thirty-third blind sets on client feedback, the ending actions, the therapist's reaction and the
// client's context, now development sets: the general forms they showed were missing, written again in new fictitious sentences,
// each beside a look-alike that must not count.
// Feedback (how clinicians new to the linter record the client's view of the session): the question names the session by its kind
// ("asked how today's call was for him") and the wish is about when or how the next one is held ("would like the next visit to be
// in the morning"); a rating of the session set out under a label, a card or slip or an end rating of the session under any name
// ("End-of-group slip: 4/5", "Closing rating of the hour: 7/10"); the session set against the last one in the client's quoted words
// ("less of a slog than last week"); an act done in the room named as a gerund with the client's verdict ("said saying it out loud
// was a relief", "said talking about her gran was good"), not reading the paper; how the therapist is with them, quoted, as the
// reason for coming back ("you don't rush me", "you let me take my time"), not "you don't listen"; the session named by its length
// ("the 30 minutes is…", wishing it longer), not the 30 minutes on the bus; the medium of the sessions preferred ("she'd rather
// phone next time than do video"), not phoning her sister; the talk itself said to be helping, quoted after any opening ("ke a
// leboha, this talk is helping"); wanting to carry on with the session's work next time; something called "the only bit worth
// having". A dismissal word the client says of themself ("not me being rubbish") is not the therapy dismissed.
// Endings: the change called a start and not a finish, or upkeep ("it's maintenance"), not a job in maintenance; growth that does
// not stop ("learning to say no — that never stops"), not a pain that does not stop; work one keeps at, or keeps at until old age;
// a loss carried differently, not put down. More good days expected once life settles. Gains set out in a list with no verb: a rate
// from then to now ("from 4 a week in May to one last month"), not sessions moved from weekly to fortnightly; ground regained full
// days; an everyday activity regained with others or in a shared place, not eating very little again. A coping plan "to be picked
// up by" the GP is handed on, not made.
// Reactions: a feeling with the therapist as its agent ("felt let down by me") is the client's, not the therapist's.
// Client context: a run-in bold label naming the characteristic, however long, followed by "Not explored today" records nothing.
import { endingTable, table } from './sentence-table.js';

describe('thirty-second and thirty-third blind sets: feedback, endings, reactions and context', function () {
  this.timeout(20000);

  describe('feedback: the session named by its kind in the question, and the next one wished for', () => {
    table('feedback-recorded', [
      ['Asked how today\'s call was for him: "Easier with the camera off."', false],
      ['I asked her how the visit had felt; she said "calmer than I feared".', false],
      ['He would like the next check-in to be on a Monday, before work.', false],
      // Look-alikes: a call or a visit that is not the session.
      ['Asked how the call with the housing officer went.', true],
      ['He would like the next payment to be on a Monday.', true],
    ]);
  });

  describe('feedback: a rating of the session set out under a label', () => {
    table('feedback-recorded', [
      ['End-of-group slip: 4/5, "good pace".', false],
      ['Closing rating of the hour: 7/10.', false],
      ['End-of-session card: 9 out of 10.', false],
      // Look-alikes: a card or a rating that is not the session's.
      ['Birthday card: 3 from the grandchildren.', true],
      ['Pain rating: 7/10 most mornings.', true],
    ]);
  });

  describe('feedback: the session set against the last one, in the client\'s quoted words', () => {
    table('feedback-recorded', [
      ['As she left: "less of a slog than last week".', false],
      ['He said it was "clearer than last time".', false],
      // Look-alike: the same words unquoted, about something else.
      ['The pain was worse than last week.', true],
    ]);
  });

  describe('feedback: an act done in the room, named as a gerund, with the client\'s verdict', () => {
    table('feedback-recorded', [
      ['She said saying it out loud was a relief.', false],
      ['He said writing it down with me was hard but right.', false],
      ['Said talking about her grandfather "felt good".', false],
      // Look-alikes: an activity of the week, a verdict on someone else's talk.
      ['He said reading the paper was good on Sunday.', true],
      ['She said talking about it with her mum was hard.', true],
    ]);
  });

  describe('feedback: how the therapist is with the client, quoted, as the reason for coming back', () => {
    table('feedback-recorded', [
      ['He said he\'ll be back next week "because you don\'t judge me".', false],
      ['"You let me take my time," she said at the door.', false],
      // Look-alikes: a complaint, the same words unquoted.
      ['He said "you don\'t listen to me".', true],
      ['Her mother does not rush her in the mornings.', true],
    ]);
  });

  describe('feedback: the session named by its length, and wished longer', () => {
    table('feedback-recorded', [
      ['She said the 30 minutes is "the only quiet bit of my day".', false],
      ['Says the half hour goes too fast and wishes it was longer.', false],
      // Look-alike: minutes that are not the session's.
      ['She said the 30 minutes on the bus is awful.', true],
    ]);
  });

  describe('feedback: the medium of the sessions preferred', () => {
    table('feedback-recorded', [
      ['He\'d rather do video next time than come in, "saves the bus fare".', false],
      ['She would rather meet in person from now on.', false],
      // Look-alike: phoning someone else.
      ['She\'d rather phone her sister than visit her.', true],
    ]);
  });

  describe('feedback: the talk itself helping, quoted after any opening; carrying on with the work next time', () => {
    table('feedback-recorded', [
      ['She said "dankie, these talks are helping me think".', false],
      ['He wants to keep working on the timeline next session.', false],
      // Look-alikes: a talk elsewhere, unquoted; carrying on with something outside.
      ['The talks at the job centre are helping him.', true],
      ['He wants to keep working at the depot next year.', true],
    ]);
  });

  describe('feedback: something called the only bit worth having', () => {
    table('feedback-recorded', [
      ['Said the grounding card was "the only thing worth keeping".', false],
      ['He said the breathing was worth the trip.', false],
      // Look-alike: worth said of something outside the session.
      ['He said his mum\'s house was worth a lot.', true],
    ]);
  });

  describe('feedback: a dismissal word said of oneself is not the therapy dismissed', () => {
    table('feedback-recorded', [
      ['She said the session was "really helpful, and I felt less rubbish by the end".', false],
      ['He said it was useful to see it was the pattern, "not me being useless rubbish".', false],
      // Look-alike: the therapy dismissed.
      ['He said the breathing stuff is "a load of rubbish".', true],
    ]);
  });

  describe('endings: a start not a finish, upkeep, growth that does not stop, work kept at, a loss carried differently', () => {
    endingTable([
      ['ongoing-growth', 'She called it "a start, not a finish".', true],
      ['ongoing-growth', '"There\'s no finish line with this, it\'s upkeep," he said.', true],
      ['ongoing-growth', 'He calls it "learning to say no, and that never stops".', true],
      ['ongoing-growth', 'She sees the drinking as "work I\'ll keep at, like my allotment".', true],
      ['ongoing-growth', 'He says he\'ll be working on his temper till he\'s eighty.', true],
      ['ongoing-growth', 'She hopes to carry the loss differently, not put it down.', true],
      // Look-alikes: boxes carried differently, working on a car until tired, a finish line at a race.
      ['ongoing-growth', 'She will carry the boxes differently after the physio.', false],
      ['ongoing-growth', 'He kept working on the car until he was tired.', false],
      ['ongoing-growth', 'He crossed the finish line of the fun run in May.', false],
    ]);
  });

  describe('endings: more good days expected after the sessions', () => {
    endingTable([
      ['post-therapy-growth', 'She expects to keep having more good days once the move is done.', true],
      ['post-therapy-growth', 'He hopes to see more calm weeks than bad ones this year.', true],
      // Look-alike: more days of something else.
      ['post-therapy-growth', 'She expects to work more days in the summer.', false],
    ]);
  });

  describe('endings: gains in a list with no verb', () => {
    endingTable([
      ['gains', '- Nightmares: from 5 a week in March to the odd one in the last month.', true],
      ['gains', '- Back on the shop floor full days since June.', true],
      ['gains', '- Having tea with the family at the weekend again.', true],
      // Look-alikes: sessions moved to fortnightly, eating very little again.
      ['gains', 'Sessions: from 1 a week in March to one a fortnight.', false],
      ['gains', 'She is eating very little with the family again.', false],
    ]);
  });

  describe('endings: a coping plan to be picked up by someone else is handed on, not made', () => {
    endingTable([
      ['future-coping', 'Relapse planning to be picked up by the community team next month.', false],
      ['future-coping', 'Early warning signs will be covered by her care coordinator.', false],
      // Look-alike: the plan made here.
      ['future-coping', 'Relapse plan made together: warning signs are skipping meals and staying in bed.', true],
    ]);
  });

  describe('therapist reaction: a feeling with the therapist as its agent is the client\'s', () => {
    table('therapist-reaction', [
      ['Felt let down by me over the cancelled session; we talked it through.', false],
      ['Felt judged by the school and by me this week, and said so.', false],
      // Look-alike: the therapist's own feeling.
      ['Felt drained by the end of the session.', true],
    ]);
  });

  describe('client context: a run-in bold label followed by "not explored" records nothing', () => {
    const intake = (s: string) => s;
    table('client-context', [
      ['**Culture, faith and family values about the treatment decision.** Not explored today: time went on the medical questions.', true],
      // Look-alike: the same label with an answer.
      ['**Culture, faith and family values about the treatment decision.** Practising Catholic; her mother\'s view matters a lot to her.', false],
    ], intake, 'intake');
  });
});
