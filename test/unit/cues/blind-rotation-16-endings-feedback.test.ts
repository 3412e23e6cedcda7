// Misses of the thirty-sixth and thirty-seventh blind sets on missed tasks, the Plan, the therapist's reaction, client feedback,
// labels, the ending actions, client context and goals, now development sets: the general forms they showed were missing, written
// again in new fictitious sentences, each beside a look-alike that must not count.
// Sentences: "no." ends a sentence before a capital ("she cannot say no. Calls…"); "No." numbers only what follows it as a digit.
// Missed tasks: whatever the thing is, an agreement in a relative clause with no "that", dated by its session and followed by an
// aside in brackets, names it a task ("The playlist she chose at session 5 (for the bus) has not been made"); an appointment agreed
// is not a task.
// The Plan: a run-in label for the clinician's own aside ("Clinician note:", "Reflection:", "Note to self:") opens no Plan item, so
// "this week" in it is no when.
// Reactions: a label that names the clinician's note, then the reaction with the subject dropped ("Clinician note: went home
// exhausted"), not the client's state under it; a reaction in the writer's reflexive words ("found myself answering for her");
// protectiveness is no negative reaction; a feeling after "to the" / "about the" is a topic to return to ("come back to the
// frustration about the letter"), not the therapist's.
// Feedback: the client's verdict, in any words, on being asked, heard or listened to in the session, not by someone else; a half of
// the session with the client's verdict, not a half of a match; a way of doing the task set against the paper one ("easier than the
// sheets"), not a flat against the old one; a tool called "the bit I actually use", not a bit of the house; "the talking" itself
// helping, in the client's quoted words.
// Labels: the client called "a no-show", or said to have "no-showed", not a no-show fee or a father's no-show; refusal skills are a
// technique; dropping out of a choir, a club or a sport is biography, not dropping out of a therapy group.
// Endings: a skill from the sessions that is now how the client handles something else too, and a tool used for other decisions or
// problems; not a drug used for other problems, nor an old habit that is "now how he deals with" things; a named line to say, used
// with someone or somewhere, not a tram line. Looking back together set out as a label, or earlier sessions' recordings watched back,
// not a wedding video; the hard times ahead named with what the client will do, not hard times past; looking after one's mood seen
// as part of a daily routine, not the gym part of the week; something of the client's expected to keep opening things up, not a
// shop opening late.
// Client context: the client offered the choice of where today's talk starts ("asked what she would rather start with") is the
// session's order of business, not a preference for therapy.
// Goals: a statement in a treatment plan's preamble that the client took part in the plan and that points ahead ("the goals below")
// covers the goals in the sections below; one about the lines beside it covers only its own section.
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/core/parse/sentences.js';
import { endingTable, findings, table } from './sentence-table.js';

