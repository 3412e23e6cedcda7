// One test per trap kind in the corpus README ("Relationship rules"), each on new sentences: the
// relationship rules must not fire on them, and must fire on the plain marker beside them.
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint.js';
import { config, fired } from './sentence-table.js';

const PLAN = '\n\n## Plan\n\n- Next session 6/8: sleep window from the diary.';

describe('relationship rules: traps (corpus README)', () => {
  it('fires on a plain, current, unrepaired withdrawal marker', () => {
    assert.deepEqual(fired('withdrawal-repair', 'When I asked about the funeral he gave one-word answers for the rest of the hour.' + PLAN), ['withdrawal-repair']);
  });

  it('negated markers are not markers', () => {
    assert.deepEqual(fired('withdrawal-repair', 'No shutting down this week; talked freely about the funeral.' + PLAN), []);
    assert.deepEqual(fired('confrontation-repair', 'She did not get angry with me when we went over the fee.' + PLAN), []);
  });

  it('negation, another session and the past, in more of the ways notes write them', () => {
    assert.deepEqual(fired('withdrawal-repair', 'Nothing in the way of shutting down this time; talked freely about the move.' + PLAN), []);
    assert.deepEqual(fired('withdrawal-repair', 'In sess 2 she went silent when asked about the flat; today she talked about it freely.' + PLAN), []);
    assert.deepEqual(fired('withdrawal-repair', 'He remembers going silent in those meetings.' + PLAN), []);
    // Going straight to the hard material is not moving away from it; going straight to the bus timetable is.
    assert.deepEqual(fired('withdrawal-repair', 'Went straight to the grief when I asked about her mother.' + PLAN), []);
    assert.deepEqual(fired('withdrawal-repair', 'Went straight on to the bus timetable when I asked about her mother.' + PLAN), ['withdrawal-repair']);
    // The negation does not reach back over the semicolon.
    assert.deepEqual(fired('withdrawal-repair', 'Shut down when I raised the fee; nothing in the way of an answer after that.' + PLAN), ['withdrawal-repair']);
  });

  it('historical and hypothetical markers are not markers', () => {
    assert.deepEqual(fired('withdrawal-repair', 'With her previous counsellor she would go silent for whole sessions.' + PLAN), []);
    assert.deepEqual(fired('confrontation-repair', 'If he questions whether therapy is helping, I will ask what he has noticed.' + PLAN), []);
  });

  it('the therapist as subject is not a client marker', () => {
    assert.deepEqual(fired('withdrawal-repair', 'I went quiet for a minute to let the memory settle.' + PLAN), []);
    assert.deepEqual(fired('confrontation-repair', 'I challenged the plan I had drafted, and rewrote it with her.' + PLAN), []);
  });

  it('anger at someone else, and other people’s quoted words, are not confrontation', () => {
    assert.deepEqual(fired('confrontation-repair', 'Furious with his foreman, who "never listens to anyone."' + PLAN), []);
    assert.deepEqual(fired('confrontation-repair', 'Her sister told her "you don\'t get it, you never listen."' + PLAN), []);
  });

  it('reassurance-seeking questions and stated preferences are not confrontation', () => {
    assert.deepEqual(fired('confrontation-repair', 'Asked three times whether I was sure the symptoms were anxiety. Prefers audio only today.' + PLAN), []);
  });

  it('symptom-level avoidance outside the session is not withdrawal', () => {
    assert.deepEqual(fired('withdrawal-repair', 'Avoids the canteen at lunch; social withdrawal since the move. Withdrawn affect.' + PLAN), []);
  });

  it('a couple’s pattern at home is not in-session withdrawal', () => {
    assert.deepEqual(fired('withdrawal-repair', 'At home he goes silent and she pursues; they called it their loop.' + PLAN), []);
  });

  it('word senses: alcohol withdrawal, treatment-resistant depression', () => {
    assert.deepEqual(fired('withdrawal-repair', 'Alcohol withdrawal managed by the GP last month; treatment-resistant depression per psychiatry.' + PLAN), []);
  });

  it('word senses: the withdrawal of something (a bursary, a drug), not of the client\'s engagement', () => {
    assert.deepEqual(fired('withdrawal-repair', 'Tearful in session about the withdrawal of her bursary.' + PLAN), []);
    assert.deepEqual(fired('withdrawal-repair', 'In session he spoke of the withdrawal of his licence.' + PLAN), []);
    assert.deepEqual(fired('withdrawal-repair', 'Withdrawal of eye contact whenever I raised the fee.' + PLAN), ['withdrawal-repair']);
  });

  it('a repair recorded in another section, or only planned, satisfies the marker', () => {
    const marker = '## Data\n\nWhen I raised the exposure ladder she changed the subject twice.\n\n';
    assert.deepEqual(fired('withdrawal-repair', marker + '## Assessment\n\nI named the shift and asked what was happening for her; she said it felt rushed.' + PLAN), []);
    assert.deepEqual(fired('withdrawal-repair', marker + '## Plan\n\n- Next session 6/8: name how she moved away from the ladder and ask whether the pace feels right.'), []);
  });

  it('exploring interests and psychoeducation are not repair steps', () => {
    assert.deepEqual(
      fired('withdrawal-repair', 'When I asked about school he shrugged and stared at his phone. Explored his interests (skateboarding). Psychoeducation on sleep.' + PLAN),
      ['withdrawal-repair'],
    );
  });

  it('rupture-followup fires once per note, repaired or not, unless the Plan checks back', () => {
    const body = 'She said I don\'t understand her and that the homework is pointless. I thanked her for saying it and we changed the task.';
    assert.deepEqual(fired('rupture-followup', body + PLAN), ['rupture-followup']);
    assert.deepEqual(fired('rupture-followup', body + '\n\n## Plan\n\n- Check in next session about how the disagreement sits with her now.'), []);
  });

  it('non-adherence: someone else’s no-show, the therapist forgetting, the presenting problem, done homework, history', () => {
    const body =
      'Her father skipped the parent session again. I forgot to send the audio file. Missed four days of college this week. ' +
      'Breathing practice done daily. Last autumn she often skipped the diary.';
    assert.deepEqual(fired('nonadherence-explored', body + PLAN), []);
  });

  it('non-adherence: a hypothetical adjustment and reassigning the same task do not count', () => {
    assert.deepEqual(
      fired('nonadherence-explored', 'Sleep diary not completed. If it keeps feeling like too much we will shorten it. Diary reassigned.' + PLAN),
      ['nonadherence-explored'],
    );
    assert.deepEqual(fired('nonadherence-explored', 'Sleep diary not completed. Asked what got in the way: night shifts.' + PLAN), []);
  });

  it('feedback: the clinician’s verdict is not client feedback; an SRS score is', () => {
    assert.deepEqual(fired('feedback-recorded', 'Good, productive hour.' + PLAN), ['feedback-recorded']);
    assert.deepEqual(fired('feedback-recorded', 'SRS 34/40; he said the role-play "was the useful bit."' + PLAN), []);
  });

  it('feedback: negative feedback is feedback; a measure not given is not', () => {
    assert.deepEqual(fired('feedback-recorded', 'She said the breathing script was not useful and she would rather talk.' + PLAN), []);
    assert.deepEqual(fired('feedback-recorded', 'SRS not administered; we ran out of time.' + PLAN), ['feedback-recorded']);
  });

  it('feedback: an SRS score kept in the frontmatter counts', () => {
    const text = '---\ntype: progress\nformat: free\nclient: C-4102\ndate: 2026-06-02\nsession: 6\nsrs: 35\n---\n\nWorked on the exposure ladder.' + PLAN + '\n';
    assert.deepEqual(lint(text, { config }).findings.filter((f) => f.ruleId === 'feedback-recorded'), []);
  });

  it('goals: list items inherit the lead-in’s agreement; next-session logistics are not goals', () => {
    assert.deepEqual(fired('goals-collaborative', '## Goals\n\nShe chose these two with me:\n- Cook one meal a week.\n- Walk to work twice a week.' + PLAN), []);
    assert.deepEqual(fired('goals-collaborative', 'Goal: sleep by 11 on weeknights.' + PLAN).length, 1);
  });

  it('client-context: "not explored" does not count, a recorded answer does', () => {
    assert.deepEqual(fired('client-context', '## Culture and faith\n\nNot explored today.', 'intake'), ['client-context']);
    assert.deepEqual(fired('client-context', 'Faith: none, "never been a church family."', 'intake'), []);
  });

  it('therapist-reaction: noticing is not reflecting; other supervision does not count; positive and client feelings do not fire', () => {
    assert.deepEqual(fired('therapist-reaction', 'I noticed I was getting impatient with the repetition.' + PLAN), ['therapist-reaction']);
    assert.deepEqual(fired('therapist-reaction', 'I felt irritated by the lateness.\n\nDiscussed the safeguarding question with my supervisor.' + PLAN), ['therapist-reaction']);
    assert.deepEqual(fired('therapist-reaction', 'I felt touched by her courage. She felt drained by the commute.' + PLAN), []);
  });

  it('feedback invited in an ending review is not a rupture, and a task skipped long ago is not non-adherence', () => {
    const body = 'Looking back over our work together, he said the worksheets felt pointless at first and he rarely did the thought records; the role-plays helped most.';
    assert.deepEqual(fired('confrontation-repair', body, 'termination'), []);
    assert.deepEqual(fired('nonadherence-explored', body, 'termination'), []);
  });

  it('in a couple or family session, a partner who turns on the therapist strains the alliance; outside one, a partner is a third party', () => {
    assert.deepEqual(fired('confrontation-repair', 'Couples session. Her husband said therapy is a waste of money and that I always take her side.' + PLAN), ['confrontation-repair']);
    assert.deepEqual(fired('confrontation-repair', 'Her husband thinks therapy is a waste of money.' + PLAN), []);
  });

  it('a client’s usual way of talking is not a minimal-response marker', () => {
    assert.deepEqual(fired('withdrawal-repair', 'Gave short answers when I asked about the move, which is his usual style; he elaborated readily when prompted.' + PLAN), []);
  });

  it('quiet during an exercise, or a slow start that settles, is not a rupture', () => {
    assert.deepEqual(fired('withdrawal-repair', 'Remained silent through the body scan exercise, eyes closed.' + PLAN), []);
    assert.deepEqual(fired('withdrawal-repair', 'Gave brief answers at first about the week, but warmed up once we started on the sleep log.' + PLAN), []);
  });

  it('anger as a topic of the work is not anger at the therapist', () => {
    assert.deepEqual(fired('confrontation-repair', 'Reviewed the anger log homework: three outbursts at the depot. Frustrated that the plan for weekends keeps slipping.' + PLAN), []);
    assert.deepEqual(fired('confrontation-repair', 'Irritated with me for starting late and said so.' + PLAN), ['confrontation-repair']);
  });

  it('termination-actions: an action mentioned only to say it did not happen is missing', () => {
    const body = 'We did not have time to talk about what ending means for him. He is proud of the work.';
    const found = fired('termination-actions', body, 'termination');
    assert.ok(found.includes('termination-actions=meaning-of-ending'));
    assert.ok(!found.includes('termination-actions=pride'));
  });
});
