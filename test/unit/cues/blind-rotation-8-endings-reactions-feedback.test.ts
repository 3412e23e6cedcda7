// Misses of the twentieth and twenty-first blind sets on the ending actions, the therapist's reaction, client feedback and
// judgmental labels, now development sets: the general forms they showed were missing, written again in new fictitious
// sentences, each beside a look-alike that must not count. Endings: going over the client's own records, a review "w/ pt" of
// what we did, the client naming what was most useful, a programme's completion review; something you never get over but grow
// round, learned over a whole life, not done once and finished, upkeep with what happens if it stops; changes set out under a
// "what … changed:" label, back to a team or a choir; "now" with a verb of laughing or saying is a view, and a verdict on a
// disorder names no change; having enjoyed the work is warmth, not pride; a hard patch already weathered is no coping plan.
// Reactions: intervision and a reflective group, what the client touches in my own, the reaction placed in someone else in the
// room, held rather than acted on; a verb coordinated with a dropped opening verb is the client's. Feedback: "is telling",
// today's chat, liking a technique in the present tense, a tool's effect in quotes; the therapy dismissed outright is a
// complaint. Labels: a passive with an adverb inside it ("was again refused").
import { endingTable, PLAN, table } from './sentence-table.js';

describe('twentieth and twenty-first blind sets: endings, reactions, feedback and labels', function () {
  this.timeout(20000);

  describe('mutual review: the client\'s own records gone over, a review with the client, what was most useful', () => {
    endingTable([
      ['mutual-review', 'Went over her sleep diaries from the first month to now with her.', true],
      ['mutual-review', 'Reviewed w/ cl what we covered across the ten sessions.', true],
      ['mutual-review', 'She said the most helpful thing was the weekly look at her mood ratings.', true],
      ['mutual-review', 'Completion review held in the last group evening.', true],
      // Look-alikes: a rota gone over, a review of what the pharmacy needs, the most helpful thing somewhere else.
      ['mutual-review', 'Went over her shift rota with her so the next appointment fits.', false],
      ['mutual-review', 'Reviewed w/ pt what the pharmacy needs for the repeat prescription.', false],
      ['mutual-review', 'She said the most helpful thing at the bank was the quiet room.', false],
    ]);
  });

  describe('ongoing growth: never got over but grown round, a whole life of it, not once and done, upkeep or else', () => {
    endingTable([
      ['ongoing-growth', 'He said the loss "is not something you get over; you grow around it".', true],
      ['ongoing-growth', 'She called staying sober "something I\'ll be practising my whole life".', true],
      ['ongoing-growth', 'He put it as "you don\'t train once and stop".', true],
      ['ongoing-growth', 'She said her confidence is "like a bike chain: keep it oiled or it seizes up".', true],
      // Look-alikes: a whole life in one flat, a route run once, receipts kept, a cold got over.
      ['ongoing-growth', 'She has lived in the same flat her whole life.', false],
      ['ongoing-growth', 'He ran the route once and finished early.', false],
      ['ongoing-growth', 'Keep the receipts or the refund will not go through.', false],
      ['ongoing-growth', 'She got over the cold in a week.', false],
    ]);
  });

  describe('gains: changes set out under a label, back to a team; a view or a verdict is no change', () => {
    endingTable([
      ['gains', 'What he listed as changed: driving to work, no panic at the lights.', true],
      ['gains', 'She went back to the netball team in April.', true],
      ['gains', 'She now drives to her sister\'s on her own.', true],
      // Look-alikes: laughing now about a session, a verdict on a disorder.
      ['gains', 'He now laughs about the first session, when he nearly walked out.', false],
      ['gains', 'Depressive disorder, much improved.', false],
    ]);
  });

  describe('pride: having enjoyed the work is warmth, not pride', () => {
    endingTable([
      ['pride', 'I told him I was proud of how he faced the lifts.', true],
      ['pride', 'I told him I had enjoyed working with him and wished him luck with the move.', false],
    ]);
  });

  describe('future coping: a hard patch already weathered is history, not a plan', () => {
    endingTable([
      ['future-coping', 'If the setbacks come back after the move, she will restart the evening walks.', true],
      ['future-coping', 'She kept attending through the setbacks in the spring.', false],
      ['future-coping', 'He got through the lapses in March without a drink.', false],
    ]);
  });

  describe('the therapist\'s reaction reflected on: intervision, what it touches in me, whose it is, held', () => {
    table('therapist-reaction', [
      ['I felt irritated by her lateness; I\'ll take it to intervision next week.', false],
      ['I was bored during his account. Perhaps his stories touch my own restlessness with routine.', false],
      ['I felt impatient with him. I think the impatience was partly his father\'s, carried into the room.', false],
      ['Felt frustrated with the third cancellation; something to sit with rather than act on.', false],
      ['I felt drained by the hour and will bring it to the reflective group on Monday.', false],
      // Look-alikes: a reflective listening handout, her own school days, someone else's irritation, acting on it.
      ['I felt irritated by her lateness; she asked about the reflective listening handout.', true],
      ['I felt bored, and the story touched on her own school days.', true],
      ['I felt irritated with him; his partner was irritated too.', true],
      ['I felt frustrated, and acted on it by cutting the exercise short.', true],
    ]);
  });

  describe('the therapist\'s reaction: a verb coordinated with a dropped opening verb is the client\'s', () => {
    table('therapist-reaction', [
      ['Answered in single words when I asked about the move and kept checking the clock.', false],
      // The therapist as the main subject, or the dropped subject of the opening verb itself.
      ['I answered his questions briskly and kept checking the clock.', true],
      ['Kept checking the clock while she listed the week\'s errands.', true],
    ]);
  });

  describe('client feedback: "is telling", today\'s catch-up, liking a technique, a tool\'s effect in quotes', () => {
    table(
      'feedback-recorded',
      [
        ['He is telling me the session was "slow but right for him".', false],
        ['She likes the grounding "because I can do it on the bus".', false],
        ['Breathing practice: tried it twice on night shift, "it helped a little."', false],
        ['Said today\'s catch-up was "fine, less scary than last time".', false],
        // Look-alikes: telling someone else, liking a bakery, a shopping trip, a brother's words.
        ['Start next time by telling him the dates for the holidays.', true],
        ['She likes the bakery on the corner "because it opens early".', true],
        ['Said today\'s shopping trip was "fine".', true],
        ['Her brother said "it worked a bit" about his new diet.', true],
      ],
      (s) => s + PLAN,
    );
  });

  describe('client feedback: the therapy dismissed outright is a complaint, not feedback', () => {
    table(
      'feedback-recorded',
      [
        ['Told me the relaxation tape is "total rubbish" and he won\'t be using it.', true],
        ['Told me the relaxation tape was "better than I expected".', false],
      ],
      (s) => s + PLAN,
    );
  });

  describe('judgmental labels: a passive with an adverb inside it is done to the client', () => {
    table('judgmental-language', [
      ['Her housing application was again refused by the council.', false],
      ['His appeal was finally refused in March.', false],
      ['He again refused the graded walk.', true],
      ['He was rude and refused the graded walk.', true],
    ]);
  });
});
