// The therapist's response to a rupture, as notes by other clinicians write it (seventeenth session), in new fictitious
// sentences, each beside a look-alike that is not a repair.
// Subject dropped: a sentence or a clause after a semicolon that opens on a verb notes give only the therapist ("Heard him out,
// …", "Commented on the pauses and asked …", "Stayed with it …"), where "Reassured him that …" or "Named gains" are not.
// Conceding and welcoming: "said he was right", "agreed the forms can feel pointless", "said it was a fair question", "said I was
// glad she had told me"; not "agreed we would meet fortnightly", a plan.
// Pressing on is repeating the task; asking the client to tell it again, or to flag it next time, is listening.
// A negation is the first of the therapist's steps only: "I said I don't know the estate, apologised for …" apologised.
import { table, PLAN } from './sentence-table.js';

describe('the therapist responding to a rupture (read in the seventeenth session)', function () {
  this.timeout(20000);

  const withdrawal = 'When I asked about the tribunal letter he folded his arms and stopped answering.';
  const confrontation = 'Ten minutes in she said sharply, "you\'re not listening to me, you\'re reading off a list."';

  describe('a response written without its subject', () => {
    table(
      'withdrawal-repair',
      [
        ['Heard him out, and asked what had made the letter hard to talk about today.', false],
        ['Commented on the long pauses and asked whether the room felt too formal.', false],
        ['Stayed with it and said it made sense to be wary after last month.', false],
        ['He said the letter was "their problem"; thanked him and asked what he would want from the hour instead.', false],
        ['Put the questionnaire aside and asked what would make today useful for him.', false],
        ['Reassured him that most people find the first sessions slow.', true],
        ['Carried on with the sleep diary.', true],
      ],
      (response) => `${withdrawal} ${response}${PLAN}`,
    );
  });

  describe('conceding the point, welcoming the complaint', () => {
    table(
      'confrontation-repair',
      [
        ['I said she was right that I had been looking at the form more than at her, and asked her to tell me again.', false],
        ['I agreed the forms can feel pointless and asked which one had felt most like a box-ticking exercise.', false],
        ['I said it was a fair question and put the list down.', false],
        ['I said I was glad she had told me and asked her to flag it if it happened again.', false],
        ['I agreed we would meet fortnightly from now on and went on with the list.', true],
        ['I asked her to go through the list again.', true],
      ],
      (response) => `${confrontation} ${response}${PLAN}`,
    );
  });

  describe('a negation reaches only the first of the therapist\'s steps', () => {
    table(
      'confrontation-repair',
      [
        ['I said I don\'t know the estate, apologised for assuming, and asked him to walk me through it.', false],
        ['I did not apologise or explain.', true],
      ],
      (response) => `He raised his voice at me: "you've never lived round here, you don't get it." ${response}${PLAN}`,
    );
  });
});
