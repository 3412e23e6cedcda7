// Misses of the first held-out set, which is now a development set: the wordings it showed were
// missing, written again here in new fictitious sentences, each with a look-alike beside it that
// must not count. Termination actions (change as a road, a named skill taken somewhere new, gains in
// the present tense, growth expected after the end, the meaning of ending asked), an agreed task left
// undone far from its name, Plan items that come back to a rupture in other words, and a connection
// that drops out (a technical sense, not the client).
import { endingTable, table } from './sentence-table.js';

describe('development set misses (the first held-out set, now examined)', function () {
  this.timeout(20000);

  describe('termination actions', () => {
    const rows: Array<[string, string, boolean]> = [
      // ongoing growth: change as a road or path the client is still on
      ['ongoing-growth', 'He called getting well "a road I am still walking, nowhere near the end of it."', true],
      ['ongoing-growth', 'She sees her recovery as a path she is still on, with a way to go yet.', true],
      ['ongoing-growth', 'Described the change as a long road and said she is only part way along it.', true],
      ['ongoing-growth', 'He lives at the end of a long road outside the village.', false],
      ['ongoing-growth', 'The road to the clinic was closed by the floods.', false],
      ['ongoing-growth', 'The road she is now on runs past her old school.', false],
      ['ongoing-growth', 'She is only halfway through the novel her sister lent her.', false],
      ['ongoing-growth', 'He found a long way to go back to work that avoids the bridge.', false],
      ['ongoing-growth', 'The move was a long haul flight away from her family.', false],
      ['ongoing-growth', 'Said there is still some way to go, and she wants to keep at it.', true],
      // skills beyond: a named skill in a new setting or with other people
      ['skills-beyond', 'He now uses the "stop, breathe, notice what I need" routine on the bus to work.', true],
      ['skills-beyond', 'She has begun using the "worry can wait until four" rule with her grandson at bedtime.', true],
      ['skills-beyond', 'They have started using the "two-minute pause" habit before family meetings as well.', true],
      ['skills-beyond', 'He uses the "name the feeling" step with his students now.', true],
      ['skills-beyond', 'She practised the "stop, breathe, notice" routine with me in session.', false],
      ['skills-beyond', 'He takes the bus to work with his brother.', false],
      ['skills-beyond', 'She tried the "five things I can see" exercise with me at the start of the session.', false],
      // gains: present tense, "since …", stopped a habit
      ['gains', 'He is sleeping better since the move and has stopped the hourly checks of the front door.', true],
      ['gains', 'She has stopped the daily phone calls to her mother to make sure she is alive.', true],
      ['gains', 'Is eating with the family again most evenings.', true],
      ['gains', 'She’s coping far better with the school run.', true],
      ['gains', 'He has stopped the morning walk since his knee operation.', false],
      ['gains', 'Her husband has stopped the car at the lights.', false],
      ['gains', 'She has stopped the medication on the GP’s advice.', false],
      // post-therapy growth: expecting to keep …ing after the end
      ['post-therapy-growth', 'He expects to keep finding his confidence once he starts the new job.', true],
      ['post-therapy-growth', 'She expects to keep getting braver with her sister after we finish.', true],
      ['post-therapy-growth', 'They expect to keep learning each other’s signals after the sessions end.', true],
      ['post-therapy-growth', 'She expects to keep her job through the winter.', false],
      ['post-therapy-growth', 'He expects the rain to keep falling all week.', false],
      // meaning of ending: the question asked
      ['meaning-of-ending', 'Asked what finishing therapy means to him, he said it feels like "getting the keys back."', true],
      ['meaning-of-ending', 'I asked what ending our work means for them both.', true],
      ['meaning-of-ending', 'Asked what stopping the sessions means to her: she said it feels like a door left open.', true],
      ['meaning-of-ending', 'Asked what the ending of her lease means for the children.', false],
      ['meaning-of-ending', 'He asked what the end of the month means for his pay.', false],
    ];
    endingTable(rows);
  });

  describe('non-adherence: the task named far from "not done"', () => {
    table('nonadherence-explored', [
      ['The behavioural experiment we planned for the "people will stare" prediction was not done this week.', true],
      ['The urge log we agreed at the last visit (three lines after each urge) wasn’t started.', true],
      ['He had agreed to record each panic in the tracking app; the app has not been opened.', true],
      ['The relaxation recording from session 5 has not been used since.', true],
      ['The activity schedule she chose for the mornings was left untouched again.', true],
      // traps
      ['The behavioural experiment we planned for the "people will stare" prediction was done twice.', false],
      ['The app has not been opened by her daughter, who manages the account.', false],
      ['The new café we talked about last week has not been opened yet, so she went to the library.', false],
      ['The diary we agreed in session 2 was filled in every night.', false],
      ['The spelling worksheet that her son brought home from school was not done.', false],
      ['She did the thought record we set up for the "I always fail" thought on four days.', false],
    ]);
  });

  describe('non-adherence: a Plan question about a rupture is not an exploration of the task', () => {
    const MISSED = 'The coping-card practice we set up for the evenings was not started. When I asked about her father she looked away and went quiet.\n\n## Plan\n\n';
    table(
      'nonadherence-explored',
      [
        ['- Next session: tell her I noticed she went quiet when her father came up, and ask what made it hard.', true],
        ['- Next session: ask what got in the way of the coping-card practice.', false],
      ],
      (s) => MISSED + s,
    );
  });

  describe('rupture follow-ups in other words', () => {
    const BODY =
      'When I suggested the next rung of the hierarchy she said I was pushing too hard and folded her arms. I said she was right, and we slowed down.\n\n## Plan\n\n';
    table(
      'rupture-followup',
      [
        ['- Next session: return to the moment she told me I was pushing, and ask how it was to say so.', false],
        ['- Go back to the point where she said I had rushed her.', false],
        ['- Open by asking how the hierarchy moment sat with her during the week.', false],
        ['- Ask how the pushing moment landed for her after she left.', false],
        ['- Individual check-in with her on Mon 9/21 to hear what has felt too fast for her, and what I may be missing.', false],
        ['- Phone check-in on Friday to hear what has felt unfair to her so far.', false],
        // not follow-ups
        ['- Return to the moment in the trauma narrative where the car stopped.', true],
        ['- Revisit the time she told me about her mother’s death.', true],
        ['- Ask how the wedding sat with her.', true],
        ['- Check-in with her GP on Mon 9/21 to hear what the blood tests showed.', true],
        ['- Ask how the new medication sat with her this week.', true],
      ],
      (s) => BODY + s,
    );
  });

  describe('a connection that drops out is not the client dropping out', () => {
    table('judgmental-language', [
      ['Seen by video; the video dropped out twice and we finished by phone.', false],
      ['The call cut out halfway, so we rebooked the last ten minutes.', false],
      ['Her connection kept dropping out during the grounding exercise.', false],
      ['The internet dropped out at 10:40 and we lost five minutes.', false],
      ['He dropped out of the group after two sessions.', true],
      ['Client dropped out of treatment in May.', true],
    ]);
    table('nonadherence-explored', [
      ['Video dropped out twice; the rest was on audio only.', false],
      ['The audio kept cutting out, so the relaxation practice was done by phone.', false],
      ['The app froze while she logged her meals; she wrote them on paper instead.', false],
      ['Dropped the breathing practice after three days.', true],
    ]);
    table('withdrawal-repair', [
      ['The screen froze for a minute while she was talking about her brother.', false],
      ['The connection froze twice, and each time we picked up where we were.', false],
    ]);
  });
});
