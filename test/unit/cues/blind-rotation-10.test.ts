// Misses of the twenty-fourth and twenty-fifth blind sets, which are now development sets: the shapes
// of wording they showed were missing, written again in new fictitious sentences, each beside a
// look-alike that must not count. (Their ending actions and feedback are in
// blind-rotation-10-endings-feedback.test.ts.)
import assert from 'node:assert/strict';
import { findings, table } from './sentence-table.js';

describe('development set misses (the twenty-fourth and twenty-fifth blind sets, now examined)', function () {
  this.timeout(20000);

  describe('confrontation markers', () => {
    table('confrontation-repair', [
      ['Opened by saying that "this clinic only cares about the money" and that he would not pay for the missed week.', true],
      ['She said her landlord only cares about the money.', false],
      ['Early on she asked why she had to tell the whole story again to yet another professional. Continued with the assessment.', true],
      ['She asked whether any of this would actually make a difference. I went on with the form.', true],
      ['During the exposure he said the ERP "is cruel" and that I do not get it. We finished the step.', true],
      // People in general inside the complaint do not make it someone else's; a relative does.
      ['He said the relaxation exercises "are for children, they do nothing for a grown man" and asked to just talk. I encouraged him to practise.', true],
      ['She said her children think the relaxation exercises are pointless.', false],
      // Words given with a rating asked for, or opening on praise, are feedback.
      ['Gave the session 4 out of 5 ("the garden bit was the best bit, not the talking bit").', false],
    ]);
  });

  describe('withdrawal markers', () => {
    table('withdrawal-repair', [
      ['Uncooperative with the questionnaire after that; gave the bare minimum.', true],
      ['She read the letter flatly, then said "it doesn\'t matter", and started talking about the weather.', true],
      ['**Pattern:** he pursues; she goes quiet and leaves the room; he follows her and it escalates.', false],
      ['She went quiet and left the room when I raised the pattern.', true],
    ]);
  });

  describe('goals', () => {
    it('a title line naming the plan states no goal', () => {
      assert.equal(findings('goals-collaborative', 'Treatment plan – student wellbeing service, exam anxiety clinic\n\nGoals she chose: sit one mock exam in the hall.', 'treatment-plan').length, 0);
    });
  });

  describe('agreed tasks not done', () => {
    table('nonadherence-explored', [
      ['Sleep window 23:30–06:00 agreed last time: he did not keep it. We kept the same window.', true],
      ['Sleep window 23:30–06:00 agreed last time: kept on six nights.', false],
    ]);
  });
});
