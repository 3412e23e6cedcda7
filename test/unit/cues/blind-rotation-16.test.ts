// Misses of the thirty-sixth and thirty-seventh blind sets, which are now development sets: the shapes
// of wording and structure they showed were missing, written again in new fictitious sentences, each
// beside a look-alike that must not count. (Their other rules are in blind-rotation-16-endings-feedback.test.ts.)
// Structure: words quoted as someone else's ("the consultant's words ('I'm afraid you…')") do not speak
// to the therapist; a name the note gives to someone else ("her partner Rowan") is not the client going
// quiet; a date that belongs to a noun ("the results due next week") does not make the sentence a plan;
// how something made the client feel about themself is no verdict on the therapy; a complaint the
// therapist is asked to help write is not against the therapist; a complaint whose sentence names the
// work it set aside was over that work, so a Plan that shares a word with the sentence before it does
// not come back to it.
// Words: moving straight into a long account; giving little back; dismissing the experiment or the
// diary; "said T doesn't get it". The Plan: asking whether there was anything the client agreed to but
// did not want; what the client said after a laugh when the moment was named.
import assert from 'node:assert/strict';
import { findings, PLAN, table } from './sentence-table.js';

describe('development set misses (the thirty-sixth and thirty-seventh blind sets, now examined)', function () {
  this.timeout(20000);

  describe('withdrawal', () => {
    table('withdrawal-repair', [
      ['When I asked about the letter from the tribunal she said "it\'s fine, honestly", then moved straight into a long account of her neighbour\'s extension.', true],
      ['After the row about the rota she looked tired and gave little back for the rest of the session.', true],
      ['When I asked about the biopsy results due next week she went quiet and looked at the floor for a long time.', true],
      // Someone else, named by the note; the look-alike is the client by name.
      ['She lives with her partner Rowan. When she talks about her sister at home, Rowan goes quiet and leaves the room.', false],
      ['She lives with her partner Rowan. When I asked about her sister, Dee went quiet and looked at the floor.', true],
    ]);
  });

  describe('confrontation', () => {
    table('confrontation-repair', [
      ['Pt dismissed the thought record as "homework for teenagers" and said T doesn\'t get how a night shift works.', true],
      ['She rubbished the sleep diary, then asked to move on to her son.', true],
      // Someone else's words; a feeling about herself; a complaint she wants help to write; her own idea set aside.
      ['Tearful about the consultant\'s words ("I\'m afraid you will need more surgery"), angry that nobody sat down with her.', false],
      ['Diary not kept. Explored: says the blank pages "made me feel useless" and she stopped opening it.', false],
      ['Furious with the housing officer; he wants to make a complaint and asked if I would help him write it.', false],
      ['He dismissed the idea of asking his brother for help.', false],
    ]);
  });

  describe('the Plan', () => {
    it('asking whether there was anything she agreed to but did not want comes back to deferential agreeing', () => {
      const body =
        'Each time I proposed something she said "yes, of course, whatever you think" and nodded. I said I had noticed she agreed with everything I suggested; she laughed and said at home you never argue with a teacher.\n\n## Plan\n\n- ';
      assert.deepEqual(findings('rupture-followup', `${body}Ask first whether there was anything today she agreed to but did not want.`), []);
      assert.deepEqual(findings('rupture-followup', `${body}Ask first about the school run.`), ['rupture-followup']);
    });
    it('a complaint that names the work it set aside is not come back to through the sentence before it', () => {
      const body = 'Sleep 4 h on clinic nights. Pt dismissed the behavioural experiment as "patronising" and said T doesn\'t get it.\n\n## Plan\n\n- ';
      assert.deepEqual(findings('rupture-followup', `${body}Next session: sleep diary review.`), ['rupture-followup']);
      assert.deepEqual(findings('rupture-followup', `${body}Next session: ask how the behavioural experiment felt to him.`), []);
    });
    it('but without a named object, the sentence before says what it was over', () => {
      const body = 'The sleep diary was not filled in. When I asked, he said "this is pointless, you don\'t get it."\n\n## Plan\n\n- ';
      assert.deepEqual(findings('rupture-followup', `${body}Ask what made the sleep diary feel pointless.`), []);
    });
  });

  it('a lone sentence of a complaint still fires with a concrete Plan', () => {
    assert.equal(findings('confrontation-repair', 'She rubbished the sleep diary, then asked to move on to her son.' + PLAN).length, 1);
  });
});
