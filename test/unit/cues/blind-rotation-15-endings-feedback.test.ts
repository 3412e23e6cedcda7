// Misses of the thirty-fourth and thirty-fifth blind sets on missed tasks, client feedback, the ending actions, the Plan, labels and
// identifiers, now development sets: the general forms they showed were missing, written again in new fictitious sentences, each
// beside a look-alike that must not count.
// Missed tasks: a task named by its written product, a page ("hadn't done the relapse page"), or by a chapter of a self-help book
// ("hasn't opened ch. 4"), not a page of a magazine read for pleasure; a numbering abbreviation before its number ("ch. 4", "p. 12")
// ends no sentence; the task set out as a label, then a bare count of what was done ("Breathing practice: did 2 of 12"), not most of
// it ("did 5 of 7"); the task not done because the therapist never sent it ("because I hadn't posted the sheet", "(my oversight)"),
// not a task not done though it was sent.
// Feedback: the session, its room or its time named as the best part of the client's week ("the play room is my favourite bit of the
// week"), not football or a weekend; the client's words set out after a speaker label, as a transcript does ("Cl: \"…\""), not a
// parent's.
// Endings: growth said to go on in the future tense with no verb of expecting ("reckons he'll keep finding his feet"), not going on
// seeing a doctor; an idea or tool from the therapy used as the means of returning to or taking up an activity ("using the ladder
// idea to get back into swimming"), not a car used to get back into town, nor a tool used in the session.
// The Plan: "Review next week" names the next meeting and no step.
// Labels: a view set out under its own frame ("My impression: manipulative…") is the clinician's label; a bracketed gloss of a name
// someone gives the client ("her brother calls her \"preguiçosa\" (lazy)") is theirs, not a verdict after other words.
// Identifiers: a street written with its kind first and its number after the name ("Calle de los Olmos 14"), not "via Zoom 3
// times"; a birth label with a short phrase before its colon ("DOB for the insurer's form: …").
import assert from 'node:assert/strict';
import { endingTable, findings, table } from './sentence-table.js';

