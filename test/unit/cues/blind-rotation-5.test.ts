// Misses of the fourteenth and fifteenth blind sets, which are now development sets: the shapes of
// wording and of note layout they showed were missing, written again in new fictitious sentences,
// each beside a look-alike that must not count. (The ending actions and the therapist's reactions
// of the same sets are in blind-rotation-5-endings-reactions.test.ts.)
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint.js';
import { config, findings, fires, note, PLAN, table } from './sentence-table.js';

/** The lines (1-based) a rule reports on, for a note holding `body`. */
function linesOf(rule: string, body: string, type = 'progress'): number[] {
  return lint(note(body, type), { config })
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => f.start.line);
}

describe('development set misses (the fourteenth and fifteenth blind sets, now examined)', function () {
  this.timeout(20000);

  describe('a rupture told again in the Assessment is the same moment', () => {
    const body = (assessment: string) =>
      '## Objective\n\nPhone session, 30 min. When I asked about the court date she gave one-word answers and went quiet.\n\n' +
      `## Assessment\n\n${assessment}\n\n## Plan\n\n- Next session 9/2: budget sheet, line by line.`;

    it('one finding, on the line that recorded it, when the Assessment sums it up', () => {
      assert.deepEqual(linesOf('withdrawal-repair', body('Adjustment difficulties. Engagement poor today.')), [11]);
    });

    it('an Assessment marker with nothing before it still counts', () => {
      const lone = '## Objective\n\nPhone session, 30 min; budget reviewed.\n\n## Assessment\n\nEngagement poor today, one-word answers throughout.' + PLAN;
      assert.equal(fires('withdrawal-repair', lone), true);
    });

    it('in a running record, an earlier entry\'s marker does not swallow a later entry\'s', () => {
      const record =
        '# 2026-03-02\n\n## Objective\n\nWent quiet when I asked about her mother.\n\n## Assessment\n\nLow mood.\n\n' +
        '# 2026-03-09\n\n## Objective\n\nBudget reviewed; talkative.\n\n## Assessment\n\nEngagement poor today, one-word answers throughout.' + PLAN;
      assert.equal(linesOf('withdrawal-repair', record).length, 2);
    });
  });

  describe('confrontation markers', () => {
    table('confrontation-repair', [
      // The client's own words about the therapist's inexperience.
      ['He said, "You\'re new at this. You\'re practising on me." I moved on to the sleep diary.', true],
      ['She said her supervisor at the depot is "practising on the new starters" with the rota.', false],
      // Turning on the therapy itself.
      ['Twenty minutes in he turned on the programme: "It\'s all talk and no help."', true],
      ['He turned on the television as soon as I arrived and we talked over it.', false],
      // Doubt that the therapy works, said or asked.
      ['She said she was "not sure this is working, four months and I still can\'t drive", and asked whether the therapy was ever going to touch the fear itself. I went on with the hierarchy.', true],
      ['I was not sure whether the exercise was working for her, so I slowed it down.', false],
      // Complaining about the questions themselves.
      ['When I got the forms out she said "what\'s the point of all these questions" and I carried on with the PHQ-9.', true],
    ]);

    it('criticism that comes after the invited review, later in the session, is a rupture', () => {
      const body =
        'Looking back over the eight sessions together, she said the letter-writing mattered most. When I asked what could have been better, she said the start was "a bit slow".\n' +
        'Near the end she said, quite sharply, that I "never actually taught her anything practical".';
      assert.equal(fires('confrontation-repair', body, 'termination'), true);
      const invited = 'Looking back over the eight sessions together, she said the letter-writing mattered most. When I asked what could have been better, she said the start was "a bit slow".';
      assert.equal(fires('confrontation-repair', invited, 'termination'), false);
    });
  });

  describe('withdrawal markers', () => {
    table('withdrawal-repair', [
      // Telegraphic notes: what was said to most questions, and minimal output.
      ['In group, pt stated "dunno" to most Qs about the incident, eyes down.', true],
      ['Pt stated she was fine with the new group time.', false],
      ['1:1 today: min verbal output, hood up.', true],
      // Affect that fits what is told is not a split.
      ['She smiled at times when talking about her grandson\'s first steps.', false],
      ['She smiled while describing the assault, and moved on quickly.', true],
      // Going through a procedure step by step is the therapist's method, not storytelling.
      ['We went through the panic cycle again, step by step, on the whiteboard.', false],
    ]);

    it('in a note about a woman, "he went quiet" is someone else', () => {
      const body = 'She told her brother about the diagnosis at the weekend; he went quiet and walked out. She felt hurt and is not sure what to say to him.';
      assert.equal(fires('withdrawal-repair', body + PLAN), false);
      assert.equal(fires('withdrawal-repair', 'She went quiet when I asked about her brother and said "can we leave it".' + PLAN), true);
    });
  });

  describe('the Plan comes back to the rupture', () => {
    it('asking whether today\'s change sat right with the client is a follow-up', () => {
      const body = 'When I suggested halving the exposure he snapped that I was "treating him like a child". I apologised and we agreed the smaller step together.\n\n## Plan\n\n- Next session 9/3: ask him whether today\'s change to the plan sat right with him; second exposure.';
      assert.equal(fires('rupture-followup', body), false);
      const plain = 'When I suggested halving the exposure he snapped that I was "treating him like a child". I apologised and we agreed the smaller step together.\n\n## Plan\n\n- Next session 9/3: second exposure.';
      assert.equal(fires('rupture-followup', plain), true);
    });
  });

  describe('agreed tasks not done', () => {
    table('nonadherence-explored', [
      // The agreement names the task; "it" is what was not done.
      ['Agreed last session to phone the housing office; she did not do it.', true],
      ['Said she\'d bring the bank statements today — hasn\'t. Moved on.', true],
      ['Agreed last week to try the walk; she did it twice.', false],
      ['She agreed to come weekly, not fortnightly.', false],
      // A sheet taken home is a task, whatever it is called.
      ['The values sheet she took home was not filled in. Gave her another copy.', true],
      // An analysis of the missed moments explores them.
      ['Had agreed to ask her manager for the later shift; she didn\'t. We did a chain analysis of the two times she nearly asked.', false],
    ]);
  });

  describe('goals and who set them', () => {
    const plan = (body: string) => findings('goals-collaborative', body, 'intake');

    it('a bare list under a "Goals:" label fires, whatever a paragraph far above says', () => {
      const body = 'He said he had agreed to come only because his GP pushed him.\n\nGoals:\n- Cut down to two pints a night.\n- Back to the allotment twice a week.';
      assert.equal(plan(body).length, 2);
    });

    it('a run-in bold head ("**Goals.**") heads its goals', () => {
      assert.equal(plan('**Goals.** Walk each morning; sleep before midnight.').length, 1);
      assert.equal(plan('**Goals.** Chosen by her at the end: walk each morning; sleep before midnight.').length, 0);
    });

    it('a goal that says it was added without the client is reported under a collaborative lead-in', () => {
      const body =
        '## Goals\nWorked out together today, in her words.\n1. "Get back on the bus to work."\n2. Keep the hospital appointments in her own diary. *Added by me after the team meeting; not yet discussed with her.*';
      assert.deepEqual(findings('goals-collaborative', body, 'treatment-plan').length, 1);
    });

    it('"we … together" shows the client\'s part', () => {
      assert.equal(findings('goals-collaborative', '## Objectives\n- 1a. Graded list of shops to enter (we drafted it together today).', 'treatment-plan').length, 0);
      assert.equal(findings('goals-collaborative', '## Objectives\n- 1a. Graded list of shops to enter.', 'treatment-plan').length, 1);
    });
  });

  describe('client context at intake', () => {
    table(
      'client-context',
      [
        ['**Culture / faith / preferences.** Not asked today; the risk questions took the time.', true],
        ['Protective: daughter, church? (not explored), no weapons at home.', true],
        ['**Culture / faith.** Catholic, goes to mass with her mother most Sundays.', false],
      ],
      (s) => s + PLAN,
      'intake',
    );
  });

  describe('feedback on the session (the rule fires when there is none)', () => {
    table('feedback-recorded', [
      ['Said he\'d send the housing form by today, and has not.', true],
      ['Rated the group day 7/10 on the exit card.', false],
    ]);
  });

  describe('identifiers behind a bold label', () => {
    table('identifiers', [
      ['**DOB:** 02/11/1980', true],
      ['**MRN:** 5512093', true],
      ['**Session:** 12', false],
    ]);
  });

  describe('judgmental labels', () => {
    it('"aggressive and demanding" is one way of portraying the client: one finding', () => {
      assert.equal(findings('judgmental-language', 'He was aggressive and demanding for most of the hour.').length, 1);
    });
    table('judgmental-language', [
      ['Aggressive treatment of the infection was started on the ward.', false],
      ['The job is demanding and she works nights.', false],
      ['He described his father as aggressive when drunk.', false],
    ]);
  });
});
