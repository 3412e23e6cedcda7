// Misses of the eighteenth and nineteenth blind sets, which are now development sets: the shapes of
// wording and of note layout they showed were missing, written again in new fictitious sentences,
// each beside a look-alike that must not count. (Their ending actions, therapist reactions, feedback
// and labels are in blind-rotation-7-endings-reactions-feedback.test.ts.)
import assert from 'node:assert/strict';
import { findings, fires, PLAN, table } from './sentence-table.js';

describe('development set misses (the eighteenth and nineteenth blind sets, now examined)', function () {
  this.timeout(20000);

  describe('confrontation markers', () => {
    table('confrontation-repair', [
      // A motive imputed to the therapist, in the client's words.
      ['Early on she said "you\'re only here to get the kids taken off me" and turned away from me. I went on with the genogram.', true],
      ['She said the health visitor is "only here to tick a box", which made her laugh.', false],
      // "Until I changed" is the therapist moving on, not pressure; refusing until the therapist agrees is.
      ['He stayed on his phone until I changed to the holiday dates.', false],
      ['He would not go on with the exposure until I agreed to stop the timer.', true],
      // Too much to do is no verdict, and "you don't know what to do with yourself" is the you of a general truth.
      ['Said "I\'ve got too much to get through this month, the move and the kids".', false],
      ['About finishing, she said "it\'s like the end of term: you don\'t know what to do with yourself".', false],
      // Anger aimed at someone else, said so.
      ['She was furious with him today (his solicitor wrote again) and called him "a bully".', false],
      // The wait, the pace, doubts about the therapy.
      ['Pt said the 6-month wait for psychology was "a disgrace".', true],
      ['She asked whether the group was even the right thing for her: "we\'re going round in circles". I carried on with the module.', true],
      ['She wondered whether the new flat was the right fit for her and the baby.', false],
      ['He said I keep "putting words in his mouth" and that "this isn\'t getting us anywhere". I carried on and offered another idea.', true],
    ]);

    it('clearing up what the client believed the therapist did, or an apology, repairs', () => {
      const body = 'Angry at me at the start: "you people reported me to the council". Clarified I have not contacted the council and that it isn\'t my role. Apologised that this wasn\'t explained at the first session.';
      assert.equal(fires('confrontation-repair', body + PLAN), false);
      const role = 'Early on he said "you\'re only here to get me sectioned". I explained my role and who I would share with; he turned back and answered the rest.';
      assert.equal(fires('confrontation-repair', role + PLAN), false);
    });
  });

  describe('withdrawal markers', () => {
    table('withdrawal-repair', [
      // Telegraphic: the few words given.
      ['Quiet after that, mostly "yes" and "no" until the end.', true],
      // A speech limit named in the sentence explains short answers.
      ['Receptive and expressive aphasia: answers mostly yes/no with gesture.', false],
      // A quiet that is thinking.
      ['Went quiet and thoughtful when the stairs came up, then said "I never thought of it like that".', false],
      ['Went quiet when the stairs came up and said "can we leave it".', true],
      // Silence in a game or a recording watched together is not the session's.
      ['We watched the match footage together; paused where he went silent in the game and asked what was going on for him.', false],
      // Going somewhere is not going off a subject.
      ['When the bonus came through he went straight to his brother\'s and paid off the card.', false],
      ['When I asked about the court date he went straight on to the football.', true],
    ]);

    it('in a family session, someone else pulls away from the therapist or the work, not just nods', () => {
      const family = 'Family session with Mum and Dad. ';
      assert.equal(fires('withdrawal-repair', family + 'The parents nodded through most of it.' + PLAN), false);
      assert.equal(fires('withdrawal-repair', family + 'Dad went quiet when I asked about the rota and looked at his phone.' + PLAN), true);
    });
  });

  describe('the Plan comes back to the rupture', () => {
    const rupture = 'When I moved to the thought record he put his hood up and gave one-word answers. I asked if it felt like a telling-off; he nodded.\n\n## Plan\n\n';
    table(
      'rupture-followup',
      [
        ['- Thurs: start by asking whether today still felt like a telling-off.', false],
        ['- Thurs: ask him how it is going with me compared with his last worker.', false],
        ['- Thurs: first check with him how it felt, and whether the shorter format works for him.', false],
        ['- Thurs: thought record, column two.', true],
      ],
      (s) => rupture + s,
    );
  });

  describe('agreed tasks not done', () => {
    table('nonadherence-explored', [
      // The agreement in one sentence, the bare "didn't" in the next.
      ['We had agreed she would try the 10pm phone curfew. She didn\'t, and we moved on.', true],
      ['His plan from last week was to go to the Monday class. He didn\'t go.', true],
      ['We talked about the weekend. She didn\'t.', false],
      ['We had agreed at session 4 that he would keep the drinks diary; not started.', true],
      ['Pt did not do the daily walk agreed at session 2.', true],
      // A count says how much: most of it done is the task kept.
      ['Urge log filled in on 2 of the 7 days.', true],
      ['Urge log filled in on 6 of the 7 days.', false],
      // A risk assessment's plan, and a formulation, are no tasks.
      ['Risk: passive thoughts, nil plan/intent.', false],
      // Asking what made the missed days harder explores; moving the task to a time that fits adjusts it.
      ['Breathing practice done on 2 of 7 days; I asked what made the other days harder (night shifts).', false],
      ['Reading done 1 of 5 evenings; we agreed to move it to after breakfast on shift days.', false],
    ]);
  });

  describe('goals and who set them', () => {
    const plan = (body: string) => findings('goals-collaborative', body, 'treatment-plan');
    it('a label that says the therapist added what follows, with its abbreviations and length', () => {
      const body = '**Goals Jo set with me (her wording):**\n1. "Sleep in my own bed."\n\n**Added by me after the team review on 3 Feb, not yet discussed with Jo.:**\n4. Reduce alcohol to within guidelines.';
      assert.equal(plan(body).length, 1);
    });
    it('a "Goals:" label heads its own paragraph, not the ones after it', () => {
      assert.equal(findings('goals-collaborative', 'Goals (his words, agreed): sleep by midnight; one run a week.\n\nScheduling contact: the service desk.', 'intake').length, 0);
    });
    it('"as he and his parents asked" shows their part; a service requirement is a goal line', () => {
      assert.equal(plan('## Approach\n\nShort activities with movement breaks, as Leo and his parents asked.').length, 0);
      assert.equal(plan('Service requirement (set by the team): attend 80% of appointments.').length, 1);
    });
  });
});
