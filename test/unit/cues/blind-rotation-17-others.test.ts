// Misses of the thirty-eighth to forty-first blind sets on every rule but the three rupture rules, now development sets: the
// general forms they showed were missing, written again in new fictitious notes and sentences, each beside a look-alike that
// must not count.
// Sections: headings that spell out a format's initials (`## D`, `## A`, `## P` in a DAP note) name its sections; one bare
// letter heading alone (an appendix `## A`) names none.
// Missed tasks: done a few times and then stopped is a task dropped; a bare "did not go" after the task set out as a label is an
// outing not made. Why looked at together ("talked about why", "looked at why together"), and what happens when the task is due, in
// any tense, explore it; not when negated. The task moved to another time or place, narrowed to part of it ("… only"), taken one
// piece at a time, or rewritten in the client's words is adjusted; "one day at a time" is a slogan, and the talk "switched to"
// another topic adjusts nothing. "Homework" in a later line
// refers back to the task already recorded, not a second one. An intake is a first meeting: a task not done there belongs to an
// earlier therapy.
// Goals: a line labelled "Next:" is logistics; "Treatment plan: <whom it is for>" as the first line names the document; in
// parent-led work or a session held with a parent, the parent choosing the goals is the family's part in them (not a parent's goal
// in an individual adult's session); "Written with <the client>" with its subject dropped says the plan was made with the client,
// not "Written with her supervisor".
// Endings: what might bring the trouble back, named ("what could drag her back"), and a cope-ahead plan are future coping, not
// a bus that brings her back; missing the sessions' weekday ("she'll miss Tuesdays"), with the subject's contraction, and the
// ending set out as a label then a likeness ("About finishing: like …") are what the ending means, not missing Tuesdays at the
// pool; "now understands why I suggested it" is the client's view of the therapist's choice, not a gain.
// Client context: a way of working chosen over talk ("rather than talking"), and a named therapy asked for, are preferences for
// therapy; talking rather than texting a friend is not.
// Reactions: a supervisor in the client's world ("his supervisor's decision") is not supervision; the reaction talked over with a
// colleague by role, and its cause named by the therapist ("I think it's the …"), are reflections.
// Labels: "they" standing for an institution named just before ("the bank: they refused") is not the client; a telegraphic note
// drops the copula ("Pt difficult today"); a second predicate after "and" ("tells it differently and comes across as …") is the
// clinician's, not inside what was told.
// Identifiers: the lane, way and walk kinds of Spanish, Portuguese, Italian and French streets, first, with "de las" / "de los".
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint.js';
import { config, endingTable, findings, table } from './sentence-table.js';

