// Wordings whose shape, not their words, makes them what they are: the client's comment on a part
// of the session, criticism of the therapist in reported speech, a fronted time phrase, a label line
// heading goals, a family as the client. New fictitious sentences; a look-alike beside each.
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint.js';
import { config, fires, note } from './sentence-table.js';

const PLAN = '\n\n## Plan\n\n- Next session 11/8: graded trip to the post office.';

describe('relationship cues: the shape of a wording', () => {
  describe('client feedback: a comment whose subject is the session', () => {
    it('a part of the session, whatever the verdict', () => {
      assert.equal(fires('feedback-recorded', 'We rehearsed the landlord call. She said the rehearsal was clumsier than she expected but worth keeping.' + PLAN), false);
      assert.equal(fires('feedback-recorded', 'Afterwards he said having someone in the room made the phone call less frightening.' + PLAN), false);
      assert.equal(fires('feedback-recorded', 'She said the week had been hard at work.' + PLAN), true);
      assert.equal(fires('feedback-recorded', 'He said his sister made the visit to the hospital bearable.' + PLAN), true);
    });

    it('closing words about the session, and asking to keep how it was run', () => {
      assert.equal(fires('feedback-recorded', 'Near the close of the hour she remarked that talking it through here felt different from talking to her sister.' + PLAN), false);
      assert.equal(fires('feedback-recorded', 'She asked for the same set-up next week, with the blinds down.' + PLAN), false);
      assert.equal(fires('feedback-recorded', 'At the door she said she would be away for half-term.' + PLAN), true);
    });
  });

  describe('confrontation: criticism of the therapist in reported speech', () => {
    it('the therapist as "I" in the client’s reported words', () => {
      assert.equal(fires('confrontation-repair', 'Halfway through he said I was wasting both our time with these games.' + PLAN), true);
      assert.equal(fires('confrontation-repair', 'She told me I clearly had no idea what it is like to live with chronic pain.' + PLAN), true);
      assert.equal(fires('confrontation-repair', 'He said his brother had no idea what the farm costs to run.' + PLAN), false);
    });

    it('the need for therapy questioned, or the approach dismissed as already tried', () => {
      assert.equal(fires('confrontation-repair', 'She said she did not need therapy, just a sick note.' + PLAN), true);
      assert.equal(fires('confrontation-repair', 'He said he had already done the CBT thing twice.' + PLAN), true);
      assert.equal(fires('confrontation-repair', 'She said she didn’t need a lift home.' + PLAN), false);
    });

    it('composed: a speech act, a therapy target and a negative verdict, in any words', () => {
      assert.equal(fires('confrontation-repair', 'She told me the diary was a waste of time and that she had better things to do.' + PLAN), true);
      assert.equal(fires('confrontation-repair', 'He complained that the sessions were going nowhere.' + PLAN), true);
      assert.equal(fires('confrontation-repair', 'She snapped that I was rushing her through the exposure.' + PLAN), true);
      assert.equal(fires('confrontation-repair', 'She said her manager was useless and the meetings were pointless.' + PLAN), false);
      assert.equal(fires('confrontation-repair', 'He complained that his GP was not listening to him.' + PLAN), false);
    });

    it('the client’s own words turned on the therapist, across the sentences of a quotation', () => {
      assert.equal(fires('confrontation-repair', 'When I brought out the new worksheet she pushed it back: "You\'re hurrying me. Every week there\'s another form."' + PLAN), true);
      assert.equal(fires('confrontation-repair', 'He looked up: "What are you actually doing with me in here?"' + PLAN), true);
      assert.equal(fires('confrontation-repair', 'When I said I was not religious she said: "Then how can you help me with this?"' + PLAN), true);
      // Someone else's words, and words to another family member.
      assert.equal(fires('confrontation-repair', 'She told me her mother had said: "You\'re rushing me, you never listen."' + PLAN), false);
    });

    it('a repair later in the note counts when it refers back to what the complaint was about', () => {
      const complaint = 'Sleep diary not filled in. When I asked about it he said the diary was "pointless primary-school homework".';
      assert.equal(fires('confrontation-repair', `${complaint}\n\n## Assessment\n\nLow mood.\n\nI asked what made the diary feel like primary-school homework; we swapped it for a calendar tick.` + PLAN), false);
      assert.equal(fires('confrontation-repair', `${complaint}\n\n## Assessment\n\nLow mood.\n\nI asked about his sister's visit.` + PLAN), true);
    });

    it('clarifying the frame or the reason repairs it', () => {
      assert.equal(fires('confrontation-repair', 'He snapped at me for writing notes. I put my pen down and explained who reads the record and what stays in the clinic.' + PLAN), false);
      assert.equal(fires('confrontation-repair', 'She said angrily that the homework was pointless. I explained, with the diagram, why the exercise targets the avoidance.' + PLAN), false);
      assert.equal(fires('confrontation-repair', 'She said angrily that the homework was pointless. I explained the diagnosis to her mother later in the week.' + PLAN), true);
    });

    it('a time phrase that opens the sentence dates all of it', () => {
      assert.equal(fires('confrontation-repair', 'Last month she told me the sessions were a waste of money; we talked it through then.' + PLAN), false);
      assert.equal(fires('confrontation-repair', 'Today she told me the sessions were a waste of money.' + PLAN), true);
    });
  });

  describe('withdrawal: minimal answers, taking the talk elsewhere, turning away', () => {
    it('yes-or-no answers only, and taking the conversation off elsewhere', () => {
      assert.equal(fires('withdrawal-repair', 'When I asked about the court letter she answered "yes" or "no" only.' + PLAN), true);
      assert.equal(fires('withdrawal-repair', 'When the funeral came up he took us off to the football scores, again and again.' + PLAN), true);
    });

    it('talking about something else, or turning away, after the therapist raised something', () => {
      assert.equal(fires('withdrawal-repair', 'When I raised the overdose, she talked about her cat’s vet bills for the rest of the session.' + PLAN), true);
      assert.equal(fires('withdrawal-repair', 'When I asked about her drinking she pulled her hood up and stared out of the window.' + PLAN), true);
      assert.equal(fires('withdrawal-repair', 'He talked about his new job for the rest of the session, which was his chosen agenda.' + PLAN), false);
      assert.equal(fires('withdrawal-repair', 'She turned her chair towards the window to get more light for the drawing exercise.' + PLAN), false);
    });
  });

  describe('goals: who the client is, and where goals are written', () => {
    it('in a family session the family agreeing is the client agreeing', () => {
      const plan = (lead: string) => `Family therapy, session 3.\n\n## Goals\n\n${lead}\n\n- Mum and Ava to have one calm talk a week.\n- Dad to do bedtime three nights a week.`;
      assert.equal(fires('goals-collaborative', plan('Goals the family agreed together in this session:'), 'treatment-plan'), false);
      assert.equal(fires('goals-collaborative', plan('Goals the referring team set:'), 'treatment-plan'), true);
    });

    it('a goals label alone on its line heads the lines under it', () => {
      assert.equal(fires('goals-collaborative', 'Review of the care plan.\n\nFURTHER OBJECTIVES:\nCut gaming to two hours a night by the next review.', 'treatment-plan'), true);
      assert.equal(fires('goals-collaborative', 'Review of the care plan.\n\nFURTHER OBJECTIVES (his own words, agreed today):\nCut gaming to two hours a night by the next review.', 'treatment-plan'), false);
    });
  });
});

