// Labels the judgmental-language rule could not place or did not know, as clinicians write them (new fictitious sentences), each
// beside a look-alike that must stay quiet: a verdict that opens the sentence with its subject dropped, a person noun after one more
// describing word, and labels from DOMAIN.md §8 (the "pleasant 34-year-old" value judgement, a credibility doubt, the client
// portrayed as difficult or mocked).
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint.js';
import { config, table } from '../cues/sentence-table.js';

// Each sentence is the whole body, with no Plan added: the label is all the note holds.
const asWritten = (s: string): string => s;

describe('judgmental labels: verdicts with no subject, a person after two describing words, and labels DOMAIN §8 names', function () {
  this.timeout(20000);

  describe('a verdict that opens the sentence', () => {
    table('judgmental-language', [
      ['Quite needy with the duty team between appointments, rang twice.', true],
      ['Anxious and demanding about the referral letter.', true],
      ['Rather dramatic throughout, then calm once the forms were done.', true],
      // Look-alikes: the verdict is on a task, a time or a conversation, not the person.
      ['Difficult for her to say his name aloud.', false],
      ['Difficult conversation with the ward manager about leave.', false],
      ['Challenging fortnight at the depot with the overtime.', false],
    ], asWritten);
  });

  describe('a person named after one more describing word', () => {
    table('judgmental-language', [
      ['Comes across as a difficult, guarded man.', true],
      ['Presents as a demanding character in the waiting room.', true],
      // Look-alike: a difficult situation, with no person in it.
      ['A difficult, drawn-out housing situation.', false],
    ], asWritten);
  });

  describe('a label of the client\'s about something, or lasting a while', () => {
    table('judgmental-language', [
      ['She was demanding about the parking permit letter again.', true],
      ['He was obstructive for most of the care-plan review.', true],
      // Look-alikes: a thing as the subject, and a task hard for the client.
      ['The form was difficult about halfway down.', false],
      ['It was difficult for him to say the word "cancer".', false],
    ], asWritten);
  });

  describe('labels the list lacked', () => {
    table('judgmental-language', [
      ['Mrs Adebayo is a pleasant 61-year-old retired teacher.', true],
      ['He is a poor historian for the months after the crash.', true],
      ['Pt defiant throughout the target-setting, arms folded.', true],
      ['She was passive-aggressive with the other residents at lunch.', true],
      ['A bit of a drama queen about the new shift pattern.', true],
      // Look-alikes: pleasant of a walk, a martyr with nothing after it, and the client's own word quoted.
      ['Had a pleasant walk along the canal with her sister.', false],
      ['Her grandfather died a martyr in the war.', false],
      ['She called herself "a right drama queen" and laughed.', false],
    ], asWritten);

    it('"pleasant" is to be left out: the message says so and no word is offered in its place', () => {
      const note = '---\ntype: intake\nformat: free\nclient: C-4410\ndate: 2026-10-02\nsession: 1\n---\n\nMr Obi is a pleasant 58-year-old bus driver.\n';
      const [finding] = lint(note, { config }).findings.filter((f) => f.ruleId === 'judgmental-language');
      assert.ok(finding, 'a finding on "pleasant"');
      assert.match(finding.message, /leave it out/);
      assert.deepEqual(finding.fixes?.filter((fix) => fix.title.startsWith('Replace')) ?? [], []);
    });
  });
});
