// Coverage by category rather than by sentence: each test states a kind of clinical wording that
// other clinicians use for a marker, repair, follow-up, feedback, goal or ending action, in new
// fictitious sentences, with a trap beside it that must not fire.
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint.js';
import { config, fired, note } from './sentence-table.js';

const PLAN = '\n\n## Plan\n\n- Next session 7/8: graded walk to the shop, twice.';

describe('relationship cues: wording from other clinicians', () => {
  describe('withdrawal markers', () => {
    it('moving straight off the subject, or into generalities', () => {
      assert.deepEqual(fired('withdrawal-repair', 'When I asked about the hospital stay she smiled and went straight on to her garden.' + PLAN), ['withdrawal-repair']);
      assert.deepEqual(fired('withdrawal-repair', 'Whenever I asked about his own exam he talked about students in general terms.' + PLAN), ['withdrawal-repair']);
      assert.deepEqual(fired('withdrawal-repair', 'We moved straight on to the budget sheet as planned.' + PLAN), []);
    });

    it('deference in the client’s own words, even after "no, no"', () => {
      assert.deepEqual(fired('withdrawal-repair', 'When I wondered whether the plan suited him, he said "no, no, you know best" and looked at the floor.' + PLAN), ['withdrawal-repair']);
      assert.deepEqual(fired('withdrawal-repair', 'He told me his boss always says "you know best" to the directors.' + PLAN), []);
    });

    it('declining to discuss, going blank, brief answers when asked', () => {
      assert.deepEqual(fired('withdrawal-repair', 'Cl declined to go into the letter when I raised it.' + PLAN), ['withdrawal-repair']);
      assert.deepEqual(fired('withdrawal-repair', 'Responses brief whenever I asked about the court date.' + PLAN), ['withdrawal-repair']);
      assert.deepEqual(fired('withdrawal-repair', 'Cl declined to go into the letter; I named that and asked what made it hard to talk about, and she said she feared crying.' + PLAN), []);
    });

    it('silence the client planned as an exposure step is not a withdrawal', () => {
      assert.deepEqual(fired('withdrawal-repair', 'He stayed silent for the first ten minutes of the group, as set out in his own exposure plan.' + PLAN), []);
      assert.deepEqual(fired('withdrawal-repair', 'He stayed silent for the first ten minutes of the group when I asked about his week.' + PLAN), ['withdrawal-repair']);
    });

    it('content/affect split and hopelessness about the work', () => {
      assert.deepEqual(fired('withdrawal-repair', 'Pt joked about the crash and asked about my weekend.' + PLAN), ['withdrawal-repair']);
      assert.deepEqual(fired('withdrawal-repair', 'He said nothing would ever change for him, whatever we tried here.' + PLAN), ['withdrawal-repair']);
    });
  });

  describe('repairs described indirectly', () => {
    const MARKER = 'When I asked about the court case he went quiet and gave one-word answers. ';
    const SLEEP = '\n\n## Plan\n\n- Sleep diary.\n- Next session 7/8.';
    it('wondering aloud, checking whether a question landed badly, owning a possible mistake', () => {
      assert.deepEqual(fired('withdrawal-repair', MARKER + 'I wondered aloud what was happening between us.' + SLEEP), []);
      assert.deepEqual(fired('withdrawal-repair', MARKER + 'I checked whether my question had come across as blaming.' + SLEEP), []);
      assert.deepEqual(fired('withdrawal-repair', MARKER + 'I said I might have moved too fast.' + SLEEP), []);
    });
    it('taking a complaint on board and inviting more of it', () => {
      const COMPLAINT = 'He said I was lecturing him and that the handouts were a waste of time. ';
      assert.deepEqual(fired('confrontation-repair', COMPLAINT + 'I took his criticism on board and asked him to say more.' + SLEEP), []);
      assert.deepEqual(fired('confrontation-repair', COMPLAINT + 'I said I could see why the handouts felt like school.' + SLEEP), []);
      assert.deepEqual(fired('confrontation-repair', COMPLAINT + 'We went on with the handout.' + SLEEP), ['confrontation-repair']);
    });
    it('letting the client set the pace', () => {
      assert.deepEqual(fired('withdrawal-repair', MARKER + 'We had a short pause and I let him choose whether to go on.' + SLEEP), []);
      assert.deepEqual(fired('withdrawal-repair', MARKER + 'The rest of the hour was spent on the budget.' + SLEEP), ['withdrawal-repair']);
    });
  });

  describe('confrontation markers', () => {
    it('threatening to leave, or to change therapist', () => {
      assert.deepEqual(fired('confrontation-repair', 'When I brought up the rent arrears he said he would cancel the rest of the sessions.' + PLAN), ['confrontation-repair']);
      assert.deepEqual(fired('confrontation-repair', 'They said they might look for a different counsellor after today.' + PLAN), ['confrontation-repair']);
    });

    it('accusing the therapist of taking sides, or turning on the therapist', () => {
      assert.deepEqual(fired('confrontation-repair', 'Halfway through, both partners turned on me and said I was siding with her mother.' + PLAN), ['confrontation-repair']);
    });

    it('questioning the therapist’s experience', () => {
      assert.deepEqual(fired('confrontation-repair', 'She asked, pointedly, whether I had ever worked with nurses before.' + PLAN), ['confrontation-repair']);
      assert.deepEqual(fired('confrontation-repair', 'She asked whether her manager had ever worked nights.' + PLAN), []);
    });

    it('pejorative words for the tasks, quoted or not', () => {
      assert.deepEqual(fired('confrontation-repair', 'Said the handouts were "patronising" and put them back on my desk.' + PLAN), ['confrontation-repair']);
    });

    it('complaints about progress and wishing to stop', () => {
      assert.deepEqual(fired('confrontation-repair', 'He said the sessions were not helping and he is thinking of stopping therapy.' + PLAN), ['confrontation-repair']);
      assert.deepEqual(fired('confrontation-repair', 'She felt judged by my question about the bottles.' + PLAN), ['confrontation-repair']);
    });
  });

  describe('rupture follow-up', () => {
    it('a planned check-in on how a pause felt, or whether to return to the topic', () => {
      const body = 'When I raised the accident she changed the subject. I named it and asked what happened for her; we agreed to pause.\n\n## Plan\n\n';
      assert.deepEqual(fired('rupture-followup', body + '- Ask next time how stopping there felt for her.'), []);
      assert.deepEqual(fired('rupture-followup', body + '- Offer the choice of whether she wants to come back to the accident.'), []);
      assert.deepEqual(fired('rupture-followup', body + '- Sleep diary, 7 nights.'), ['rupture-followup']);
    });

    it('check-ins about the client’s reaction, doubts about therapy, the alliance', () => {
      const body = 'When I raised the accident she changed the subject. I named it and asked what happened for her.\n\n## Plan\n\n';
      assert.deepEqual(fired('rupture-followup', body + '- F/u re: her reaction to the accident question.'), []);
      assert.deepEqual(fired('rupture-followup', body + '- Explore her reservations about the work.'), []);
      assert.deepEqual(fired('rupture-followup', body + '- Ask how last week’s session sat with her.'), []);
    });

    it('one related location per line, however many markers it holds', () => {
      const body = 'When I raised the accident she changed the subject and gave short answers.\n\n## Plan\n\n- Sleep diary, 7 nights.';
      const finding = lint(note(body), { config }).findings.find((f) => f.ruleId === 'rupture-followup');
      assert.ok(finding);
      const lines = (finding.related ?? []).map((r) => r.span.start);
      assert.equal(new Set(lines).size, lines.length);
    });
  });

  describe('agreed tasks not called homework', () => {
    it('"did not … the X agreed last session"', () => {
      assert.deepEqual(fired('nonadherence-explored', 'Did not keep the two tidy-up slots agreed last session.' + PLAN), ['nonadherence-explored']);
      assert.deepEqual(fired('nonadherence-explored', 'Pt (38, night porter) did not take the short walks we agreed last week.' + PLAN), ['nonadherence-explored']);
    });

    it('the agreement named beside the task, follow-through, steps left undone', () => {
      assert.deepEqual(fired('nonadherence-explored', 'Never got round to the call to her aunt that we had planned.' + PLAN), ['nonadherence-explored']);
      assert.deepEqual(fired('nonadherence-explored', 'He did not follow through on the plan to ask his GP about the letter.' + PLAN), ['nonadherence-explored']);
      assert.deepEqual(fired('nonadherence-explored', 'Left the bills folder untouched all week.' + PLAN), ['nonadherence-explored']);
    });

    it('"last week" dates the interval since the last session, not the past', () => {
      assert.deepEqual(fired('nonadherence-explored', 'Did not complete the thought records last week.' + PLAN), ['nonadherence-explored']);
      assert.deepEqual(fired('nonadherence-explored', 'In her previous therapy she did not complete the thought records.' + PLAN), []);
    });

    it('the reason asked for, and an easier first step, count', () => {
      assert.deepEqual(
        fired('nonadherence-explored', 'Did not ring the carers line as agreed last session; when asked, she said she feared being judged. We agreed she will try the web chat first.' + PLAN),
        [],
      );
    });
  });

  describe('client feedback in other forms', () => {
    const fb = (body: string) => fired('feedback-recorded', body + PLAN);
    it('through an interpreter, about visits and groups, and what the client would keep', () => {
      assert.deepEqual(fb('He said via the interpreter that today was "hard but useful".'), []);
      assert.deepEqual(fb('She said the visits are "the only quiet hour" of her week.'), []);
      assert.deepEqual(fb('She said the role-play was the part she would keep.'), []);
      assert.deepEqual(fb('He likes that I write the steps down for him.'), []);
      assert.deepEqual(fb('Mood low; sleep 5 hours.'), ['feedback-recorded']);
    });
  });

  describe('goals', () => {
    it('a goal set per a court or referrer is not collaborative; the client’s words are', () => {
      const plan = (goal: string) => fired('goals-collaborative', `## Plan\n\n${goal}\n- Next session 7/8.`, 'treatment-plan');
      assert.equal(plan('Tx goal per probation: attend 10 sessions with no missed appointments.').length, 1);
      assert.deepEqual(plan('Goal (pt’s words): "Get back on the bus by summer."'), []);
    });

    it('a measurable objective phrased "Pt will …" is a goal statement; a task in the Plan is not', () => {
      const plan = (body: string) => fired('goals-collaborative', `## Plan\n\n${body}\n- Next session 7/8.`, 'treatment-plan');
      assert.equal(plan('Cl will use the stop-and-breathe step on 5 of 7 days by week 6.').length, 1);
      assert.deepEqual(plan('Pt will bring the letter from the housing office.'), []);
    });

    it('a plan-level sign of the client’s part covers the goals in its section', () => {
      const goals = (line: string) => fired('goals-collaborative', `## Goals\n\nGoal 1: sleep 6 hours on 5 nights a week by week 8.\n${line}\n\n## Plan\n\n- Next session 7/8.`, 'treatment-plan');
      assert.deepEqual(goals('Clt is on board with these targets.'), []);
      assert.deepEqual(goals('Targets drafted in session with the client.'), []);
      assert.equal(goals('').length, 1);
      assert.equal(goals('Targets set by the clinician.').length, 2);
    });
  });

  describe('therapist reactions reflected on', () => {
    it('owned, placed where it comes from, kept out of the session', () => {
      assert.deepEqual(fired('therapist-reaction', 'I felt irritated when the interpreter was late; it was about the booking system, not her.' + PLAN), []);
      assert.deepEqual(fired('therapist-reaction', 'I felt drained by the end. I recognised that this was my own tiredness and kept it out of the session.' + PLAN), []);
      assert.deepEqual(fired('therapist-reaction', 'I felt drained by the end.' + PLAN), ['therapist-reaction']);
      assert.deepEqual(
        fired('therapist-reaction', 'I was annoyed at the cancelled ramp too. I recognised that it was my anger at the landlord, not his to hold, and kept it out of the session.' + PLAN),
        [],
      );
    });
  });

  describe('ending actions in plain language', () => {
    const missing = (body: string) => fired('termination-actions', body, 'termination');
    it('skills used with another problem', () => {
      assert.ok(!missing('She is using the same grounding steps with her fear of lifts.').includes('termination-actions=skills-beyond'));
      assert.ok(!missing('He already applies the budgeting rule at his brother’s shop.').includes('termination-actions=skills-beyond'));
    });
    it('ongoing growth framed as something one keeps doing', () => {
      assert.ok(!missing('She sees staying well as "a thing you keep tending".').includes('termination-actions=ongoing-growth'));
      assert.ok(!missing('They said the house rules are something they will have to keep revisiting.').includes('termination-actions=ongoing-growth'));
    });
    it('growth expected after the visits stop', () => {
      assert.ok(!missing('He expects to keep getting stronger after the home visits end.').includes('termination-actions=post-therapy-growth'));
    });
    it('meaning of the ending set against other endings', () => {
      assert.ok(!missing('On ending, she said it felt strange to leave on good terms for once.').includes('termination-actions=meaning-of-ending'));
    });
    it('a plan with a season in it looks ahead, not back', () => {
      assert.ok(!missing('She plans to take up swimming again in the autumn.').includes('termination-actions=post-therapy-growth'));
    });
    it('plain words for each action', () => {
      const r = missing(
        'We went over what had changed since intake. We drew up a blueprint for the year ahead. He uses the pause-and-plan steps with his teenage son. ' +
          'He sees this as the first stage of a longer process. He wants to keep building on it. He said he will miss our Tuesday sessions. ' +
          'The nightmares have stopped. I told him how much I had valued our work.',
      );
      assert.deepEqual(r, []);
    });
    it('going through the year together, firsts and knowing the signs', () => {
      const r = missing('We went through the months together. For the first time in three years he went to a family party. If winter hits hard, he knows the signs and will call his GP.');
      assert.ok(!r.includes('termination-actions=mutual-review'));
      assert.ok(!r.includes('termination-actions=gains'));
      assert.ok(!r.includes('termination-actions=future-coping'));
    });
  });

  describe('judgmental language', () => {
    it('an assertive refusal is a skill, not a label', () => {
      assert.deepEqual(fired('judgmental-language', 'Goal: one calm refusal of extra shifts a fortnight.' + PLAN), []);
      assert.deepEqual(fired('judgmental-language', 'Pt refused the breathing exercise.' + PLAN), ['judgmental-language']);
    });
  });
});