describe('thirty-eighth to forty-first blind sets: sections, tasks, goals, context, reactions, endings, labels and identifiers', function () {
  this.timeout(20000);

  describe('sections: headings that spell out the format\'s initials', () => {
    const missing = (format: string, body: string): string[] =>
      lint(`---\ntype: progress\nformat: ${format}\nclient: C-7702\ndate: 2026-09-14\nsession: 3\n---\n\n${body}\n`, { config })
        .findings.filter((f) => f.ruleId === 'required-sections')
        .map((f) => String(f.detail));
    it('single-letter headings of the declared format name its sections', () => {
      assert.deepEqual(missing('DAP', '## D\nSlept 6 h most nights.\n\n## A\nSleep pressure building.\n\n## P\nNext session 9/21: review the sleep window.'), []);
      assert.deepEqual(
        missing('BIRP', '# B\nRestless, on time.\n\n# I\nGrounding practice.\n\n# R\nCalmer by the end.\n\n# P\nNext session 9/21: grounding on the bus.'),
        [],
      );
    });
    it('the letters still show which section is missing', () => {
      assert.deepEqual(missing('SOAP', '## S\nLow week.\n\n## O\nFlat affect.\n\n## P\nNext session 9/21: activity diary.'), ['Assessment']);
    });
    it('one bare letter heading alone names nothing', () => {
      assert.deepEqual(
        missing('SOAP', '## Subjective\nLow week.\n\n## Objective\nFlat.\n\n## Plan\nNext session 9/21: diary.\n\n## A\nHandout list.').sort(),
        ['Assessment'],
      );
    });
  });

  describe('missed tasks: dropped after a few days, and an outing not made', () => {
    table('nonadherence-explored', [
      ['The urge log (set at session 4): kept it up for three evenings and then gave up.', true],
      ['Mood diary - did it two days then stopped.', true],
      ['The graded walking plan (round the block daily, agreed last week) - he didn\'t go.', true],
      // Look-alikes: a walk kept up, and a bare "didn't go" about work, with no task before it.
      ['The urge log (set at session 4): kept it up every evening and brought it in.', false],
      ['Monday - he didn\'t go.', false],
    ]);
  });

  describe('missed tasks: why looked at together, and what happens when the task is due', () => {
    const missed = 'The thought record agreed last week was not done. ';
    table('nonadherence-explored', [
      [`${missed}We talked about why; mornings are when his father is home.`, false],
      [`${missed}Looked at why together, and the evenings are the problem.`, false],
      [`${missed}We looked at what happens when she picks up the pen: "it turns into a list of failures".`, false],
      // Look-alikes: the same words negated, and a why about something else far from the task.
      [`${missed}We did not talk about why.`, true],
      [`${missed}We never got to why.`, true],
    ]);
  });

  describe('missed tasks: the task moved, narrowed, taken a piece at a time, or rewritten', () => {
    const missed = 'The worry-time exercise we set was not done. ';
    table('nonadherence-explored', [
      [`${missed}Moved worry time to the drive home from the depot.`, false],
      [`${missed}We agreed to keep the diary for school nights only.`, false],
      [`${missed}Agreed to go through it with her aunt, one step at a time.`, false],
      [`${missed}Rewrote the script in her own words, shorter.`, false],
      // Look-alikes: the same task set again, a slogan, and a session moved.
      [`${missed}Same exercise again this week.`, true],
      [`${missed}She says she takes it one day at a time.`, true],
      [`${missed}Moved next session to Thursday.`, true],
      // The talk switched to another topic is no adjustment of the task; the task switched is.
      [`${missed}She switched to talking about her sister's wedding.`, true],
      [`${missed}We switched it to two minutes at lunch.`, false],
    ]);
  });

  describe('missed tasks: a generic word later refers back to the task named', () => {
    it('"homework" in the Assessment is the diary already recorded', () => {
      const body = 'He did not fill in the sleep diary we agreed last session. Reissued it.\n\n## Assessment\n\nInsomnia. Non-compliant with homework, so slow progress.';
      assert.deepEqual(findings('nonadherence-explored', body), ['nonadherence-explored']);
    });
    it('two named tasks are still two findings', () => {
      const body = 'He did not fill in the sleep diary we agreed last session.\n\nThe breathing practice we set was not done either.';
      assert.equal(findings('nonadherence-explored', body).length, 2);
    });
  });

  describe('missed tasks: an intake records earlier therapies', () => {
    it('a task dropped in a previous therapy, told at intake, does not fire', () => {
      assert.deepEqual(findings('nonadherence-explored', 'Saw a counsellor at university. She stopped doing the breathing practice after a week.', 'intake'), []);
    });
    it('the same line in a progress note fires', () => {
      assert.deepEqual(findings('nonadherence-explored', 'She did not do the breathing practice we set last week.'), ['nonadherence-explored']);
    });
  });

  describe('goals: logistics, the document\'s title, a parent choosing, and the plan written with the client', () => {
    const goalLines = (body: string, type = 'intake'): string[] =>
      lint(`---\ntype: ${type}\nformat: free\nclient: C-7703\ndate: 2026-09-15\nsession: 1\n---\n\n${body}\n`, { config })
        .findings.filter((f) => f.ruleId === 'goals-collaborative')
        .map((f) => String(f.start.line));
    it('"Next:" under a goal is the next appointment', () => {
      assert.deepEqual(goalLines('Goal: sleep through the night.\nNext: fortnightly, Thursdays 4 pm.'), ['9']);
    });
    it('"Treatment plan: <whom>" opening the note is its title; with a treatment named it is a plan statement', () => {
      assert.deepEqual(goalLines('Treatment plan: Mrs D (health anxiety)\n\nGoals (in her words): "stop googling symptoms".', 'treatment-plan'), []);
      assert.deepEqual(goalLines('Treatment plan: CBT for health anxiety, 10 sessions.\n\nGoals (in her words): "stop googling symptoms".', 'treatment-plan'), ['9']);
    });
    it('in parent-led work a parent choosing the goals is the family\'s part; in an adult\'s own session it is not', () => {
      const goals = (who: string): string => `## Goals\n\n${who} chose two goals on the outcomes form:\n1. Sam sleeps in his own bed three nights a week.\n2. Sam says goodbye at the school gate.`;
      assert.deepEqual(goalLines(`Parent-led CBT, first appointment, seen with Dad.\n\n${goals('Dad')}`), []);
      assert.deepEqual(goalLines(`Seen alone; Sam is 34 and lives with his partner.\n\n${goals('His mother')}`), ['13', '14', '15']);
    });
    it('"Written with <the client>" covers the goals of its section; "Written with her supervisor" does not', () => {
      const goals = '\nGoals:\n1. Walk to the shop alone.\n2. One evening out a week.';
      assert.deepEqual(goalLines(`# Treatment plan\n\nWritten with Ms Ferreira in session 2; she changed two of the words.${goals}`, 'treatment-plan'), []);
      assert.deepEqual(goalLines(`# Treatment plan\n\nWritten with my supervisor after session 2.${goals}`, 'treatment-plan'), ['13', '14']);
    });
  });

  describe('endings: what might bring it back, cope ahead, the weekday missed, the ending as a label, and insight into the therapist', () => {
    endingTable([
      ['future-coping', 'We went through what could drag the low mood back: the clocks changing, her exams, and what she would do.', true],
      ['future-coping', 'Cope ahead: his first Christmas without his dad, the plan is to leave early and ring his cousin.', true],
      // Look-alike: something that brings her back, a bus.
      ['future-coping', 'She takes the number 9, which brings her back to the estate by six.', false],
      ['meaning-of-ending', 'She said she\'ll miss Tuesdays and that stopping felt a bit early.', true],
      ['meaning-of-ending', 'He said he\'d miss Wednesdays, "a bit like losing a habit".', true],
      ['meaning-of-ending', 'About finishing: like taking the stabilisers off a bike.', true],
      // Look-alikes: a weekday missed for another reason, and a label with no likeness.
      ['meaning-of-ending', 'She\'ll miss Tuesdays at the pool when the new shifts start.', false],
      ['meaning-of-ending', 'About finishing: final letter to the GP next week.', false],
      ['gains', 'She now understands why I suggested the exposure.', false],
      ['gains', 'She now drives to work on her own.', true],
    ]);
  });

  describe('client context: a way of working chosen over talk, a named therapy asked for', () => {
    const ctx = (body: string): string[] => findings('client-context', body, 'intake');
    it('records a preference for therapy', () => {
      assert.deepEqual(ctx('34, chef, lives with a flatmate. Asked whether we could draw together rather than talking for the first few weeks.'), []);
      assert.deepEqual(ctx('41, bus driver. He had heard about EMDR from a colleague and asked for it.'), []);
      assert.deepEqual(ctx('29, lives alone. She came wanting a female therapist.'), []);
    });
    it('talk with someone else, and a therapy only named, are no preference', () => {
      assert.deepEqual(ctx('34, chef, lives with a flatmate. Rings her sister rather than texting.'), ['client-context']);
      assert.deepEqual(ctx('41, bus driver. Had EMDR in 2019 through work.'), ['client-context']);
    });
  });

  describe('reactions: someone else\'s supervisor, a colleague by role, and the cause named', () => {
    table('therapist-reaction', [
      ['I was worn out by the end, the third week running he went back over his supervisor\'s rota change.', true],
      ['I felt drained by the end; the supervisor\'s email about his hours took up most of the hour.', true],
      // Look-alikes: the therapist's own supervisor, a colleague by role, and the cause named.
      ['I was worn out by the end; I will take this to my supervisor on Friday.', false],
      ['I felt irritated with her today and spoke to our team lead about it afterwards.', false],
      ['I felt drained after the visit. I think it is the weight of the court date I carry for her.', false],
    ]);
  });

  describe('labels: an institution\'s "they", a dropped copula, and a second predicate after a reporting verb', () => {
    table('judgmental-language', [
      ['Pt very difficult today, talking over every question.', true],
      ['Cl. very challenging today, arrived late and left early.', true],
      ['She says very little in group and comes across as manipulative.', true],
      ['He told me about the weekend and was uncooperative when I asked about the car.', true],
      // Look-alikes: the institution refusing, a task that is difficult, and the label inside what was told.
      ['She is upset with the housing office: they refused her transfer again.', false],
      ['Pt difficult to reach by phone this week.', false],
      ['He told me his brother is manipulative.', false],
    ], (s) => s);
  });

  describe('identifiers: streets whose kind comes first', () => {
    const kinds = (body: string): string[] => findings('identifiers', body);
    it('lanes, ways and walks with their number first', () => {
      assert.ok(kinds('She rents a room at 22 Callejón de los Arcos, Villa Serena.').length > 0);
      assert.ok(kinds('Moved to 5 Chemin des Saules last spring.').length > 0);
      assert.ok(kinds('Now at 31 Travessa do Carmo with his cousin.').length > 0);
      // Look-alikes: a number before a plain word, and a street named with no number.
      assert.deepEqual(kinds('Walked 22 minutes along the Camino most mornings.'), []);
      assert.deepEqual(kinds('Grew up near the Paseo del Prado.'), []);
    });
  });
});