describe('notes written to the client, bare labels, formal wording', () => {
  it('in a note written to the client, an unquoted "you" is the client', () => {
    const letter = 'You told me the week had gone better than you expected. When I brought up the hospital letter, you said "not now", crossed your arms and went quiet for the rest of the hour.';
    assert.equal(fires('withdrawal-repair', letter + PLAN), true);
    // In a note about the client, the client's quoted "you" is still the therapist.
    assert.equal(fires('withdrawal-repair', 'She said "you never listen" when I raised the letter, then carried on.' + PLAN), false);
  });

  it('a section name alone on its line opens that section', () => {
    const body = 'When I raised the debts he turned to the TV and answered everything after that with "fine".\n\nPlan\nNext week: ask how last session sat with him before we start.';
    assert.equal(fires('rupture-followup', body), false);
    assert.equal(fires('plan-next-step', body), false);
  });

  it('the therapist’s reaction in formal words, and an address with the street’s kind first', () => {
    assert.equal(fires('therapist-reaction', 'I was conscious of a growing sense of impatience as she repeated the story.', 'psychotherapy'), true);
    const identifiers = lint(note('Letter sent to 12 Heol y Wennol, Aberddu.').replace('session: 9\n', 'session: 9\ndeidentified: true\n'), { config }).findings.filter((f) => f.ruleId === 'identifiers');
    assert.equal(identifiers.length, 1);
  });
});
