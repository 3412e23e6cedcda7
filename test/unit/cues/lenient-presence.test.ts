// Absence rules (feedback-recorded, rupture-followup, goals-collaborative, and the repair half of the
// rupture rules) read presence leniently:
// before telling a clinician something is missing, they accept it in words no phrase list holds.
// New fictitious sentences, each with a look-alike that must still leave the finding.
import assert from 'node:assert/strict';
import { fires, PLAN } from './sentence-table.js';

describe('absence rules read presence leniently', () => {
  // A treatment plan's Goals section holding one line, and a Plan with a next step.
  const goals = (line: string) => `## Goals\n\n${line}\n\n## Plan\n\n- Next session 3/2: values card sort.`;

  it('feedback: the client saying something about the session, in any words', () => {
    assert.equal(fires('feedback-recorded', 'Mood low. She mentioned that today went quicker than she feared.' + PLAN), false);
    assert.equal(fires('feedback-recorded', 'Mood low. He let me know the pace of the role-play suited him.' + PLAN), false);
    // A supervisor's view, a threat about what might happen, a view of the weekend.
    assert.equal(fires('feedback-recorded', 'Mood low. My supervisor commented that the session ran long.' + PLAN), true);
    assert.equal(fires('feedback-recorded', 'Mood low. He said that if I raised the debts again he would end the sessions.' + PLAN), true);
    assert.equal(fires('feedback-recorded', 'Mood low. She said the weekend at her sister’s was tiring.' + PLAN), true);
  });

  it('follow-up: a Plan item that returns to the relationship or the moment, in any words', () => {
    const rupture = 'When I raised the exposure list he changed the subject twice and looked at the clock.\n\n## Plan\n\n';
    assert.equal(fires('rupture-followup', rupture + '- Next time, make room to hear how the last session sat with him before we start.'), false);
    assert.equal(fires('rupture-followup', rupture + '- Begin 12/3 by inviting his doubts about the exposure work.'), false);
    // Frustration at work, a moment inside a trauma narrative.
    assert.equal(fires('rupture-followup', rupture + '- Explore his frustration with his landlord.'), true);
    assert.equal(fires('rupture-followup', rupture + '- Return to the moment in the narrative where the ambulance arrived.'), true);
  });

  it('goals: words that give the client a part in the goal, in any form', () => {
    assert.equal(fires('goals-collaborative', goals('Goal 1 (her priority): sleep by midnight on work nights.'), 'treatment-plan'), false);
    assert.equal(fires('goals-collaborative', goals('Goal 2: "stop hiding in my room when people visit".'), 'treatment-plan'), false);
    // "Together" inside the goal itself, and agreement with another professional.
    assert.equal(fires('goals-collaborative', goals('Goal 3: cook together with her flatmate twice a week.'), 'treatment-plan'), true);
    assert.equal(fires('goals-collaborative', goals('Goal 4: reduce night checking; agreed with her psychiatrist.'), 'treatment-plan'), true);
  });

  it('goals: another professional’s goals are not this therapy’s, and "we" in supervision is not the client', () => {
    assert.equal(fires('goals-collaborative', goals('Her GP\'s goal is a blood pressure under 140/90 by summer.'), 'treatment-plan'), false);
    assert.equal(fires('goals-collaborative', goals('In supervision we decided the goal should move from panic to sleep.'), 'treatment-plan'), true);
  });

  it('goals: the plan\'s schedule (when it is reviewed, what is measured) is not a goal', () => {
    assert.equal(fires('goals-collaborative', goals('Review: week 10, or earlier if the nights get worse.'), 'treatment-plan'), false);
    assert.equal(fires('goals-collaborative', goals('Review at session 6 with a repeat CORE-10.'), 'treatment-plan'), false);
    assert.equal(fires('goals-collaborative', goals('Measures: GAD-7 at every second session.'), 'treatment-plan'), false);
    // A goal whose words mention a review is still a goal.
    assert.equal(fires('goals-collaborative', goals('Reduce the nightly review of emails to one check before 9 pm.'), 'treatment-plan'), true);
  });

  it('repair: the therapist answering the moment right after the marker, in any words', () => {
    assert.equal(fires('withdrawal-repair', 'When I raised the court date she went quiet and stared at the floor. I wondered aloud whether I had pushed too soon.' + PLAN), false);
    assert.equal(fires('confrontation-repair', 'He told me the worksheets were pointless. We paused the worksheet and I let him choose what to do instead.' + PLAN), false);
    // Carrying on with the task, or a response that did not happen.
    assert.equal(fires('withdrawal-repair', 'When I raised the court date she went quiet and stared at the floor. I went on to the sleep diary.' + PLAN), true);
    assert.equal(fires('confrontation-repair', 'He told me the worksheets were pointless. I did not get the chance to acknowledge it before time ran out.' + PLAN), true);
  });

  it('repair: "T." as the therapist, and the next paragraph judged by the therapist\'s own clause', () => {
    assert.equal(fires('withdrawal-repair', 'During the timeline he answered in single words and looked at his boots.\n\nT. asked whether the questions felt like too much.' + PLAN), false);
    // What the client went on to talk about is not what the therapist's response was about.
    assert.equal(fires('withdrawal-repair', 'When I asked about the crash he clammed up, arms folded.\n\nT acknowledged pushing too soon and offered to park it; Cl nodded and talked about the allotment instead.' + PLAN), false);
    // A response about something else in the therapist's own words still leaves the finding.
    assert.equal(fires('withdrawal-repair', 'When I asked about the crash he clammed up, arms folded.\n\nT. asked about the allotment; Cl brightened.' + PLAN), true);
  });
  it('repair: the client inside a clause of the therapist\'s sentence, and a phrase that sets the scene before the therapist', () => {
    const marker = 'When I read out the tribunal letter he turned his chair to the window and stopped answering. ';
    assert.equal(fires('withdrawal-repair', marker + 'I said I had started on the letter before he was settled, and asked what he wanted from the rest of the hour.' + PLAN), false);
    assert.equal(fires('withdrawal-repair', marker + 'Over the interpreter\'s phone line I said he did not have to talk about the letter today.' + PLAN), false);
    assert.equal(fires('withdrawal-repair', marker + 'I told him that I felt we had rushed, and wondered with him what would help.' + PLAN), false);
    // Setting the moment aside is not answering it; nor is the client's verb after "and she".
    assert.equal(fires('withdrawal-repair', marker + 'I said we could leave it and moved on to the sleep plan.' + PLAN), true);
    assert.equal(fires('withdrawal-repair', marker + 'I said that he seemed tired, and he checked his phone.' + PLAN), true);
  });

  it('repair: a Plan that returns to what the question was about, or names the therapist\'s own push', () => {
    const marker = 'Toward the end, when I asked about the court hearing, he went quiet and looked at the floor.\n\n## Plan\n\n';
    assert.equal(fires('withdrawal-repair', marker + '- Next week: ask whether the hearing can come back on his terms.'), false);
    assert.equal(fires('withdrawal-repair', marker + '- Open Thursday by naming that I pushed, and asking what he needs.'), false);
    // A Plan about something else.
    assert.equal(fires('withdrawal-repair', marker + '- Next week: ask about the allotment.'), true);
  });
  it('repair: a Plan that says what the therapist noticed, names what the client did, or offers the pace', () => {
    const marker = 'When I asked about his sister he went quiet and answered in single words.\n\n## Plan\n\n';
    assert.equal(fires('withdrawal-repair', marker + '- Open Monday by saying I noticed he went quiet, and ask what happened for him.'), false);
    assert.equal(fires('withdrawal-repair', marker + '- Next week I will name that he seemed to shut down.'), false);
    assert.equal(fires('withdrawal-repair', marker + '- Ask whether something about me or these sessions is putting him off.'), false);
    assert.equal(fires('withdrawal-repair', marker + '- Check whether he wants a slower pace.'), false);
    assert.equal(fires('withdrawal-repair', marker + '- Ask whether the homework sheet came across as a lecture.'), false);
    // His week, and a work rota that felt like too much.
    assert.equal(fires('withdrawal-repair', marker + '- Ask about his sleep diary and the new shift rota.'), true);
    assert.equal(fires('withdrawal-repair', marker + '- Ask whether the rota felt like too much.'), true);
  });
});
