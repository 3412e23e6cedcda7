// The ConText-style classifier and the word-sense and target readers, on new sentences.
import assert from 'node:assert/strict';
import { analyseSentence, classify, type CueContext } from '../../../src/core/cues/context.js';
import { senseOf } from '../../../src/core/cues/senses.js';

/** Classifies the first occurrence of `phrase` in `sentence`. */
function ctx(sentence: string, phrase: string): CueContext {
  const at = sentence.indexOf(phrase);
  assert.ok(at >= 0, 'phrase not in sentence');
  return classify(analyseSentence(sentence), at, at + phrase.length);
}

describe('context classifier', () => {
  describe('negation', () => {
    it('a pre-negation scopes forward to the end of the clause', () => {
      assert.equal(ctx('No signs of disengagement during the role-play.', 'disengagement').negated, true);
      assert.equal(ctx('Pt did not become irritable when the fee came up.', 'irritable').negated, true);
    });
    it('a termination term ends the scope', () => {
      assert.equal(ctx('Did not answer at first, but later went quiet again.', 'went quiet').negated, false);
    });
    it('what there was no time for did not happen', () => {
      assert.equal(ctx('We ran out of time before we could talk about what ending means to him.', 'what ending means').negated, true);
      assert.equal(ctx('Never got round to the relapse plan.', 'relapse plan').negated, true);
    });
    it('a pseudo-trigger does not negate', () => {
      assert.equal(ctx('Not only withdrawn but also tearful.', 'withdrawn').negated, false);
    });
  });

  describe('time', () => {
    it('history and earlier therapy are historical', () => {
      assert.equal(ctx('In his prior therapy he often shut down for weeks.', 'shut down').temporality, 'historical');
      assert.equal(ctx('During the first few sessions she gave one-word answers.', 'one-word answers').temporality, 'historical');
      assert.equal(ctx('Back in the spring he skipped the breathing log.', 'skipped').temporality, 'historical');
    });
    it('the early sessions counted ("the first three sessions", "the first couple of weeks") are another time', () => {
      assert.equal(ctx('In the first three sessions he kept his coat on and answered in a word.', 'answered in a word').temporality, 'historical');
      assert.equal(ctx('During the first couple of weeks she went quiet whenever the kids came up.', 'went quiet').temporality, 'historical');
      // Look-alike: today's withdrawal beside a count that is not the early sessions.
      assert.equal(ctx('Two sessions left; today she went quiet when the kids came up.', 'went quiet').temporality, 'current');
    });
    it('"assigned last week" dates the task, not the event', () => {
      assert.equal(ctx('The worry log assigned last week was not done.', 'not done').temporality, 'current');
    });
    it('a session or week named by its number in shorthand is another time; a task dated by it is not', () => {
      assert.equal(ctx('In s4 he walked out when I raised the debt.', 'walked out').temporality, 'historical');
      assert.equal(ctx('Since wk 2 she has kept the lights-out time.', 'kept').temporality, 'historical');
      assert.equal(ctx('The walking plan agreed at s3 was not started.', 'not started').temporality, 'current');
      // Look-alike: a count of the programme's weeks is not another time.
      assert.equal(ctx('Week 3 of 8: she went quiet when the diary came up.', 'went quiet').temporality, 'current');
    });
    it('conditionals and plans are hypothetical', () => {
      assert.equal(ctx('If he goes silent again, I will slow down.', 'goes silent').temporality, 'hypothetical');
      assert.equal(ctx('Next session we will revisit the pacing.', 'revisit').temporality, 'hypothetical');
    });
    it('the signs a relapse plan lists are looked out for, not this week\'s behaviour', () => {
      assert.equal(ctx('Relapse signs: skipping the evening walk, lying in past ten.', 'skipping').temporality, 'hypothetical');
      assert.equal(ctx('Things to look out for: dropping the log, refusing lunches out.', 'dropping the log').temporality, 'hypothetical');
      // Look-alike: the same behaviour told of this week.
      assert.equal(ctx('This week she kept skipping the evening walk.', 'skipping').temporality, 'current');
    });
  });

  describe('who acts', () => {
    it('the therapist as subject, by first person or "T"', () => {
      assert.equal(ctx('I stayed silent to give her space.', 'stayed silent').experiencer, 'therapist');
      assert.equal(ctx('T felt drained after the hour.', 'felt drained').experiencer, 'therapist');
    });
    it('the note\'s own "my" and a body part that reacts are the therapist\'s', () => {
      assert.equal(ctx('My heart sank when the receptionist rang through.', 'My heart sank').experiencer, 'therapist');
      assert.equal(ctx('When he described the fight my stomach tightened.', 'my stomach tightened').experiencer, 'therapist');
      // In the client's quoted words the "my" is the client's.
      assert.equal(ctx('She said "my heart sank when I saw the letter".', 'my heart sank').experiencer, 'client');
    });
    it('"T" after a preposition is the therapist as an object, not who acts next', () => {
      assert.equal(ctx('Cl irritable twds T at first; said sesh helped.', 'said sesh helped').experiencer, 'client');
      assert.equal(ctx('Cl irritable at first; T said sesh had helped.', 'said sesh had helped').experiencer, 'therapist');
    });
    it('the client, named or assumed when the subject is dropped', () => {
      assert.equal(ctx('When I raised the budget she changed the subject.', 'changed the subject').experiencer, 'client');
      const dropped = ctx('Went quiet when asked about the divorce.', 'Went quiet');
      assert.equal(dropped.experiencer, 'client');
      assert.equal(dropped.subjectExplicit, false);
    });
    it('a coordinated verb keeps the main subject past a third party', () => {
      assert.equal(ctx('I named the pause when his son came up and asked what it was like.', 'asked what').experiencer, 'therapist');
    });
    it('someone else', () => {
      assert.equal(ctx('Her uncle shut down every conversation about money.', 'shut down').experiencer, 'other');
    });
  });

  describe('target', () => {
    it('the object of the phrase decides first', () => {
      assert.equal(ctx('Furious with her landlord over the deposit.', 'Furious').target, 'other');
      assert.equal(ctx('Frustrated with me for starting late.', 'Frustrated').target, 'therapy');
    });
    it('a topic ("about the weekend") is not a target', () => {
      assert.equal(ctx('Annoyed about the weekend plans.', 'Annoyed').target, 'unspecified');
    });
    it('the session as a setting is not a target, the therapist is', () => {
      assert.equal(ctx('Angry in session about the eviction notice.', 'Angry').target, 'unspecified');
      assert.equal(ctx('Snapped when I suggested the thought record.', 'Snapped').target, 'therapy');
    });
    it('places outside the session point away from therapy', () => {
      assert.equal(ctx('Goes silent at home when his wife raises bills.', 'Goes silent').target, 'other');
    });
  });

  describe('quotes', () => {
    it('the client’s quoted words are quoted', () => {
      assert.equal(ctx('Said "I just shut down when he yells."', 'shut down').quoted, true);
      assert.equal(ctx('Said she just shuts down when he yells.', 'shuts down').quoted, false);
    });
  });

  describe('word senses', () => {
    const sense = (sentence: string, phrase: string) => {
      const at = sentence.indexOf(phrase);
      return senseOf(sentence, at, at + phrase.length);
    };
    it('alcohol and medication withdrawal', () => {
      assert.equal(sense('Reports opioid withdrawal on day three of the taper.', 'withdrawal'), 'substance');
      assert.equal(sense('Withdrawal symptoms after stopping paroxetine.', 'Withdrawal'), 'substance');
    });
    it('social withdrawal and a withdrawn affect are symptoms', () => {
      assert.equal(sense('Increasing social withdrawal since the layoff.', 'withdrawal'), 'symptom');
      assert.equal(sense('Withdrawn from friends and hobbies.', 'Withdrawn'), 'symptom');
    });
    it('treatment-resistant depression is a diagnosis', () => {
      assert.equal(sense('History of treatment-resistant depression.', 'resistant'), 'diagnosis');
    });
    it('termination of employment and hospital discharge', () => {
      assert.equal(sense('Upset about the termination of his contract.', 'termination'), 'employment');
      assert.equal(sense('Seen a week after discharge from the ward.', 'discharge'), 'hospital');
    });
    it('a plain withdrawal in session keeps the default sense', () => {
      assert.equal(sense('Noted a withdrawal from me after the interpretation.', 'withdrawal'), 'default');
    });
  });
});