describe('thirty-sixth and thirty-seventh blind sets: tasks, the Plan, reactions, feedback, labels, endings, context and goals', function () {
  this.timeout(20000);

  describe('sentences: "no." ends a sentence unless a number follows', () => {
    const pieces = (text: string): string[] => splitSentences(text).map(([a, b]) => text.slice(a, b));
    it('"say no." before a capital ends the sentence', () => {
      assert.equal(pieces('She finds it hard to say no. Calls to him at night go on for hours.').length, 2);
      assert.equal(pieces('His answer was no. We moved on to the budget.').length, 2);
    });
    it('"No." before a number is a numbering word', () => {
      assert.equal(pieces('Seen in Room No. 4 this week.').length, 1);
    });
    table('judgmental-language', [
      ['She finds it hard to say no. Messages to her ex at night seem attention-seeking.', true],
      // Look-alike: the same sentences with the label in her sister's words.
      ['She finds it hard to say no. Her sister thinks the messages are "attention-seeking".', false],
    ], (s) => s);
  });

  describe('missed tasks: the agreement with no "that", dated by its session, with an aside in brackets', () => {
    table('nonadherence-explored', [
      ['The playlist for the panic moments she chose at session 5 (to use on the bus) has not been made.', true],
      ['His list of questions for the consultant we agreed last week (the short one) was not written.', true],
      // Look-alikes: an appointment agreed, and the task done.
      ['The appointment we agreed at session 5 (the early slot) was postponed by the clinic.', false],
      ['The playlist she chose at session 5 (to use on the bus) has been made and she played it to me.', false],
    ]);
  });

  describe('the Plan: the clinician\'s own aside under a run-in label is no Plan item', () => {
    const plan = (body: string): string[] => findings('plan-next-step', `Talked about the week.\n\n## Plan\n\n${body}`);
    it('an aside with "this week" in it names no step', () => {
      assert.deepEqual(plan('Carry on as we are. Watch mood.\nClinician note: left tired — the fourth crisis call this week.'), ['plan-next-step']);
      assert.deepEqual(plan('Keep going.\nReflection: hard to stay present this week.'), ['plan-next-step']);
    });
    it('a step before the aside still counts', () => {
      assert.deepEqual(plan('Next session 9/12: draft the letter to the landlord together.\nClinician note: left tired — the fourth crisis call this week.'), []);
    });
  });

  describe('reactions: a label that names the clinician\'s note, then the reaction with the subject dropped', () => {
    table('therapist-reaction', [
      ['Clinician note: went home exhausted after this one.', true],
      ['Practitioner\'s note: came off the call irritated.', true],
      ['Note to self: left the session fed up.', true],
      // Look-alikes: the client under the label, and someone else's note.
      ['Clinician note: client came away drained from the tribunal.', false],
      ['Nurse note: came away drained.', false],
    ]);
  });

  describe('reactions: the writer\'s reflexive words; protectiveness; a feeling as a topic to return to', () => {
    table('therapist-reaction', [
      ['Felt for her when her father cut in, and found myself speaking for her.', true],
      // Look-alike: the client finding herself doing it.
      ['She found herself speaking for her sister again.', false],
      ['I felt irritated with him as he talked about the ward round.', true],
      // Look-alike: protectiveness is not one of the negative reactions.
      ['I felt protective of him as he talked about the ward round.', false],
      ['I said little when we talked; plan to come back to the frustration about the benefits letter, if she brings it.', false],
      // Look-alike: the same feeling, the therapist's own.
      ['I noticed my frustration about the benefits letter and said little.', true],
    ]);
  });

  describe('feedback: the client\'s verdict on being asked, heard or listened to in the session', () => {
    table('feedback-recorded', [
      ['She said it was "weird but good" to be asked what she wanted from the hour.', false],
      ['He said it felt good to be listened to for once.', false],
      // Look-alikes: asked or heard by someone else.
      ['She said it was hard to be asked by her manager about the rota.', true],
      ['He said it was strange to be believed by the police at last.', true],
    ]);
  });

  describe('labels: a no-show, refusal skills, dropping out of a choir', () => {
    table('judgmental-language', [
      ['Pt was a no-show again last week.', true],
      ['She no-showed twice in May.', true],
      // Look-alikes: the fee, and someone else's no-show.
      ['No-show fee waived per clinic policy.', false],
      ['Her father was a no-show at the school meeting.', false],
      ['Refused the breathing exercise again.', true],
      // Look-alike: refusal skills are a technique.
      ['Drink refusal skills role-played twice.', false],
      ['Dropped out of the anxiety group after two weeks.', true],
      // Look-alike: leaving a club is biography.
      ['Has dropped out of the running club since the move.', false],
    ], (s) => s);
  });

  describe('endings: a skill from the sessions now how the client handles other things, or used for other decisions', () => {
    endingTable([
      ['skills-beyond', 'The "pause, then ask" step from our sessions is now how she handles her manager too.', true],
      ['skills-beyond', 'He uses the worry tree for other problems now, like the car loan.', true],
      // Look-alikes: a drug used for other problems, and an old habit that is how he deals with things.
      ['skills-beyond', 'He uses cannabis for other problems now.', false],
      ['skills-beyond', 'Avoidance is now how he deals with most things.', false],
    ]);
  });

  describe('feedback: a half of the session, the method against the paper one, the bit the client uses, the talking itself', () => {
    table('feedback-recorded', [
      ['Said the first half was "hard going but right".', false],
      ['She said the phone memos were "so much easier than the sheets".', false],
      ['He said the breathing card is "the bit I actually use on shift".', false],
      ['He said "the talking is helping me sleep, slowly".', false],
      // Look-alikes: a half of a match, a flat against the old one, a bit of the house, talking elsewhere.
      ['Said the second half of the match was dull.', true],
      ['She said the new flat is way better than the old one.', true],
      ['He said the garage is the bit of the house he actually uses.', true],
      ['He said the talking at the day centre is helping him.', true],
    ]);
  });

  describe('endings: a named line, a review set out or watched back, hard times ahead, upkeep as routine, opening things up', () => {
    endingTable([
      ['skills-beyond', 'Now uses the "stop & breathe" line with her mother-in-law and on the bus.', true],
      ['skills-beyond', 'Now tries the new tram line with her mother-in-law on Sundays.', false],
      ['mutual-review', 'Reviewed together: her first and last drawings, side by side.', true],
      ['mutual-review', 'We watched back clips from our first sessions and laughed.', true],
      ['mutual-review', 'She watched back clips of the wedding with her sister.', false],
      ['future-coping', 'The hard days will be the anniversary and his birthday; he\'ll ring his brother and use the card.', true],
      ['future-coping', 'The hard days were the first weeks after the funeral.', false],
      ['ongoing-growth', 'He sees keeping his mood steady as "part of my morning routine now".', true],
      ['ongoing-growth', 'He sees the gym as part of his week.', false],
      ['post-therapy-growth', 'He expects the allotment to keep opening things up for him in the spring.', true],
      ['post-therapy-growth', 'He expects the shop to keep opening late in the spring.', false],
    ]);
  });

  describe('client context: the choice of where today\'s talk starts is no preference for therapy', () => {
    const intake = (s: string) => s;
    table('client-context', [
      ['Asked what she would rather start with; she chose her sleep.', true],
      // Look-alike: a preference for the therapy itself.
      ['She would rather start with practical skills than talk about the past.', false],
    ], intake, 'intake');
  });

  describe('goals: the client\'s part in the plan, stated in its preamble, covers the goals below', () => {
    const goals = '## Goals\n\n1. Walk to the shop three times a week.\n2. Phone her brother on Sundays.';
    it('a preamble statement covers the goals in their own section', () => {
      assert.deepEqual(findings('goals-collaborative', `# Treatment plan: low mood\n\nShe took part in drawing up this plan and picked the goals below.\n\n${goals}`, 'treatment-plan'), []);
    });
    it('without it, or with one about the lines beside it only, the goals fire', () => {
      assert.ok(findings('goals-collaborative', `# Treatment plan: low mood\n\nReferred by her GP in March.\n\n${goals}`, 'treatment-plan').length > 0);
      assert.ok(findings('goals-collaborative', `# Treatment plan: low mood\n\nPlan drawn up with her; she picked the walking as the first step.\n\n${goals}`, 'treatment-plan').length > 0);
    });
  });
});