describe('thirty-fourth and thirty-fifth blind sets: missed tasks, feedback, endings, the Plan, labels and identifiers', function () {
  this.timeout(20000);

  describe('missed tasks: a page or a chapter as the task', () => {
    table('nonadherence-explored', [
      ["He hadn't done the relapse-signature page we started together. We'll pick it up next week.", true],
      ['Has not opened ch. 4 (thought traps) as agreed; set again for this week.', true],
      // Look-alikes: a page read for pleasure, and the page done.
      ['She read a few pages of a magazine in the waiting room.', false],
      ['He did the relapse-signature page and brought it in.', false],
    ]);
  });

  describe('missed tasks: a numbering abbreviation before its number ends no sentence', () => {
    it('"ch. 4" stays in its sentence', () => {
      // Were the sentence cut after "ch.", the agreement and the task would fall in two sentences.
      assert.equal(findings('nonadherence-explored', 'Skipped ch. 6 of the sleep workbook that we agreed on; set again.\n\n## Plan\n\n- Next session 8/10: graded walk to the post office, twice.').length, 1);
    });
  });

  describe('missed tasks: the task as a label, then a bare count of what was done', () => {
    table('nonadherence-explored', [
      ['HW = slow breathing with the app twice a day: did 2 of 12. Reminded her why daily practice matters.', true],
      // Look-alike: most of it done.
      ['HW = slow breathing with the app once a day: did 5 of 7.', false],
    ]);
  });

  describe('missed tasks: not done because the therapist never sent it', () => {
    table('nonadherence-explored', [
      ["No mood diary this week because I hadn't posted her the template (my oversight; sent today).", false],
      ['No food diary this week: T forgot to email the sheet.', false],
      // Look-alike: sent, and still not done.
      ['No mood diary this week, although I had posted her the template.', true],
    ]);
  });

  describe('feedback: the session, its room or its time as the best part of the week', () => {
    table('feedback-recorded', [
      ['Packing away the sand tray he said "the play room is my favourite bit of the week."', false],
      ['Said these sessions are the best part of her week at the moment.', false],
      ['She says her favourite part of the week is coming here.', false],
      // Look-alikes: something else is the best part of the week.
      ['He said football is his favourite bit of the week.', true],
      ['She says her favourite part of the week is Saturday swimming.', true],
    ]);
  });

  describe('feedback: the client\'s words after a speaker label', () => {
    table('feedback-recorded', [
      ['Cl: "the drawing bit in here is the only part that makes sense to me."', false],
      // Look-alike: a parent's words after their label.
      ['Mum: "the drawing bit in here is the only part that makes sense to me."', true],
    ]);
  });

  describe('endings: growth said to go on in the future tense', () => {
    endingTable([
      ['post-therapy-growth', 'Reckons he\'ll keep finding his feet after this, "bit by bit".', true],
      ['post-therapy-growth', 'She thinks she will go on healing once we stop.', true],
      // Look-alike: going on seeing a doctor.
      ['post-therapy-growth', 'She\'ll keep seeing her GP after this.', false],
    ]);
  });

  describe('endings: an idea from the therapy used as the means of returning to an activity', () => {
    endingTable([
      ['skills-beyond', 'She\'s using the ladder idea to get back into swimming, a width first, then a length.', true],
      ['skills-beyond', 'He used the same steps to start driving on the motorway.', true],
      // Look-alikes: a car used to get back into town, and a tool used in the session.
      ['skills-beyond', 'He used the car to get back into town.', false],
      ['skills-beyond', 'She uses the breathing to manage the session.', false],
    ]);
  });

  describe('the Plan: "Review next week" names no step', () => {
    it('review with only the next meeting is not concrete', () => {
      assert.deepEqual(findings('plan-next-step', 'Talked about the move.\n\n## Plan\n\nCarry on with the workbook. Review next week.'), ['plan-next-step']);
      assert.deepEqual(findings('plan-next-step', 'Talked about the move.\n\n## Plan\n\nReassess next session.'), ['plan-next-step']);
    });
    it('a review that names what is reviewed is a step', () => {
      assert.deepEqual(findings('plan-next-step', 'Talked about the move.\n\n## Plan\n\n- Review the sleep diary together next week.'), []);
    });
  });

  describe('labels: a view under its own frame, and a gloss of a name someone gives', () => {
    table('judgmental-language', [
      ['My impression: manipulative presentation, best met with clear limits.', true],
      ['In my view, attention-seeking with the staff team.', true],
      // Look-alikes: someone else named in the view, and a gloss of a name her brother uses.
      ['My impression: her brother is manipulative.', false],
      ['Her brother calls her "preguiçosa" (lazy) when she rests after work.', false],
      // A verdict in brackets after other words is the clinician's.
      ['Said she "forgot" the diary again (lazy).', true],
    ], (s) => s);
  });

  describe('identifiers: a street with its kind first and its number after the name; a birth label with a phrase before its colon', () => {
    const kinds = (body: string): string[] => findings('identifiers', body);
    it('the street kind first, the number after the name', () => {
      assert.ok(kinds('Lives at Calle de los Olmos 14, Barrio Verde, with her aunt.').length > 0);
      assert.ok(kinds('Moved to Rua das Acácias 7 last year.').length > 0);
      // Look-alikes: "via" a video platform, and a street with no number.
      assert.deepEqual(kinds('Seen via Zoom 3 times since the move.'), []);
      assert.deepEqual(kinds('Works at a café on Via Roma most days.'), []);
    });
    it('a birth label with a short phrase before its colon', () => {
      assert.ok(kinds("Client's DOB for the insurer's form: 02/11/1988.").length > 0);
      // Look-alike: the date that follows is the next appointment.
      assert.deepEqual(kinds('DOB checked at reception; next appt: 14/03/2027.'), []);
    });
  });
});
