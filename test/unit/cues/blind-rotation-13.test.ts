// Misses of the thirtieth and thirty-first blind sets, which are now development sets: the shapes of
// wording and structure they showed were missing, written again in new fictitious sentences, each
// beside a look-alike that must not count. (Their ending actions, feedback and reactions are in
// blind-rotation-13-endings-feedback.test.ts.)
import assert from 'node:assert/strict';
import { findings, fires, PLAN, table } from './sentence-table.js';

describe('development set misses (the thirtieth and thirty-first blind sets, now examined)', function () {
  this.timeout(20000);

  describe('confrontation: more wordings', () => {
    table('confrontation-repair', [
      ['Near the end she said the staff counselling scheme is "PR for the trust so the managers look good". I noted it and we finished.', true],
      ['He told me this "feelings stuff is soft" and that he is only here because the club made it a condition of his contract. I moved on to the sleep log.', true],
      ['He said his brother is only here because the court made it a condition.', false],
      ['She stopped after one round, said it was "baby stuff" and asked what real athletes do instead. I carried on with the drill.', true],
      ['Her son said the new school was baby stuff compared with the old one.', false],
      ["Cl annoyed re: 8-session cap: \"a box-ticking perk\". T validated + explained the cap and the options for more via the GP.", false],
      ['Cl annoyed re: the 8-session cap and said it is a box-ticking perk; I moved on to grounding.', true],
      ['He cut across it: "pointless in a storm, mate, you\'ve never been out in one." I carried on with the demo.', true],
      // A contrast is not a rejection; "nothing personal" is not a minimal answer.
      ['She goes to church with her gran at Easter, "for her, not for me".', false],
      ['He said "nothing personal, I just need this to work" and we went on.', false],
    ]);
  });

  describe('withdrawal: more wordings', () => {
    table('withdrawal-repair', [
      ['Described crying in the car, then said in a bright voice, "honestly, I\'m fine, don\'t worry about me." We went on to the rota.', true],
      ['When I asked how he feels about not going back to the site he said "it is what it is" and started asking whether the brace was on right. I answered and we carried on.', true],
      ['When I asked what the month had been like for her, rather than for the business, she talked for several minutes about the accountant. I let it go.', true],
      // A pause for thought, and going straight to the hard part, are not pulling away.
      ['Long silences, a minute or more; he was thinking, and each time he came back to what he had been saying.', false],
      ['In earlier sessions she steered away from the accident; today she went straight to it.', false],
      ['About ending he said it\'s OK, he has his sister nearby.', false],
    ]);
  });

  describe('repairs', () => {
    it('owning the pace and offering the choice of how to go on answer a withdrawal named later', () => {
      const body =
        'When I asked about the call from his son he said "fine, all fine" and went quiet for most of a minute.\n\n' +
        '## Assessment\n\nI said so, and that I might have moved onto it too quickly; asked whether he\'d rather leave it or come at it another way. We agreed he can type "pause" in the chat if a topic is too much.';
      assert.ok(!fires('withdrawal-repair', body + PLAN));
    });
    it('reflecting the laugh back and giving permission not to be fine', () => {
      const body = 'I asked about the scan. She laughed, said "honestly I\'m fine," and talked about work. I reflected gently that she had laughed, and said she doesn\'t have to be fine in here.';
      assert.ok(!fires('withdrawal-repair', body + PLAN));
    });
    it('a validation about the session cap answers a complaint about the cap', () => {
      assert.ok(!fires('confrontation-repair', 'She was annoyed about the session limit. I validated her frustration with the limit and explained how to ask for more.' + PLAN));
    });
  });

  describe('the Plan', () => {
    it('going back to the client\'s comment, "my role", and the walk-out come back to the moment', () => {
      for (const planLine of [
        'Start next session by going back to his comment and asking what he would need to see.',
        'Open by checking whether anything else about the fee or my role has been bothering her.',
        'Come back to the walk-out early on.',
      ]) {
        const body = 'When I raised the plan he said the sessions are "pointless" and walked out for five minutes.\n\n## Plan\n\n- ' + planLine;
        assert.deepEqual(findings('rupture-followup', body), [], planLine);
      }
    });
  });
});
