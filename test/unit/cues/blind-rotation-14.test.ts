// Misses of the thirty-second and thirty-third blind sets, which are now development sets: the shapes
// of wording and structure they showed were missing, written again in new fictitious sentences, each
// beside a look-alike that must not count. (Their feedback, ending actions and reactions are in
// blind-rotation-14-endings-feedback.test.ts.)
import assert from 'node:assert/strict';
import { findings, fires, PLAN, table } from './sentence-table.js';

describe('development set misses (the thirty-second and thirty-third blind sets, now examined)', function () {
  this.timeout(20000);

  describe('ruptures', () => {
    table('confrontation-repair', [
      ['Pt angry re: "another shrink who has never done a night shift," said EMDR "is a crock." Continued the psychoeducation.', true],
      ['He said, "You get paid to sit there and nod. Don\'t do your face." I went on with the timeline.', true],
      // Praise first, in the client's own words, is feedback even when a hard word follows.
      ['At the end she said it was "really useful to see it as a cycle, not me being useless".', false],
    ]);
    table('withdrawal-repair', [
      // A trait restated is not today's moment.
      ['Remains a hard client to engage.', false],
      // A wish not to talk yet, accepted in the next sentence.
      ['When I asked about the fire she went quiet and then said "not yet, please." I said that was fine and that she decides when.', false],
      ['When I asked about the fire she went quiet and changed the subject. I asked again about the night itself.', true],
      // Permission not to go there, with thanks for what was said.
      ['When I asked about 2019 he said "that is finished" and looked at the window. I told him we do not have to go there today and thanked him for telling me that much.', false],
    ]);
    it('clearing up what was meant, then explaining again, repairs', () => {
      const body = 'When I suggested the pain is kept going by checking, he was irritated with me: "You make it all psychological." I said I did not mean it is imagined, and explained again the cycle with his own example.';
      assert.ok(!fires('confrontation-repair', body + PLAN));
    });
    it('a sentence wrapped over two lines is one finding', () => {
      const body = 'Halfway through he said "this is a pointless form, you people just tick boxes"\nand pushed the sheet back across the table. I finished the form from the referral.';
      assert.equal(findings('confrontation-repair', body + PLAN).length, 1);
    });
  });

  describe('the Plan', () => {
    it('"Plan (agreed with him):" is the Plan', () => {
      const body = 'When I raised the scan he said "you lot never listen" and I moved on.\n\nPlan (agreed with him and his wife): day centre Tues/Thurs; review in 3 months.';
      const spans = findings('rupture-followup', body);
      assert.equal(spans.length, 1);
    });
    it('telling the client what was noticed, whether she felt pushed, whether the new order suits her come back', () => {
      for (const planLine of [
        'Next week: tell her I noticed she moved away from her sister today, and ask if it is too soon.',
        'Check at the start whether she felt pushed by the new format.',
        'Ask whether the new order suits her.',
      ]) {
        const body = 'When I asked about her sister she said "it is nothing" and turned to the weather.\n\n## Plan\n\n- ' + planLine;
        assert.deepEqual(findings('rupture-followup', body), [], planLine);
      }
    });
    it('"Review at session 6" names no step', () => {
      assert.deepEqual(findings('plan-next-step', 'Talked about the move.\n\n## Plan\n\nContinue the anger log. Review at session 6.'), ['plan-next-step']);
    });
  });

  describe('missed tasks', () => {
    table('nonadherence-explored', [
      ["Pacing diary: she hadn't filled it in this week. We ran out of time to look at why.", true],
      ['Graded walk agreed last time: he did not go. We talked through what he expected the neighbours to say, and he decided the first step is to go with his son.', false],
      // Reading week is a holiday, not a reading task.
      ['Has missed most lectures since reading week; sleeping late.', false],
    ]);
  });

  describe('goals', () => {
    it('a clinical focus set by a supervisor is not the client\'s', () => {
      assert.equal(findings('goals-collaborative', 'Goals in his words:\n- "Sleep through."\n\nClinical focus set by supervisor: address the grief about his brother.', 'treatment-plan').length, 1);
    });
    it('a goal she set herself, and goals "he and I agreed", are the client\'s', () => {
      assert.deepEqual(findings('goals-collaborative', '1 goal for the week herself: walk to the shop and back with her sister.' + PLAN), []);
      assert.deepEqual(findings('goals-collaborative', 'Goals (he and I agreed): sleep five hours; fewer headaches.', 'treatment-plan'), []);
    });
  });

  describe('ending actions: upkeep and what never stops', () => {
    const ongoing = (body: string): boolean => !findings('termination-actions', `Final session. ${body}`, 'termination').includes('ongoing-growth');
    it('change called maintenance, or growth that never stops, is ongoing', () => {
      assert.ok(ongoing('She called the work maintenance now, like servicing a bike.'));
      assert.ok(ongoing('Learning to say no, he said, that never stops.'));
    });
    it('a maintenance team, or a symptom that never stops, is not', () => {
      assert.ok(!ongoing('The school maintenance team were painting the corridor.'));
      assert.ok(!ongoing('The ringing in his ears never stops.'));
    });
  });
});

