// Misses of the twenty-second and twenty-third blind sets, which are now development sets: the shapes
// of wording they showed were missing, written again in new fictitious sentences, each beside a
// look-alike that must not count. (Their ending actions, reactions and client context are in
// blind-rotation-9-endings-reactions-context.test.ts.)
import assert from 'node:assert/strict';
import { findings, fires, PLAN, table } from './sentence-table.js';

describe('development set misses (the twenty-second and twenty-third blind sets, now examined)', function () {
  this.timeout(20000);

  describe('confrontation markers', () => {
    table('confrontation-repair', [
      // What the therapist is for, and why the client was sent at all.
      ['She said that after a year she cannot see what I am for. We went on to the diary.', true],
      ['He said he didn\'t see why he had been referred to a psychologist, "it\'s my knee, not my head". I carried on with the questions.', true],
      ['She could not see what the new timetable was for.', false],
      // Reported speech turned on the therapist after the speech act, several clauses on.
      ['She said the clinic had been "a sticking plaster the council can point to", and that I had never once said it was wrong. We moved on.', true],
      ['She said her sister had never once said sorry.', false],
      // The client's own grammar, and why the work goes on at all.
      ['He tell me "talking don\'t fix nothing" and he want to know why we still doing this after ten sessions.', true],
      ['Told client she is welcome to tell me if the homework ever feels pointless.', false],
    ]);
  });

  describe('withdrawal markers', () => {
    table('withdrawal-repair', [
      ['Told the story of the flooded kitchen laughing the whole way through and said "it\'s honestly funny".', true],
      ['When I asked how she feels about the scan, she said "oh, fine, whatever" and talked about her son\'s football for the rest of that part.', true],
      ['She talked about her son\'s football for the rest of the week\'s news, proud of him.', false],
    ]);

    it('naming the move away later, by the subject the question was about, repairs it', () => {
      const body =
        'When I asked about her brother\'s funeral, she changed the topic to the price of diesel.\n\n## Assessment\n\nGrief. I said gently that I noticed we moved away from the funeral, and asked if it was too heavy for today.';
      assert.equal(fires('withdrawal-repair', body + PLAN), false);
    });
  });

  describe('goals and tasks', () => {
    it('a lead-in naming the client by an initial still heads its list, and a goal that says who added it is reported', () => {
      const body =
        'Goals agreed with R. at the review on 3/10:\n1. Sleep in his own room.\n2. Walk to the shop alone.\n3. Reduce restraint episodes to zero (the RC\'s objective, added to the plan by the RC after the meeting).';
      assert.equal(findings('goals-collaborative', body, 'treatment-plan').length, 1);
      const added = '## Goals\n\nGoals we agreed together today:\n1. "Drive to my sister\'s."\n\nApproach: exposure, agreed with her.\n\n4. Added by psychologist after the MDT: stop the pre-emptive tablets before trips.';
      assert.equal(findings('goals-collaborative', added, 'treatment-plan').length, 1);
    });
    table('nonadherence-explored', [
      ['Ticks and crosses card: he refused to fill it in this time, left it at home.', true],
      ['Mood card: filled in every day, brought it along.', false],
    ]);
  });

  describe('not a rupture: pauses the client asked for, answers to screening questions', () => {
    table('withdrawal-repair', [
      ['He asked me again to leave long pauses after questions because he needs time to process; several pauses of 30 seconds and I waited.', false],
      ['Safeguarding screening questions asked; she answered no to all and took the leaflet.', false],
      ['When I asked about the party she answered no to everything and looked away.', true],
    ]);
  });

  describe('the Plan comes back to the rupture', () => {
    it('"open by asking how today\'s exercise felt for her" is a follow-up', () => {
      const body = 'She said the chain analysis was "pointless" and that I "only care about the card". I validated how exposing it felt and we chose a shorter link.\n\n## Plan\n\n';
      assert.equal(fires('rupture-followup', body + '- Next session: open by asking how today\'s chain felt for her.'), false);
      assert.equal(fires('rupture-followup', body + '- Next session: open by asking how today\'s pause felt, and whether to start the list.'), false);
      assert.equal(fires('rupture-followup', body + '- Next session: the card, links three and four.'), true);
    });
  });
});
