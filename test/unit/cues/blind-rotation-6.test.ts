// Misses of the sixteenth and seventeenth blind sets, which are now development sets: the shapes of
// wording and of note layout they showed were missing, written again in new fictitious sentences,
// each beside a look-alike that must not count. (Their ending actions, therapist reactions and
// feedback are in blind-rotation-6-endings-reactions-feedback.test.ts.)
import assert from 'node:assert/strict';
import { findings, fires, PLAN, table } from './sentence-table.js';

describe('development set misses (the sixteenth and seventeenth blind sets, now examined)', function () {
  this.timeout(20000);

  describe('a concrete next step in the Plan', () => {
    const plan = (items: string) => fires('plan-next-step', `Reviewed the week.\n\n## Plan\n\n${items}`);
    it('a short weekday with its date, and "on the 17th", say when', () => {
      assert.equal(plan('Sun 4th: supermarket at opening time with her sister, 20 min.'), false);
      assert.equal(plan('Next 1:1 on the 17th: the lift, two floors.'), false);
    });
    it('"2/52" is two weeks, not a date: "Continue" and a visit in two weeks name no task', () => {
      assert.equal(plan('Cont. to support. Next HV 2/52.'), true);
      assert.equal(plan('Cont. to support. Next HV 12/3: budget sheet together.'), false);
    });
  });

  describe('confrontation markers', () => {
    table('confrontation-repair', [
      // The clinician says the anger was not aimed at them.
      ['Shouted about the housing officer, not at me, and calmed when we looked at the letter together.', false],
      // A story about someone else, told in the session.
      ['Told me about her old piano teacher, who she says "never listened" until she stormed out of the lesson.', false],
      ['Talked about her sister, then snapped at me that I "always take her side" when I asked more.', true],
      // The pace or form of the therapy complained of, and doubting anyone reads the forms.
      ['He said the group had been "far too slow, six weeks of leaflets", and I moved on to the diary.', true],
      ['She said her physio had been too slow to start.', false],
      ['When I handed her the CORE-10 she said "I\'ve done this four times. Does anyone actually read them?" and I carried on.', true],
      // A subordinate clause set off by commas has its own subject.
      ['He opened by saying, before I had asked anything, that the sessions were pointless. We went on to the exposure list.', true],
      // The client's own words that the therapy is not helping.
      ['Near the end she said, "this is not helping, we just talk" and I said it takes time.', true],
      // Praise first is thanks, not a complaint.
      ['Leaving, she said "That was easier than I expected, you didn\'t make me do the breathing."', false],
      // The visits, the protocol, and verdicts in other words.
      ['He told me these appointments were a waste of his afternoon.', true],
      ['She said I was treating her like she was made of glass and that the protocol is a joke. We carried on.', true],
      ['He said I sounded like a call centre and that he was wasting his lunch hour on this.', true],
      ['He said the bus company was wasting his lunch hour.', false],
      // People in general are not someone else relaying the complaint.
      ['She said DBT was "skills for people with office jobs" and that I don\'t get what it\'s like on a farm. I moved on.', true],
    ]);

    it('a goal in the client\'s words is not said to the therapist', () => {
      const body = 'Goals we agreed at the end, in her words:\n1. "Stop asking Tom if the door is locked."\n2. "Drive to work on my own."';
      assert.equal(fires('confrontation-repair', body + PLAN, 'intake'), false);
    });
  });

  describe('withdrawal markers', () => {
    table('withdrawal-repair', [
      // "Our" is never the subject.
      ['Maya sat on the window ledge for the first part of our session, answered "dunno" when I asked about school, and went back to her phone.', true],
      // The therapist in a clause that describes a noun does not take over the main subject.
      ['She agreed at once to each of the things I suggested, said "whatever you think" twice and offered nothing of her own.', true],
    ]);

    it('noticing one\'s own boredom is no repair of the client\'s withdrawal', () => {
      const body = 'Each time I came back to his wife\'s illness he went into long stories about the navy. I was bored, and I\'ve noticed it before with him.';
      assert.equal(fires('withdrawal-repair', body + PLAN), true);
    });

    it('a withdrawal written in the Plan is not its own follow-up', () => {
      const body = 'Family session.\n\n## Plan\n\n- When T asked him for his part of the plan he turned to the wall and said "dunno". T finished the plan with Dad.\n- Review 3/4: bedtime chart.';
      assert.equal(fires('withdrawal-repair', body), true);
      assert.equal(fires('rupture-followup', body), true);
    });
  });

  describe('the Plan comes back to the rupture', () => {
    const rupture = 'When I set the homework she agreed straight away and said "whatever you think", eyes on the floor.\n\n## Plan\n\n';
    table(
      'rupture-followup',
      [
        ['- Next Monday: tell her I noticed she agreed very quickly, and ask whether it really fits her.', false],
        ['- Next Monday: ask whether doing it standing up worked better than sitting.', false],
        ['- Next Monday: come back, if she wants, to how my comment about her father landed.', false],
        ['- Next Monday: the second exposure, two stops.', true],
      ],
      (s) => rupture + s,
    );
  });

  describe('agreed tasks not done', () => {
    table('nonadherence-explored', [
      ['She did not practise the assertive script with her manager this week.', true],
      ['She practised the assertive script twice this week.', false],
    ]);
  });

  describe('goals and who set them', () => {
    const plan = (body: string) => findings('goals-collaborative', body, 'treatment-plan');
    it('an abstinence goal ("No …") is a goal; "No goals set today" is not', () => {
      assert.equal(plan('## Goals\n\n- No daytime drinking by week 6.').length, 1);
      assert.equal(plan('## Goals\n\n- No goals set today; next time.').length, 0);
    });
    it('the focus of the next block of work is a goal statement', () => {
      assert.deepEqual(findings('goals-collaborative', 'Focus for the next block: the night shifts and the images from the crash.'), ['goals-collaborative']);
    });
    it('goals the client is named as setting are hers', () => {
      assert.equal(findings('goals-collaborative', 'Goals Priya set for the block: sleep in her own bed, and visit the ward with her sister.').length, 0);
    });
  });
});
