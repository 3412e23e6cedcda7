// Rupture misreadings of the development sets read again in the sixteenth session, written as new fictitious sentences,
// each beside a look-alike.
// Deflection: "laughed it off" and "said little" are a withdrawal as the answer to the therapist (a question in the same
// sentence or the one before), not when the client laughs off a jibe they report or says little about the weekend.
// States: a withdrawn state word ("quiet", "guarded") dated only by "today" is how the client presented; placed in the session
// ("in session", "throughout") or aimed at the therapist, it is a withdrawal.
// Tasks: refusing, skipping, avoiding or putting off the task presupposes it; "missed", "declined" and "delayed" more often take
// an appointment, an offer or a date, and count where the task is named as the agreed one ("the planned exposure practice").
// Feedback: saying little or nothing about the session is its feedback missing.
// Endings: a termination note looks back on its goals; only the goal its template asks it to state (a GIRP Goal section) is
// read as one.
// Plans: a Plan comes back to the moment by noticing it with the client, by naming today's silence or "the shutting-down moment",
// and by owning the pace ("tell her I brought up her father too soon"); and in the session, asking the client to say if
// the therapist is going too quickly owns the pace.
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint.js';
import { config, table, PLAN } from './sentence-table.js';

describe('development set rupture misreadings (read again in the sixteenth session)', function () {
  this.timeout(20000);

  describe('a Plan that comes back to the moment', () => {
    const marker = 'When I raised her father\'s illness she stared at the floor and stopped answering.';
    table(
      'withdrawal-repair',
      [
        ['Next session: notice with her how the talk moves away whenever the illness comes up.', false],
        ["Next session: name today's silence and ask what it was like for her.", false],
        ['Next session: open by asking about the shutting-down moment.', false],
        ['Next session: tell her I raised her father too soon and ask where she would like to start.', false],
        ['Next session: ask if the topic came too fast.', false],
        ['Next session: notice how often she walks to the shop this week.', true],
        ['Next session: wait for the right moment to review the sleep diary.', true],
      ],
      (plan) => `${marker}\n\n## Plan\n\n- ${plan}`,
    );
  });

  describe('owning the pace in the session', () => {
    table(
      'withdrawal-repair',
      [
        ['She asked me whether she was going too quickly through the worksheet.', true],
        ['I checked whether I was too fast for her.', false],
        ['I said I may have touched something she was not ready to look at.', false],
      ],
      (repair) => `When I asked about the ward round she went quiet and looked at the window. ${repair}${PLAN}`,
    );
  });

  describe('laughing it off and saying little answer the therapist', () => {
    table('withdrawal-repair', [
      ['When I asked about the mirror exposure she laughed it off.', true],
      ['I asked what the diary showed. He shrugged it off.', true],
      ['When I named the change in her voice she said very little.', true],
      ['While I was going over the relapse plan he said very little.', true],
      ['Her manager called her "a drama queen" at the team meeting; she laughed it off.', false],
      ['She said little about the weekend at her sister\'s.', false],
      ['Said little in the session about the house move.', false],
    ]);
  });

  describe('a withdrawn state dated only by "today" is how the client presented', () => {
    table('withdrawal-repair', [
      ['Quiet and guarded today; low mood, good eye contact.', false],
      ['Seemed distant today, tired after the night shift.', false],
      ['Quiet and guarded in session today, answering in single words.', true],
      ['He was guarded with me today when I asked about the van.', true],
    ]);
  });

  describe('a task not done: skipped or avoided, or the agreed task missed', () => {
    table('nonadherence-explored', [
      ['Pt skipped the breathing practice this week.', true],
      ['Missed the planned exposure practice this week.', true],
      ['Skipping the between-session practice again, she said.', true],
      ['Pt declined the homework sheet.', false],
      ['He kept missing his practice slots at the gym because of shifts.', false],
      ['Declined the exposure task offered in the group.', false],
    ]);
  });

  describe('saying little about the session is no feedback', () => {
    table('feedback-recorded', [
      ['We went over the sleep diary. He said little about how the session was for him.', true],
      ['We went over the sleep diary. She said nothing about how today had been.', true],
      ['We went over the sleep diary. She said little had changed at home but the session was useful.', false],
      ['We went over the sleep diary. He said the session was useful.', false],
    ]);
  });

  describe('a termination note reviews its goals', () => {
    const ending = (format: string, body: string): string =>
      `---\ntype: termination\nformat: ${format}\nclient: C-6312\ndate: 2026-08-03\nsession: 14\n---\n\n${body}\n`;
    const goals = (text: string): number => lint(text, { config }).findings.filter((f) => f.ruleId === 'goals-collaborative').length;
    it('does not read a review of the goals as goals set without the client', () => {
      assert.equal(goals(ending('free', 'Goals reviewed:\n\n- Reduce panic attacks to one a week: met.\n- Return to the allotment: partly met.')), 0);
    });
    it("still reads the goal a GIRP termination note's Goal section states", () => {
      assert.equal(goals(ending('GIRP', '## Goal\n\nReduce panic attacks to one a week.\n\n## Intervention\n\nReviewed the course of therapy.\n\n## Response\n\nShe named what helped.\n\n## Plan\n\nDischarge.')), 1);
    });
  });
});
