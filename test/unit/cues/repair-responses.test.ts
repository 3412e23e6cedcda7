// The therapist's response to a rupture, as notes by other clinicians write it (seventeenth session), in new fictitious
// sentences, each beside a look-alike that is not a repair.
// Subject dropped: a sentence or a clause after a semicolon that opens on a verb notes give only the therapist ("Heard him out,
// …", "Commented on the pauses and asked …", "Stayed with it …"), where "Reassured him that …" or "Named gains" are not.
// Conceding and welcoming: "said he was right", "agreed the forms can feel pointless", "said it was a fair question", "said I was
// glad she had told me"; not "agreed we would meet fortnightly", a plan.
// Pressing on is repeating the task; asking the client to tell it again, or to flag it next time, is listening.
// A negation is the first of the therapist's steps only: "I said I don't know the estate, apologised for …" apologised.
// Whose clause it is: one that opens on a verb keeps the subject before it ("Took it seriously; said I may have got it wrong").
// The therapist naming the moment ("Named, gently, that he seemed to be going along with me") is no new rupture, and the client's
// answer to it, in the next sentence, is the rupture being explored ("She said she felt I was rushing her"); "Later she said…" is new.
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

  describe('whose clause it is, and the therapist naming the moment', () => {
    table(
      'withdrawal-repair',
      [
        ['Took it seriously; said I may have pushed the diary too hard and asked what would suit him better.', false],
        ['Named it with him: that he seemed to be going along with me to keep the peace, and asked whether any of it fitted.', false],
        ['I told him I was noticing he had gone quiet and asked if something in our last session had bothered him.', false],
        ['Took a note of it; carried on with the diary.', true],
      ],
      (response) => `He agreed to every suggestion ("whatever you think") without adding one of his own. ${response}${PLAN}`,
    );
  });

  describe("the client's answer to the therapist's repair", () => {
    table(
      'confrontation-repair',
      [
        ['She said she felt I had been rushing her all along.', false],
        ['Later she said I was "just like the last one, all forms".', true],
      ],
      (answer) => `When I moved to the panic diary she gave one-word answers. I said I'd noticed she had gone quiet and asked what had happened for her. ${answer}${PLAN}`,
    );
  });

  describe('validating and welcoming the objection', () => {
    table(
      'confrontation-repair',
      [
        ['I said that four months is a long time and that his anger about it makes sense.', false],
        ['I said I\'d want to know whenever a session misses the mark, and that it would not upset me.', false],
        ['I accepted that I had jumped ahead of him.', false],
        ['I said the waiting list is set by the commissioners and went on with the assessment.', true],
      ],
      (response) => `He said the four-month wait was "a disgrace" and that I was "part of the same machine". ${response}${PLAN}`,
    );
  });
});
