// Misses of the thirty-fourth and thirty-fifth blind sets on missed tasks, client feedback, the ending actions, the Plan, labels and
// identifiers, now development sets: the general forms they showed were missing, written again in new fictitious sentences, each
// beside a look-alike that must not count.
// Missed tasks: a task named by its written product, a page ("hadn't done the relapse page"), or by a chapter of a self-help book
// ("hasn't opened ch. 4"), not a page of a magazine read for pleasure; a numbering abbreviation before its number ("ch. 4", "p. 12")
// ends no sentence; the task set out as a label, then a bare count of what was done ("Breathing practice: did 2 of 12"), not most of
// it ("did 5 of 7"); the task not done because the therapist never sent it ("because I hadn't posted the sheet", "(my oversight)"),
// not a task not done though it was sent.
// From the missed-task sentence set: "'forgot' the practice" in scare quotes, a recording not listened to, a task put off that "we'd agreed", a hierarchy or ladder step
// avoided, "HW x", a named exercise in single quotation marks not practised at home, an item of the plan set out after it as a
// label and skipped, neither partner having done it, "not followed - …", anything skipped "despite the agreement"; explored or
// adjusted: tasks of the client's own picked in place of the ones set, when it slips found together, something new agreed as the
// step, the belief behind not doing it, a large-print copy, the moment it was dropped gone over, the hierarchy revised; not a miss:
// "no missed practice", no task by mutual agreement, a diary label followed by what the diary showed.
// Feedback: the session, its room or its time named as the best part of the client's week ("the play room is my favourite bit of the
// week"), not football or a weekend; the client's words set out after a speaker label, as a transcript does ("Cl: \"…\""), not a
// parent's.
// Endings: growth said to go on in the future tense with no verb of expecting ("reckons he'll keep finding his feet"), not going on
// seeing a doctor; an idea or tool from the therapy used as the means of returning to or taking up an activity ("using the ladder
// idea to get back into swimming"), not a car used to get back into town, nor a tool used in the session.
// From the ending sentence set: what the sessions had been like, put into words; abstinence kept, a problem behaviour stopped, a
// routine back again, changes since the start, the problem that brought them here eased; the parents knowing what to look out
// for; an apprenticeship for life; expecting to find it gets easier; the meaning of ending wondered about, or explored "given her
// history"; the therapist's admiration told to the client and a parent. Not the action here: "not addressed", declined, put off
// to a later meeting, in another treatment or in childhood, someone else's change outside couple or family work, gains
// forecast, "not only when panic hits", the journey retraced, "life after discharge", "by telling him".
// Also from it: "now notices/catches herself …" is a skill used, not a gain; "the tools from here" is a source, not a time; a
// forecast that something "will carry on growing" is growth after therapy, not change called a practice; change framed "as
// something he will keep practising" is ongoing, not a forecast.
// From the reaction sentence set: the session named by the client's name ("after Mrs K.'s session") or the client's act by name
// ("within minutes of Dev starting") places a dropped subject's feeling with the therapist; a heaviness carried from a session; an
// exasperated interjection ("Ugh."); the clinical pull to rescue or reassure; going along "more than I meant to"; a client's
// reported "what he would do" leaves the therapist's "I felt" after it current; "which car was mine" owns no feeling. Reflected:
// the reaction acknowledged or apologised for with the client, used to slow the pace or open a conversation, the therapist's own
// conduct planned ("intend to tolerate silence"). Not this client's: a reaction in an earlier post or placement.
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

  describe('missed tasks (sentence set): more ways of not doing it, and more ways of exploring or adjusting it', () => {
    table('nonadherence-explored', [
      // Not done: a recording not listened to, a task put off that was agreed, a hierarchy step avoided, "HW x", a named exercise in
      // quotation marks not practised at home, an item of the plan skipped, neither partner, not followed before a dash, and anything
      // skipped despite the agreement.
      ["He hadn't listened to the relaxation recording between sessions. Encouraged daily listening.", true],
      ["She put off ringing the housing officer, which we'd agreed she would do by Friday. Reminded her.", true],
      ['Ladder step 3 (queue at the post office) avoided. Same step again next week.', true],
      ['HW x. Set again.', true],
      // The verb in the clinician's scare quotes is still the act; forgetting keys is no task.
      ["Pt 'forgot' the thought record again. Reminded.", true],
      ["Pt 'forgot' her keys again.", false],
      ["Did not practise the 'starfish' breathing at home, per her mum. Plan continues.", true],
      ['Sleep plan: wind-down hour skipped on most nights. Plan restated.', true],
      ['Neither parent had used the agreed praise chart. Both encouraged to try.', true],
      ['Sleep window not followed - stayed up gaming most nights. Rules restated.', true],
      ['Evening walk still being dropped on workdays despite the agreement. Encouraged.', true],
      // Explored or adjusted: the client picks tasks of her own, when it slips found together and a new step agreed, the belief
      // behind skipping it, a large-print copy for a client who cannot read the print, the moment it was dropped gone over.
      ['Activity plan not followed. The activities were mine, not hers; she picked two of her own for this week.', false],
      ['Competing response not used. Identified that picking happens mostly while reading in bed; agreed a stress ball by the bed as a new step.', false],
      ['Thought records not done. He believed writing them down would make the thoughts come true; we set up a small experiment to test that.', false],
      ["Hadn't used the medication diary: she can't see the small print. Large-print diary sent today.", false],
      ['Exposure walk avoided. Looked together at the moment she turned back at the corner; ladder revised with a shorter first walk.', false],
      // Look-alikes that are not a miss: nothing missed, no task by agreement, a diary reviewed with skipped lunches in it.
      ['No missed practice this week - all five exposures logged.', false],
      ['No homework this week, by mutual agreement, because of the move.', false],
      ['Reviewed the diary: headaches follow skipped breakfasts and late nights.', false],
      // A goal picked last week is not a task adjusted.
      ["She picked her own goals last week. She hadn't done the relapse page. We'll do it next time.", true],
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

  describe('endings (sentence set): actions found in more words', () => {
    endingTable([
      ['mutual-review', 'Talked with her and her partner about what the sessions had felt like for each of them.', true],
      ['gains', 'Has stayed sober through the whole wedding season.', true],
      ['gains', 'Has stopped avoiding the canteen at lunchtime.', true],
      ['gains', 'He is doing his evening prayers again.', true],
      ['gains', 'Since we began she has joined a choir and found part-time work.', true],
      ['gains', 'The panic that brought him here has mostly settled.', true],
      ['future-coping', 'His parents know what to watch for (stomach aches before school) and what to do then.', true],
      ['ongoing-growth', 'She called it "a lifelong apprenticeship".', true],
      ['post-therapy-growth', 'Most of them will find it gets easier with time.', true],
      ['meaning-of-ending', 'She wondered whether finishing meant she had failed, and we talked it through.', true],
      ['meaning-of-ending', 'Explored what ending means to him, given his history of being let down.', true],
      ['pride', 'Told Sam and his mum how much I admired the way he stuck with it.', true],
      // Look-alikes: a weather report, a habit lost, someone else sober, a plumbing apprenticeship, a hard parking space, an ending
      // talked about in another therapy, someone else's pride.
      ['mutual-review', 'Asked what the weather had been like on the drive in.', false],
      ['gains', 'Has stopped going to the gym.', false],
      ['gains', 'Her brother has stayed sober since June.', false],
      ['ongoing-growth', 'He is starting a plumbing apprenticeship in May.', false],
      ['post-therapy-growth', 'She will find it hard to park near the clinic.', false],
      ['meaning-of-ending', 'In his last therapy they talked about what ending meant.', false],
      ['pride', 'His aunt told him how proud she was of her own son.', false],
    ]);
  });

  describe('endings (sentence set): an action named only to say it did not happen here', () => {
    endingTable([
      // Not addressed, declined, put off to a later meeting, in another treatment or in childhood.
      ['skills-beyond', 'Use of skills at home not discussed today.', false],
      ['future-coping', 'She declined to talk about warning signs.', false],
      ['future-coping', 'Next session to go back over the work together and draft a relapse plan.', false],
      ['mutual-review', 'Next session to go back over the work together and draft a relapse plan.', false],
      ['pride', 'At the final session I plan to tell him how proud I am of him.', false],
      ['gains', 'Review of gains to be done at the review appointment.', false],
      ['future-coping', 'In her previous therapy they wrote a relapse plan.', false],
      ['pride', 'He remembers a teacher saying she was proud of him, aged 10.', false],
      // Someone else's change; a forecast of gains; a setback set against another setting; the course retraced; life after discharge;
      // a means ("by telling him…"), not a time.
      ['gains', 'Her husband is sleeping much better since retiring.', false],
      ['gains', 'Gains likely to keep consolidating after discharge.', false],
      ['future-coping', 'Uses the breathing in meetings now, not only when panic hits.', false],
      ['ongoing-growth', 'We retraced the journey together, session by session.', false],
      ['ongoing-growth', 'Safety plan updated for life after discharge.', false],
      ['post-therapy-growth', 'I finished by telling him how proud I was that he\'d kept at it.', false],
      // The actions done here still count.
      ['future-coping', 'Relapse plan written together: warning signs are skipping meals and staying in bed.', true],
      ['pride', 'I told him how proud I am of him.', true],
      // "Never discussed" in a clause of its own is about something else.
      ['pride', 'She is proud of the progress, which her family had never discussed.', true],
    ]);
  });

  describe('endings (sentence set): a skill verb after "now", a source "from here", a forecast, and change framed as a practice', () => {
    endingTable([
      // "Now notices herself catastrophising" is a skill used, not a gain; "now drives" is a gain.
      ['gains', 'Says she now notices herself catastrophising at work, not only at home.', false],
      ['gains', 'She now drives to work on her own.', true],
      // "The tools from here" names where they came from, not a time from now on.
      ['post-therapy-growth', 'Her tools from here and her church group sit together as a weekly habit she means to keep up.', false],
      ['post-therapy-growth', 'From here on she expects to keep getting stronger.', true],
      // A forecast that something will carry on growing is growth after therapy, not change called a practice.
      ['ongoing-growth', 'Predicted that her confidence in class will carry on growing next year.', false],
      ['post-therapy-growth', 'Predicted that her confidence in class will carry on growing next year.', true],
      // Change framed as something one keeps practising is ongoing, not a forecast.
      ['post-therapy-growth', 'We framed it as something he will keep practising, like the guitar.', false],
      ['ongoing-growth', 'We framed it as something he will keep practising, like the guitar.', true],
    ]);
  });

  describe('therapist reaction (sentence set): the therapist\'s own state in more words, and its reflection', () => {
    table('therapist-reaction', [
      // The session named by the client's name, or the client's act by name, places the dropped subject's feeling in the session.
      ['Carried a heavy, sinking feeling home after Mr Osei\'s session.', true],
      ['Felt flat within five minutes of Priya starting; it was an effort to stay engaged.', true],
      // An interjection in the note's own voice; the clinical pull to reassure; going along more than meant.
      ['Ugh. The same argument about the parking space as last time.', true],
      ['Felt a strong pull to rescue her from the landlord, and rang him myself.', true],
      ['Nodded along with his jokes about the neighbours more than I meant to.', true],
      // A client's reported plan with "would" does not make the therapist's feeling after it a hypothetical.
      ['As she described what she would say to her father I felt a flash of irritation and kept quiet.', true],
      // Not a reflection: whose car it was.
      ['Felt rattled when he said he knew whose car was mine. Incident form done.', true],
      // Look-alikes: the client's own heaviness, an earlier post, the reaction owned with the client or used in the work.
      ['She carried the worry about her son all week.', false],
      ['In a previous post I once felt out of my depth with a similar case.', false],
      ['I was short with her when she arrived late. I acknowledged this later in the session and we talked about how it had landed.', false],
      ['I was short with her when she arrived late. We moved on to the budget.', true],
      ['My heart sank as she read the letter out. I used that to ask what the letter had stirred in her.', false],
      ['My heart sank as she read the letter out. We went on to the housing forms.', true],
      ['I noticed I was anxious about her going quiet again; I intend to tolerate the silence next time and see what comes.', false],
      ['I noticed I was anxious about her going quiet again.', true],
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
