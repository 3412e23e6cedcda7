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
});
