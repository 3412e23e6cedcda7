// Misses of the twenty-eighth and twenty-ninth blind sets, which are now development sets: the shapes
// of wording and structure they showed were missing, written again in new fictitious sentences, each
// beside a look-alike that must not count. (Their ending actions, feedback and reactions are in
// blind-rotation-12-endings-feedback.test.ts.)
import assert from 'node:assert/strict';
import { findings, fires, PLAN, table } from './sentence-table.js';

describe('development set misses (the twenty-eighth and twenty-ninth blind sets, now examined)', function () {
  this.timeout(20000);

  describe('withdrawal: more wordings', () => {
    table('withdrawal-repair', [
      // A normal scan result is not the client's usual style.
      ['When I raised the scan (the CT was normal), he said "it\'s fine, whatever", laughed and moved on to his allotment.', true],
      ['He was quiet, which is usual for him in the first ten minutes, and then talked freely.', false],
      ['He answered my next three questions with "dunno" and looked at the clock.', true],
      ['Polite but curt for the rest of the hour.', true],
      ['Polite but curt with the receptionist, he said, when she was late.', false],
      ['Each time I asked what she felt, she answered with a theory about attachment; for the rest of the session she talked about it in textbook terms.', true],
      ['She nodded at everything I suggested and agreed to all the homework without looking up, when I asked about the crossing.', true],
      ['We agreed the homework together: she chose the two walks herself.', false],
    ]);
  });

  describe('confrontation: more wordings, and what is not one', () => {
    table('confrontation-repair', [
      ['Cl said "then what are you even for?" and asked what qualifications T has to judge a welding job.', true],
      ['She asked what qualifications she would need to retrain as a nurse.', false],
      ['Came in vexed about the late-cancellation fee and said I should have phoned her before the invoice went out.', true],
      ['He said, "Honestly, this worksheet is pointless, nobody reads it." I moved on to the ratings.', true],
      // The client's own "I" in a quotation, and a saying with a general "you".
      ['Says: "I\'m back at the gym, I\'m sleeping, I\'m not drinking myself stupid."', false],
      ['She called grief "a tide — you don\'t get it once and keep it".', false],
      // A request for help is not doubt about help.
      ['She asked if I would help her fill in the housing form.', false],
      ['She asked whether I could really help someone like her.', true],
      // A time phrase that opens the sentence dates the clauses after a semicolon too, until one names the present.
      ['In session 2 his father called him "a liar"; he walked out to the car for ten minutes.', false],
      ['In session 2 he said the groups were pointless; today he said I never listen to him, and I moved on.', true],
      // In our first month: history, unless it is the first session back.
      ['Looking back, she reminded me that in our first month she told me I "didn\'t get it" and nearly stopped coming.', false],
    ]);
  });

  describe('who the words are said to', () => {
    it('a relative there only for the start does not make the session a family session', () => {
      const body =
        'Mum sat in for the first ten minutes.\n\nI brought in the next exposure step we had drafted. She pushed back hard: "This is pointless. You\'re not the one who has to do it." I went over the anxiety curve again.';
      assert.ok(fires('confrontation-repair', body + PLAN));
    });
  });

  describe('what a rupture was over, and the Plan that comes back to it', () => {
    it('a person named beside the moment and in the Plan is not what it was over', () => {
      const body =
        'She has stopped the sertraline. Today when I asked about the flood, she changed the subject to the weather and kept looking to the interpreter.\n\n' +
        '## Plan\n\n- 3/4 10:00 with the interpreter: sleep diary.\n- Ask the GP to go over the sertraline again with an interpreter.';
      assert.ok(findings('rupture-followup', body).length > 0);
    });
    it('"check back", "what it was like to say … here" and "today\'s moment" come back', () => {
      for (const planLine of [
        'Check back at s3 re how she felt about the referral.',
        'Next hour: come back to what it was like to say it aloud here.',
        'Session 7: revisit today\'s moment on the map at the start.',
      ]) {
        const body = 'When I raised the referral he said "you lot just want rid of me" and I moved on.\n\n## Plan\n\n- ' + planLine;
        assert.deepEqual(findings('rupture-followup', body), [], planLine);
      }
    });
  });

  describe('missed tasks', () => {
    table('nonadherence-explored', [
      // A routine is a task; the reason asked for "on asking"; the client choosing another way to do it.
      ['The bedtime routine we agreed at session 2 has not been started. We moved on to the court letter.', true],
      ['The wind-down routine was not used on the two late shifts. On asking, she told me the hostel lights stay on till midnight, so she decided to do it in the bathroom instead.', false],
      // A problem-solving sheet set for next time is a new task, not an exploration of this one.
      ['Says he did not do the worry-time practice.\n\n## Plan\n\n- 3/5 10:00: same worry time, and introduce a problem-solving sheet for the debts.', true],
    ], (s) => (s.includes('## Plan') ? s : s + PLAN));
    it('the same task named again soon after is one finding', () => {
      const body = 'Mood log not brought, third week running; not discussed.\nPt non-compliant w/ log, 3rd wk running.';
      assert.equal(findings('nonadherence-explored', body + PLAN).length, 1);
      // Two different tasks are two findings.
      const two = 'Sleep diary not filled in; not discussed.\nThe breathing practice was not done either; we moved on.';
      assert.equal(findings('nonadherence-explored', two + PLAN).length, 2);
    });
  });

  describe('judgmental language', () => {
    it("a subjectless 'Asked re …' is the therapist asking; the label after it is the clinician's", () => {
      assert.deepEqual(findings('judgmental-language', 'Asked re the fall → pt v. uncooperative, 1-word answers.'), ['judgmental-language']);
      assert.deepEqual(findings('judgmental-language', 'Mum said, he is uncooperative at school.'), []);
    });
    it('refusing what has nothing to do with care is the client\'s own choice', () => {
      assert.deepEqual(findings('judgmental-language', 'Changes she named: refused to lend her brother money again; sleeps six hours.'), []);
      assert.deepEqual(findings('judgmental-language', 'She refused to take the medication.'), ['judgmental-language']);
    });
  });

  describe('goals', () => {
    it('a goal label with an aside in brackets, and an additional objective', () => {
      assert.equal(findings('goals-collaborative', 'Target for this term (set by me after the school meeting): no exclusions before Easter.' + PLAN).length, 1);
      const plan = 'Goals we wrote together, in her words:\n- "Walk to the park with Sam."\n\nAdditional objective: Sam to attend nursery four mornings a week by March.';
      assert.equal(findings('goals-collaborative', plan, 'treatment-plan').length, 1);
      // Goal ratings are progress, not goals stated.
      assert.deepEqual(findings('goals-collaborative', 'Goal ratings (0–10): park 2 → 8; sleep 3 → 7.' + PLAN), []);
    });
    it('how often and how long is the schedule, not the approach', () => {
      const plan = '# Treatment plan\n\nGoals she chose: sleep through four nights a week.\n\n**Frequency and duration:** weekly, 12 sessions, at the surgery.';
      assert.deepEqual(findings('goals-collaborative', plan, 'treatment-plan'), []);
    });
  });
});

