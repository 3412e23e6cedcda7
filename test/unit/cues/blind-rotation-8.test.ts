// Misses of the twentieth and twenty-first blind sets, which are now development sets: the shapes of
// wording and of note layout they showed were missing, written again in new fictitious sentences,
// each beside a look-alike that must not count. (Their ending actions, therapist reactions, feedback
// and labels are in blind-rotation-8-endings-reactions-feedback.test.ts.)
import assert from 'node:assert/strict';
import { findings, fires, PLAN, table } from './sentence-table.js';

describe('development set misses (the twentieth and twenty-first blind sets, now examined)', function () {
  this.timeout(20000);

  describe('a concrete next step in the Plan', () => {
    it('"Continue" with the usual weekday is the work going on, not a new step', () => {
      assert.equal(fires('plan-next-step', 'Reviewed the week.\n\n**Plan:** Continue to attend group Thurs. Monitor engagement.'), true);
      assert.equal(fires('plan-next-step', 'Reviewed the week.\n\n**Plan:** Continue exposure; Thurs 12/3: the lift, two floors.'), false);
    });
  });

  describe('withdrawal markers', () => {
    table('withdrawal-repair', [
      // A long account begun when the subject was raised; the opening clause's time is its own.
      ['When I asked about her father who died four years ago, she began a long account of the car park charges at the hospital.', true],
      ['When I asked about her week she gave a long account of the move, tearful at times, and we worked on the sleep plan.', true],
      ['She gave a long account of the assault and we slowed down to ground after it.', false],
      // A trait described, and a preference accepted, are not a moment of pulling away.
      ['Continues to be reserved about his family; talkative about work.', false],
      ['She declined to discuss the surgery question today, which is fine; it is hers to raise.', false],
    ]);
  });

  describe('the Plan comes back to the rupture', () => {
    const rupture = 'When I suggested the diary he said "you don\'t understand what this is like" and folded his arms. I said I may have rushed it.\n\n## Plan\n\n';
    table(
      'rupture-followup',
      [
        ['- Start next time by coming back to what he felt I did not understand.', false],
        ['- Tues: check in first on whether my explanation about the diary landed OK.', false],
        ['- Tues: check at the start whether the shorter diary feels better.', false],
        ['- Tues: ask whether he felt able to say no to me today.', false],
        ['- Tues: check with him how the question about his father landed today.', false],
        ['- Tues: sleep diary, week two.', true],
      ],
      (s) => rupture + s,
    );
  });

  describe('confrontation markers', () => {
    table('confrontation-repair', [
      ['On the way out he said the course was "twelve weeks of my life I\'m not getting back" and left.', true],
      ['Told me flat out the breathing stuff is "rubbish" and he won\'t be doing it. We moved on to sleep.', true],
      ['Told me the kids\' stuff is all over the floor again.', false],
    ]);

    it('granting the client\'s point repairs, later in the note too', () => {
      const body =
        'Told me flat out the relaxation stuff is "a waste of time" and he won\'t be doing it.\n\nWe looked at the week.\n\nLater I took his point that it sounded like being told to calm down, and asked what would make it worth one try.';
      assert.equal(fires('confrontation-repair', body + PLAN), false);
    });
  });

  describe('agreed tasks not done', () => {
    table('nonadherence-explored', [
      ['Last time we agreed she\'d take one morning off this week. She didn\'t take it.', true],
      ['The wrist splint for evenings, agreed last session, was not worn this week.', true],
      ['Mood diary: didn\'t start it.', true],
      ['Didn\'t do the shoulder stretches this week.', true],
      ['Imagery rehearsal not done this week.', true],
      // A missed appointment is not a task; a first admission long ago is history.
      ['Contract reviewed (she missed Tuesday but rang ahead, as agreed).', false],
      ['During her first admission she was not following the meal plan and left early.', false],
      // Going back over what happened explores it; support added adjusts it.
      ['Didn\'t go to the open day we set up last week. We went back over the morning step by step, and agreed I\'ll meet him at the gate for the next one.', false],
    ]);
  });

  describe('goals and who set them', () => {
    const plan = (body: string) => findings('goals-collaborative', body, 'treatment-plan');
    it('goals "to discuss with her next time" are not yet hers, and the bracket is no logistics', () => {
      assert.equal(findings('goals-collaborative', '**Goals (set by me at the end, to discuss with her next time):** sleep by 11; one walk a day.', 'intake').length, 1);
    });
    it('a label line introduces goals; the items under it state them', () => {
      assert.deepEqual(plan('Treatment goals:\n- Sleep six hours.\n- Back to work part-time.').length, 2);
    });
    it('a title in capitals and "Cl. goal: not discussed today" state no goal', () => {
      assert.equal(plan('INDIVIDUAL TREATMENT PLAN — FAMILY SERVICE (12 wk)\n\nCl. goal: not discussed today (ran out of time).').length, 0);
    });
    it('a treatment plan\'s "Interventions:" line and a "Recommendation:" line are the planned approach', () => {
      assert.equal(plan('Interventions: psychoed. (sleep cycle), stimulus control, worry time.').length, 1);
      assert.equal(findings('goals-collaborative', 'Recommendation: CBT for insomnia, 6 sessions, from March.', 'intake').length, 1);
      assert.equal(plan('Interventions: psychoed., stimulus control. Signed by client and counsellor.').length, 0);
    });
  });
});
