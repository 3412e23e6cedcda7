// Misses of the thirty-eighth to forty-first blind sets, which are now development sets: the shapes of
// wording and structure they showed were missing, written again in new fictitious sentences, each beside
// a look-alike that must not count. (Their other rules are in blind-rotation-17-others.test.ts.)
// Structure: where in the hour a question came ("About twenty minutes in I asked…") does not hide who
// asked it; a negation does not reach past a comma written inside a closing quotation mark; a feeling
// told with a clause ("irritated that her appointment had been moved") is aimed at whatever the clause
// names; a habit told in the present tense describes the person, not this session; checking in with
// someone else, or asking them, is no return to the client; what a question was about counts when its
// opening clause has no comma ("When I asked about the inquest she…"); "my" inside the client's own words
// is the client's; "that he" opens a clause, it names no thing; what the therapist's own feeling was
// about is the reaction; a counsellor named by another service ("the grief counsellor at the hospital")
// is an earlier therapy.
// Words: looking away for the rest of the hour; talking about something else "instead"; turning to asking about the therapist; told that the
// therapist thinks it is all in the client's head; "fobbing us off"; refusing the session's task in reported speech; "like
// all the hospital psychologists".
import assert from 'node:assert/strict';
import { findings, table } from './sentence-table.js';

describe('development set misses (the thirty-eighth to forty-first blind sets, now examined)', function () {
  this.timeout(20000);

  describe('withdrawal', () => {
    table('withdrawal-repair', [
      // The question came at a time of the hour; the look-alike is the client raising it.
      ['About twenty minutes in I asked about the inquest. She changed the subject to her car.', true],
      ['Near the end of the session I raised the tribunal letter. He turned the conversation to the football.', true],
      ['About twenty minutes in she mentioned the inquest. She steered us on to her car.', false],
      // Something else talked about in place of what was asked; alone it is just talk.
      ['Each time I asked about the inquest he smiled and talked about his allotment instead.', true],
      ['He talked about his allotment instead.', false],
      // A habit in the present tense against the same move in this session.
      ['He is a keen talker who often changes the subject when things get heavy.', false],
      ['She tends to go quiet when she is tired.', false],
      ['He often changed the subject when I asked about his father.', true],
      ['She often went quiet today when I asked about the baby.', true],
      // Turning to questions about the therapist when the subject comes near.
      ['Whenever the scan results came up he told a joke and turned to asking about my weekend.', true],
      ['He turned to asking his wife about the weekend shopping.', false],
      // Kept up for the rest of the hour, after no question at all; looking out of the window while waiting is not.
      ['After that he looked out of the window for the rest of the hour.', true],
      ['He looked out of the window at the rain while we waited for the interpreter to join.', false],
      // "that he" opens a clause: "he" is no thing that went quiet, unlike the line.
      ['After that she went quiet when I asked about the court date.', true],
      ['After that the line went quiet for a minute.', false],
      // What the therapist's own feeling was about is the reaction, not a marker; the same move told as the client's is one.
      ['I noticed I was getting irritated that she kept returning to the parking fine when we had the letter to write.', false],
      ['She kept returning to the parking fine each time I raised the letter.', true],
    ]);
  });

  describe('confrontation', () => {
    table('confrontation-repair', [
      // Refusing the session's task, told as one clause among several after a quoted comma.
      ['Ten minutes into the imagery he opened his eyes and said he had come here to be helped, not "hypnotised," and that he wasn\'t doing the imagery.', true],
      ['He said he had not once felt "pushed," and that he was enjoying the imagery.', false],
      ['She told me she was not doing the worksheet at home this week because of the move.', false],
      // A feeling whose clause names the therapy's arrangements, against one that names someone else.
      ['She arrived irritated that her appointment had been moved again without a call.', true],
      ['He was annoyed that the slot had been changed twice by the clinic.', true],
      ['She arrived irritated that her sister had moved the party again.', false],
      ['She was cross that her mum had started without her.', false],
      // Set among all the professionals of a kind, with the quotation mark between.
      ['Near the end she said I was "like all the hospital psychologists" and asked whether I had even looked at her file.', true],
      ['She said her last counsellor was like all the other professionals she has met.', false],
      // "My" in the client's own words is the client's; a verdict on the therapy still counts.
      ['Missed VOT doses: she said the pill app "doesn\'t work in my language" and the upload fails at the bakery.', false],
      ['Frustrated today: she said the sessions "are useless for my kind of problem".', true],
      // Told that the therapist thinks it is imagined; someone else thinking so is not about the therapist.
      ['She said, after the scan came back clear, that I obviously think her fatigue is all in her head.', true],
      ['She worries her GP thinks the pain is all in her head.', false],
      // A counsellor of another service, named by the service, is an earlier therapy.
      ['He was angry with the grief counsellor at the hospital two years back and stopped going.', false],
      ['He was angry with me for starting the recording without asking.', true],
    ]);
  });

  describe('the Plan', () => {
    it('asking someone else is no follow-up; what the question was about counts without the opening comma', () => {
      const body = 'When I asked about the inquest she laughed and changed the subject to the weather.\n\n## Plan\n\n- ';
      assert.deepEqual(findings('rupture-followup', `${body}Ask the coroner's officer about the inquest date.`), ['rupture-followup']);
      assert.deepEqual(findings('rupture-followup', `${body}Next session: ask whether talking about the inquest felt too soon for her.`), []);
    });
    it('checking in with someone else about the same subject is no follow-up with the client', () => {
      const body = 'When I asked about the claim she laughed and talked about the weather instead. I named the change of subject and she said it was just tiring.\n\n## Plan\n\n- ';
      assert.deepEqual(findings('rupture-followup', `${body}Check in with the support worker about the claim.`), ['rupture-followup']);
      assert.deepEqual(findings('rupture-followup', `${body}Check in with her about the claim and whether I pushed too soon.`), []);
    });
  });
});
