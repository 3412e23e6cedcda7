// Misses of the thirty-fourth and thirty-fifth blind sets, which are now development sets: the shapes
// of wording and structure they showed were missing, written again in new fictitious sentences, each
// beside a look-alike that must not count. (Their missed tasks, feedback, ending actions and labels are
// in blind-rotation-15-endings-feedback.test.ts.)
// Structure: a move away that answers the therapist's question or suggestion in the sentence before
// ("Asked him to go through the moment. He turned to look out of the window."), not a request the
// client made with the subject dropped ("Asked that…"); a question reported after "asked" does not
// lend its "I" or its "whether" to the speech joined after it ("asked whether I had ever … and said the
// sleep rules are for people with easy jobs"); a name set off by commas after someone else is that
// person ("her ex, Jo, went quiet"); a silence that lasted days happened elsewhere; the therapist named
// only to be ruled out ("not at T") is no target; what the client could now do is no repair by the
// therapist; giving up on the topic is no answer to the moment.
// Words: the work as meant for other people; working on the therapist to act for the client or bend a
// report; "what's the point in talking about it" turns from the topic (a withdrawal), not from the
// therapy; owning the pace as "I'd come in too quickly"; permission not to tell or share; single words
// after that; putting the page away.
// The Plan: a check-back comes back to the rupture through what the client said when it was answered
// ("she said she felt talked down to" … "check whether she still feels talked down to"), through what the
// question that set it off was about, or by asking whether the therapist pushed too soon, what pace
// suits, how it sat with the client, or whether they still want someone else.
import assert from 'node:assert/strict';
import { findings, fires, PLAN, table } from './sentence-table.js';

describe('development set misses (the thirty-fourth and thirty-fifth blind sets, now examined)', function () {
  this.timeout(20000);

  describe('withdrawal: the question in the sentence before', () => {
    table('withdrawal-repair', [
      ['Asked him to go through the moment the ladder slipped. He turned to look out of the window.', true],
      ['I suggested she read the letter aloud. She folded it and put it in her pocket.', true],
      ['Asked about the fall. Single words from then on.', true],
      // No question before; a request by the client; a page put away for later.
      ['We talked about the ladder. He turned to look out of the window at the rain.', false],
      ['Asked that we keep the blinds down. Prefers long pauses to quick questions.', false],
      ['I suggested she read the letter at home. She put it in her bag to read on the bus.', false],
    ]);
  });

  describe('withdrawal: who went quiet, and for how long', () => {
    table('withdrawal-repair', [
      ['Went over the week: her ex, Jo, went quiet after the school play and would not reply to texts.', false],
      ['Her son went silent for two days after the row about his phone.', false],
      // Look-alikes: the client, named after a clause; a silence in the session.
      ["When I asked about her mum's call, Dee went quiet.", true],
      ['When I asked about the row she went silent for two minutes.', true],
    ]);
  });

  describe('withdrawal: owning the pace, permission not to tell, and giving up', () => {
    table('withdrawal-repair', [
      ["When I asked about the drawing he turned away. I said I'd come in too quickly and that he didn't have to explain it.", false],
      ['When I asked about the drawing he turned away. I said she did not have to share any of it.', false],
      // Look-alikes: "too" that owns nothing; giving up.
      ["When I asked about the drawing he turned away. I said I'd asked about his dad too.", true],
      ['Each time I came back to the rota he changed the subject to football; by the end I had stopped trying.', true],
    ]);
  });

  describe('confrontation: the work as meant for other people, and pressure on the therapist', () => {
    table('confrontation-repair', [
      ['He said the grounding work is "meant for people with office jobs". I carried on with the script.', true],
      ['When I set out the sleep rules he asked whether I had "ever done a night shift" and said the sleep work is "for people with nine-to-five lives". I went on to the diary.', true],
      ['She kept trying to get me to write to the panel that she had finished the course.', true],
      ['He pressed me to sign the form before we had talked it through.', true],
      // Look-alikes: an ordinary request; someone else pressed.
      ['He asked me to write a letter to the housing office.', false],
      ['Her mum pressed her to go back to college.', false],
    ]);
    it('a question turned on the therapist that comes with a verdict on the work is the challenge, not a move away', () => {
      const body = 'When I set out the sleep rules he asked whether I had "ever done a night shift" and said the sleep work is "for people with nine-to-five lives". I went on to the diary.';
      assert.ok(!fires('withdrawal-repair', body + PLAN));
      assert.ok(fires('withdrawal-repair', 'When I raised the diary she asked whether I had children and what my weekend had been like.' + PLAN));
    });
  });

  describe('confrontation: what is not aimed at the therapy', () => {
    table('confrontation-repair', [
      ['When I asked about the scan results he said "what\'s the point in talking about it" and looked at the floor.', false],
      ['Furious about the bus company all session, not at T.', false],
      ['Her dad said afterwards, "first time she let me brush her hair without making it a joke", and asked about next week.', false],
      // Look-alikes: the talking itself set aside; the therapist not ruled out.
      ['When I raised the diary she said "what\'s the point in talking, nothing changes." I moved on to the scores.', true],
      ['When I raised the diary she was angry with me, not with the diary.', true],
    ]);
    it('what the client could now do is not the therapist repairing', () => {
      const moment = 'When I introduced the breathing card he said it is "for people who have never been on a roof" and turned it over. I moved on to the schedule.';
      assert.ok(fires('confrontation-repair', `${moment} Later could name the moment he froze on the ladder.${PLAN}`));
      assert.ok(!fires('confrontation-repair', `${moment} Later I named what had happened with the card and asked how it had landed.${PLAN}`));
    });
  });

  describe('the Plan comes back', () => {
    const ruptureThenPlan = (planLine: string): string[] =>
      findings(
        'rupture-followup',
        'Partway through she said I was "lecturing her". I acknowledged it and asked what it had been like; she said she felt "talked down to".\n\n## Plan\n\n- ' + planLine,
      );
    it('to what the client said when the rupture was answered', () => {
      assert.deepEqual(ruptureThenPlan('Next week: check whether she still feels talked down to.'), []);
      assert.deepEqual(ruptureThenPlan('Next week: check whether she still feels tired in the mornings.'), ['rupture-followup']);
    });
    it('to what the question that set it off was about', () => {
      const body = 'When I asked about the moment the alarm went, he shrugged and looked at his phone.\n\n## Plan\n\n- ';
      assert.deepEqual(findings('rupture-followup', `${body}Name that we moved off the alarm quickly today.`), []);
      assert.deepEqual(findings('rupture-followup', `${body}Name three coping skills for the night shift.`), ['rupture-followup']);
    });
    it('by asking whether the therapist pushed too soon, what pace suits, how it sat, or whether he still wants someone else', () => {
      for (const planLine of [
        'Ask if I pushed too soon.',
        'Ask what pace suits him.',
        'Start with how stopping early sat with him.',
        'Ask how my lateness sat with him.',
        'Check if he still wants to change to an older colleague.',
      ]) {
        const body = 'When I asked about the crash he said "I am not doing this" and turned his chair to the window. I moved on.\n\n## Plan\n\n- ' + planLine;
        assert.deepEqual(findings('rupture-followup', body), [], planLine);
      }
      const body = 'When I asked about the crash he said "I am not doing this" and turned his chair to the window. I moved on.\n\n## Plan\n\n- ';
      assert.deepEqual(findings('rupture-followup', `${body}Ask if he has used the inhaler.`), ['rupture-followup']);
    });
  });
});
