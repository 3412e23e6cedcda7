// Misses of the twenty-sixth and twenty-seventh blind sets, which are now development sets: the shapes
// of wording and structure they showed were missing, written again in new fictitious sentences, each
// beside a look-alike that must not count. (Their ending actions, feedback, reactions and client
// context are in blind-rotation-11-endings-feedback.test.ts.)
import assert from 'node:assert/strict';
import { fires, findings, PLAN, table } from './sentence-table.js';

describe('development set misses (the twenty-sixth and twenty-seventh blind sets, now examined)', function () {
  this.timeout(20000);

  describe('confrontation: what is not aimed at the therapist', () => {
    table('confrontation-repair', [
      // The client's own disclaimer in the same breath.
      ['She shouted about the housing officer while telling me, then said "not at you, love."', false],
      ['He said it was nothing personal, he is just angry at the council.', false],
      ['He shouted at me when I raised the rent arrears again.', true],
      // Name-calling of someone else: "young" is not "you".
      ['He called his younger brother "a waste of oxygen" twice.', false],
      ['She said "you are a waste of my time" and looked away.', true],
      // "asked if I had seen" the news is small talk, not a question about experience.
      ['She asked if I had seen the match on Saturday.', false],
      ['He asked if I had seen anyone like him before, and whether I was qualified.', true],
      // The therapist looking back with appreciation on how the client pushed back.
      ['I told him I valued how openly he argued with me when a task made no sense to him.', false],
      ['He argued with me about the task for most of the hour.', true],
    ]);
  });

  describe("confrontation: the client's own words against the therapist", () => {
    table('confrontation-repair', [
      ['When I moved her arm into the stretch she said "I\'m not your project, you keep positioning me like a puppet." I carried on with the sequence.', true],
      ['She said she felt "like a puppet" at her old job.', false],
      ['He said, "Put that down. You lot write and write and nothing changes."', true],
      ['I put the pad down and asked what he wanted me to know.', false],
      ['Said the course is "a con, it is what the trust can afford" and I carried on.', true],
      ['Said the timeshare deal was a con from the start.', false],
      ['She said, "What is the use of all this talking? Same again next week." I moved on to the worksheet.', true],
    ]);
  });

  describe('a repair answers the moment it is about', () => {
    // A repair later in the note that says it was about something else does not answer this moment.
    it('thanks about another topic does not repair a withdrawal', () => {
      const body =
        'When I asked about his brother and the loan, he kept scrolling on his phone and said "it\'s fine, honestly". His answers got shorter after that.\n\n' +
        'We went over the six weeks: he said the diary was "a bit much" and I thanked him for being honest with me about the diary.';
      assert.ok(fires('withdrawal-repair', body + PLAN));
    });
    it('a repair that names the same topic does', () => {
      const body =
        'When I asked about his brother and the loan, he kept scrolling on his phone and said "it\'s fine, honestly". His answers got shorter after that.\n\n' +
        'Later I said I had noticed he went quiet about the loan and asked what that was like; he said it is shameful to him.';
      assert.ok(!fires('withdrawal-repair', body + PLAN));
    });
    it('naming "it" answers the moment, whatever follows', () => {
      const body =
        'Each time I returned to the new job she laughed and said "it\'s grand, really" and asked about my weekend.\n\n' +
        '## Assessment\n\nThe "it\'s grand" looked like protecting me; after I named it gently she could talk about the loneliness.';
      assert.ok(!fires('withdrawal-repair', body + PLAN));
    });
    it('an apology in reported speech repairs a complaint', () => {
      const body =
        'He was furious about the wait: "Ten months. You lot forgot me." I said ten months is far too long, that I was sorry he had been left waiting, and asked what it had been like.';
      assert.ok(!fires('confrontation-repair', body + PLAN));
      // Condolence is not an apology.
      assert.ok(fires('confrontation-repair', 'He was furious with me about the wait: "Ten months. You lot forgot me." I said I was sorry to hear about his father.' + PLAN));
    });
  });

  describe('withdrawal: more wordings', () => {
    table('withdrawal-repair', [
      ['Asked about the sleep diary. Answers v short, eyes on the floor.', true],
      ['When I asked about her mother, she kept saying "I\'m alright, I\'m alright" and wiped her eyes.', true],
      ['She said "maybe, I don\'t know," and spent the remaining half hour talking about the new rota when I raised the diagnosis.', true],
      ['My attempts to come back to the accident were met with "mm" and more about the football.', true],
      ['When asked what he wanted from the sessions: "whatever, as you say."', true],
      // Look-alikes: her reported answers on a form, an agreed plan for the time.
      ['Her answers on the PHQ-9 were consistent with last month.', false],
      ['We spent the remaining ten minutes going over the relapse plan she wrote.', false],
    ]);
  });

  describe('a topic set aside together is not a rupture', () => {
    it('"we agreed to park it" and "I didn\'t press it"', () => {
      const parked = 'When I asked about the divorce he said clearly he did not want to go into that today and we agreed to park it.';
      assert.deepEqual(findings('rupture-followup', parked + PLAN), []);
      const notPressed = 'Time ran out before we talked about the ending; she said "let\'s not make a fuss," and I didn\'t press it.';
      assert.deepEqual(findings('rupture-followup', notPressed + PLAN), []);
      // Not set aside: the therapist pressed on.
      assert.ok(fires('withdrawal-repair', 'When I asked about the divorce he said he did not want to go into that today. I asked again about the solicitor.' + PLAN));
    });
  });

  describe('the Plan', () => {
    it('"begin with how it was to…" comes back to the moment', () => {
      const body = 'When I raised the job she smiled and said "it\'s fine" and asked about my holiday. I named it and she cried.\n\n## Plan\n\n- Next session 3/4: begin with how it was to cry here, then the job.';
      assert.deepEqual(findings('rupture-followup', body), []);
    });
    it('a "Plan:" line typed straight under the last bullet is the Plan', () => {
      const body = '- Mid-session he said the worksheets are "pointless" and I moved on.\n- Sleep 6 h.\nPlan: f/u 3/4 same time. Graded walk daily.';
      const text = findings('rupture-followup', body);
      assert.equal(text.length, 1);
      // The finding sits on the Plan line, not on the top of the note.
      const withPlanCheck = '- Mid-session he said the worksheets are "pointless" and I moved on.\n- Sleep 6 h.\nPlan: f/u 3/4, ask how the worksheet exchange sat with him.';
      assert.deepEqual(findings('rupture-followup', withPlanCheck), []);
    });
  });

  describe('agreed tasks not done, and what counts as looking at them', () => {
    table('nonadherence-explored', [
      // Not done, with the task as a label before a dash or a colon and an abbreviation in its name.
      ['Thought record ch.3 (the court hearing) agreed last wk — not done. Same record set again.', true],
      ["Reviewed the sleep diary we agreed on Monday: she didn't fill it in. We went on to the formulation.", true],
      // The client's reason recorded, and the task made again in a form that fits.
      ["Reading task from last time: he did not do it. He explained that the print is too small since the stroke, so we made a large-print version together.", false],
      ["Worry log: she didn't do it. She told me she can't write in English quickly and felt too embarrassed to ask; we changed it: she records a voice note instead.", false],
      ['Refused to do the breathing between sessions; says it makes the dizziness worse. We agreed to try it sitting down, twice a day.', false],
    ]);
  });

  describe('the Plan: steps that name no step', () => {
    it('"Review as needed" and "See how she is next time" are not concrete', () => {
      assert.deepEqual(findings('plan-next-step', 'Talked about the move.\n\n## Plan\n\n- Monitor sleep.\n- Review as needed.'), ['plan-next-step']);
      assert.deepEqual(findings('plan-next-step', 'Talked about the move.\n\n## Plan\n\nKeep supporting. See how she is next time.'), ['plan-next-step']);
      // A review with a when is a step.
      assert.deepEqual(findings('plan-next-step', 'Talked about the move.\n\n## Plan\n\n- Review the sleep diary on 12/3 at 10:00.'), []);
    });
  });

  describe('identifiers: addresses written the European way, and under an address label', () => {
    const kinds = (body: string): string[] => findings('identifiers', body);
    it('the number after the street, and a postcode before the town', () => {
      assert.ok(kinds('Letters to Brezov trg 12, 4412 Spodnja Vas, not the ward.').length > 0);
      assert.ok(kinds('Moved to Lindenstraße 8 in the spring.').length > 0);
    });
    it('an address label with a number in its value', () => {
      assert.ok(kinds('Address for letters (not her work): Flat above the bakery, 14 Orchard Yard, Kelmby.').length > 0);
      // An e-mail address label is the e-mail's business; an address label without a number is not an address.
      assert.deepEqual(kinds('Address for letters: see the referral form.'), []);
    });
  });

  describe('judgmental language: refuse the noun', () => {
    it('a refuse collector is a job, not a label', () => {
      assert.deepEqual(findings('judgmental-language', 'Works as a refuse collector on the early round.'), []);
      assert.ok(findings('judgmental-language', 'He refuses to engage with the plan.').length > 0);
    });
  });

  describe('goals', () => {
    it('agreement to the interventions is not agreement to the goals', () => {
      const body =
        'Treatment goals:\n1. Reduce PHQ-9 from 18 to below 10 within 16 weeks.\n2. Return to work three days a week by June.\n\n' +
        'Interventions (talked through with him; he agreed to this plan):\n- Behavioural activation, 12 weekly sessions.';
      assert.equal(findings('goals-collaborative', body, 'treatment-plan').length, 2);
      // Said of the goals, it covers them.
      const agreedGoals = 'Treatment goals (he agreed to these goals):\n1. Reduce PHQ-9 from 18 to below 10 within 16 weeks.\n2. Return to work three days a week by June.';
      assert.deepEqual(findings('goals-collaborative', agreedGoals, 'treatment-plan'), []);
    });
    it('a goal under its own label is read by its own words', () => {
      const body = 'Goals agreed with him:\n- Walk to the shop and back twice a week.\n\nGoal: attend the memory clinic appointment offered by the GP.';
      assert.equal(findings('goals-collaborative', body, 'treatment-plan').length, 1);
    });
    it('an aside in brackets with its own subject is not negated by the goal\'s words', () => {
      assert.deepEqual(findings('goals-collaborative', 'Goal worked on today: asking for help without apologising (she set this at intake).' + PLAN), []);
    });
  });

  describe('word senses read where the words are', () => {
    table('nonadherence-explored', [
      // One missed day is a missed appointment; the task skipped on days is a task.
      ['She missed Monday and came on Thursday instead.', false],
      ['Evening walk missed Mon and Wed; she did the rest.', true],
      // A risk assessment's plan is another sense of "plan"; a risk word elsewhere in the sentence does not hide a missed task.
      ['Risk: passive thoughts, nil plan/intent.', false],
      ['Suicidal thoughts on Tuesday, now passed; she did not do the thought record.', true],
    ]);
  });
});

