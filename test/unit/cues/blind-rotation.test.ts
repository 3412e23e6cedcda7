// Misses of the second to ninth blind sets, which are now development sets: the shapes of wording
// they showed were missing, written again in new fictitious sentences, each beside a look-alike that
// must not count. A sharp reply in the session, doubting what talking can change, attending only
// under pressure, the service called a box-ticking exercise; the client's words closing at the
// therapist's own clause; feedback set out as a label and a score; goals headed by who added them.
import assert from 'node:assert/strict';
import { endingTable, findings, fires, PLAN, table } from './sentence-table.js';

describe('development set misses (the second to ninth blind sets, now examined)', function () {
  this.timeout(20000);

  describe('confrontation markers', () => {
    table('confrontation-repair', [
      // A sharp way of speaking, placed in the session or aimed at the therapist.
      ['Halfway through the role-play he retorted that he was not doing any more of that in here. We finished on time.', true],
      ['When I summarised, she told me curtly that I had made her sound "like a case study". We went on to the sleep diary.', true],
      ['He snapped at his brother on the phone twice this week and regrets it.', false],
      ['She retorted to her manager that the rota was unfair, and was sent home.', false],
      ['She snapped that her landlord never fixes anything.', false],
      // Doubting what talking can change; attending only because made to.
      ['He said he could not see how talking to a counsellor was going to change his back pain.', true],
      ['She said she is only here because her probation officer sent her.', true],
      ['He could not see how the new bus timetable was going to help him get to work.', false],
      ['She said she is only here for the weekend before flying home.', false],
      // The service itself as the target of the complaint.
      ['He said the service was "just box-ticking" and that nobody had read his file.', true],
      ['She said the council form was a box-ticking exercise.', false],
      // The client's words end where the therapist's own clause begins.
      ['She said "fine" and we agreed she would tell me when the exposure got too much.', false],
      // A complaint threatened about someone else is not aimed at the therapist.
      ['He was livid with him after the tribunal and plans to complain to the union.', false],
    ]);

    it('a sharp reply in the session counts once it is repaired', () => {
      assert.equal(fires('confrontation-repair', 'He retorted that the breathing was pointless in here. I thanked him for saying so and asked what would suit him better.' + PLAN), false);
    });
  });

  describe('feedback on the session (the rule fires when there is none)', () => {
    table('feedback-recorded', [
      ['Group SRS handed out at the close; Cl 33/40.', false],
      ['Closing rating (1–10): 7, with "the maps" named as the useful part.', false],
      ['Asked her what had been most helpful: "writing it down, not talking about it".', false],
      ['On leaving he said sorting the worry list into two piles was "genuinely useful".', false],
      ['Asked him how today was. He shrugged it off, then said the card game was the best bit.', false],
      ['CORE-10 today 17 (21 at assessment).', true],
      ['She said the new job has been "really useful" for her confidence.', true],
      ['He said the new medication was helpful with the nights.', true],
    ]);
  });

  describe('goals and who set them', () => {
    const plan = (body: string) => findings('goals-collaborative', body, 'treatment-plan');

    it('a goal under "Added by me after the meeting:" is the therapist\'s, even in a list the client picked', () => {
      const body = 'Goals Tomasz chose at the first visit:\n1. Walk the dog to the park each morning.\n2. Phone his sister on Sundays.\nAdded by me after the meeting:\n3. Reduce AUDIT-C score below 5.';
      assert.equal(plan(body).length, 1);
    });

    it('a goal added by the clinician after the client signed is not the client\'s, for all the signing', () => {
      assert.equal(plan('Objective 3c (added by clinician after the client signed, per payer requirement): attend 80% of sessions.').length, 1);
      assert.equal(plan('Objective 3c (agreed with the client, who signed): attend 80% of sessions.').length, 0);
    });

    it('a heading of added goals and an Objectives heading hold goals; a heading of the client\'s goals does not carry into Objectives', () => {
      assert.equal(plan('## Added later (clinician)\n\n4. Cut caffeine to two cups a day.').length, 1);
      assert.equal(plan('## Goals (agreed with her, in her words)\n\n1. "Sleep in my own bed."\n\n## Objectives\n\n- ISI below 10 by week 8.').length, 1);
      assert.equal(plan('## Objectives\n\n- Marta wants to drive to her mother\'s by summer (her addition).').length, 0);
    });

    it('a treatment focus with words before its colon, or one that should shift, is a goal statement', () => {
      assert.equal(findings('goals-collaborative', 'Treatment focus over the next month: worry postponement and sleep.' + PLAN).length, 1);
      assert.equal(findings('goals-collaborative', 'After supervision the treatment focus should shift from grief to work stress.' + PLAN).length, 1);
      assert.equal(findings('goals-collaborative', 'Treatment focus over the next month, which she picked: worry postponement and sleep.' + PLAN).length, 0);
    });

    it('a plan the client took part in covers its goals; a "without" inside the agreement does not unsay it', () => {
      assert.equal(plan('Client took part in drawing up this plan.\n\nGoal 1: fewer evenings spent checking emails.').length, 0);
      assert.equal(plan('## Goal\n\nGoals agreed with him at session 2: (1) say no without apologising.\nSession 5 of 12.').length, 0);
    });

    it('next steps and booked sessions in a goal section, and what has been, are not goals', () => {
      assert.equal(plan('**Goal:** return to part-time study (her choice).\n\n**Next steps:** Session 3 booked for 2 May; letter re: exam access sent.').length, 0);
      assert.equal(plan('# Treatment plan\n\nShe has been wary of group work in the past.').length, 0);
    });
  });

  describe('withdrawal and its context', () => {
    table('withdrawal-repair', [
      ['When I asked about the miscarriage in 2022 she gave one-word answers and looked at the floor; I moved on to sleep.', true],
      ['Minimal response to sertraline so far; the GP is reviewing the dose.', false],
      ['Mental state: tidy, polite, guarded about her drinking, no psychotic features.', false],
    ]);
  });

  describe('repair and review', () => {
    it('"I said it looked like I\'d pushed…" right after a withdrawal answers it', () => {
      const body = 'When I raised the food diary again she said "whatever you think" and checked her phone. I said it looked like I\'d pushed the diary on a hard day and asked her to tell me if so.';
      assert.equal(fires('withdrawal-repair', body + PLAN), false);
    });

    it('a complaint at an ending is the client\'s own unless it answers the review just before it', () => {
      const review = 'We looked back over the twelve sessions together. He said the early ones felt rushed. ';
      const far = 'We looked back over the twelve sessions together. He named the panic diary as the turning point. He is driving again. He is sleeping through. Near the end he said the clinic had "rushed him through like a parcel".';
      assert.equal(fires('confrontation-repair', review, 'termination'), false);
      assert.equal(fires('confrontation-repair', far, 'termination'), true);
    });

    it('asking whether I had ever worked with people like him is a challenge to competence', () => {
      assert.equal(fires('confrontation-repair', 'He stopped me to ask whether I had ever worked with pilots before.' + PLAN), true);
    });
  });

  describe('rupture follow-up in the Plan', () => {
    const withRupture = (plan: string) => 'She went quiet and looked away when I suggested the supermarket exposure; I paused and asked what had happened, and we switched to planning the week.\n\n## Plan\n\n' + plan;
    table(
      'rupture-followup',
      [
        ['- Next session 3/9: start by checking how the switch away from the exposure landed for her.', false],
        ['- Next session 3/9: sleep diary and new sleep targets.', true],
      ],
      withRupture,
    );
  });

  describe('ending actions by their core idea', () => {
    const rows: Array<[string, string, boolean]> = [
      ['ongoing-growth', 'She called staying well "like the allotment: you never finish it, you just keep turning up".', true],
      ['ongoing-growth', 'He sees sobriety as a daily discipline, not a place you arrive.', true],
      ['ongoing-growth', 'They finished the kitchen extension in March.', false],
      ['skills-beyond', 'She has been using the "name it, then breathe" routine at the school gate and at her in-laws\' Sunday lunch.', true],
      ['skills-beyond', 'Pt reports using box breathing before driving lessons & at the dentist.', true],
      ['skills-beyond', 'We practised the "name it, then breathe" routine in session.', false],
      ['gains', 'Down from about twelve cigarettes a day to two.', true],
      ['gains', 'First holiday abroad in nine years, with her daughter.', true],
      ['gains', 'Some progress toward goals.', false],
      ['post-therapy-growth', 'He thinks he\'ll "get stronger at saying no" once the new job settles.', true],
      ['future-coping', 'His support worker will pick up relapse planning with him next month.', false],
    ];
    endingTable(rows);
  });

  describe('fourth and fifth blind sets: ruptures', () => {
    table('withdrawal-repair', [
      ['When I read out the item about what might go wrong at the wedding, he went silent and looked at the door.', true],
      ['When I asked how the scan results had landed, she went into a long account of the hospital car park, bay by bay.', true],
      ['At the start she told a long story about the hospital car park.', false],
      ['At the flashback he stopped, laughed, and started telling me about his allotment.', true],
      ['He answered the rest of the questions in as few words as possible.', true],
      ['There was a long pause before she began.', false],
      ['Long silences (a minute or more) after each question about her father.', true],
      ['Her partner "does not want to talk about it" and waits in the car.', false],
      ['Mood low; affect reactive, smiled when talking about her grandson.', false],
    ]);
    table('confrontation-repair', [
      ['He said therapy "won\'t fix forty years of this" and looked at the clock.', true],
      ['She said I should have fought harder for more sessions.', true],
      ['He said group is "pointless" and that I\'m "like all the rest".', true],
      ['Opened by saying he "doesn\'t need a shrink, just a job".', true],
      ['He said the clinic had "dumped" him when his worker left.', true],
      ['He said "this is the same thing the last counsellor tried, it didn\'t work then". I said fair enough, no point repeating what had not helped, and asked what had helped instead.', false],
    ]);

    it('a repair conversation planned in the Plan repairs the withdrawal and is its follow-up', () => {
      const body =
        'When her mother came up she changed the subject to the weather twice.\n\n## Plan\n\n- Next week I will name how we keep sliding into small talk when her mother comes up, and ask what that is like for her.';
      assert.equal(fires('withdrawal-repair', body), false);
      assert.equal(fires('rupture-followup', body), false);
    });

    it('a Plan item that only starts with the same task again does not come back to the rupture', () => {
      const body = 'When I brought out the breathing card he said "whatever you think" and looked at his phone.\n\n## Plan\n\n- Next session 9/3: start with the breathing card again, 3 rounds.';
      assert.equal(fires('rupture-followup', body), true);
    });
  });

  describe('fourth and fifth blind sets: feedback and goals', () => {
    table('feedback-recorded', [
      ['She\'d rather talk about the allotment next time than fill in forms.', false],
      ['Said at the end that having her sister there at the start "makes it easier to talk".', false],
      ['Before I left he said, "Nobody has asked me that before."', false],
      ['At the close he gave the session a big thumbs up.', false],
      ['He said "good chat" on the way out.', false],
      ['Asked how useful today was, 0–10: 7.', false],
      ['ORS 24 (20 last session).', false],
      ['When I asked about school she turned her back to me and drew.', true],
    ]);

    it('a goal agreed at intake is still agreed', () => {
      assert.equal(findings('goals-collaborative', 'Goal: in bed by midnight on work nights (agreed with her at intake).', 'treatment-plan').length, 0);
    });
  });

  describe('fourth and fifth blind sets: tasks, endings and follow-ups', () => {
    table('nonadherence-explored', [
      ['The breathing card we made together last week was not used.', true],
      ['Impact statement not written.', true],
      ['Sleep diary (two lines at 22:00) from last week: not done.', true],
      ['The walk we agreed on was not done. When I asked about it she said her knee had flared; we swapped it for ten minutes of stretches.', false],
      ['Reading not done. When we looked at it together he said the print was too small; we agreed he would listen to the audio version instead.', false],
      ['Her birthday card to her niece was not sent.', false],
    ]);

    const endings: Array<[string, string, boolean]> = [
      ['meaning-of-ending', 'She said it felt "a bit strange" to stop coming.', true],
      ['meaning-of-ending', 'He said it was strange to see the lake so low.', false],
      ['gains', "What's different now: sleeping six hours, back at choir.", true],
      ['gains', 'PHQ-9 7/27 (19/27 at intake).', true],
      ['gains', 'She has been off the sleeping tablets for six weeks.', true],
      ['skills-beyond', 'She is using the "pause, then answer" even at the school gate when other parents start.', true],
      ['skills-beyond', 'He has started doodling on the train to work when the thoughts spiral.', true],
      ['ongoing-growth', 'He said staying sober "needs doing every single day".', true],
      ['post-therapy-growth', 'She thinks it will go "even better once I am not coming here".', true],
      ['post-therapy-growth', 'He expects to keep finding his feet when he is no longer coming in.', true],
      ['mutual-review', 'Went over the relapse map he made with his key worker.', false],
      ['mutual-review', 'We went back over the year together, term by term.', true],
    ];
    endingTable(endings);

    it('"forgot to" makes what follows undone: a planned SRS forgotten is no follow-up', () => {
      const body = 'When I raised her mother she went silent and looked at the floor.\n\n## Plan\n\n- Next session 9/3: graded exposure step 2.\n- I forgot to do the SRS at the end again.';
      assert.equal(fires('rupture-followup', body), true);
    });

    it('a Plan that checks whether the changed arrangement works for him comes back to the rupture', () => {
      const body = 'He said the 8am slot was "a joke" and that I clearly did not care about his shifts; I apologised and we moved him to evenings.\n\n## Plan\n\n- Next session 9/3 at 6pm: check first whether the evening slot works better for him.';
      assert.equal(fires('rupture-followup', body), false);
    });

    table('confrontation-repair', [
      ['Midway she asked, quite sharply, whether I could really understand, being so young.', true],
      ['About halfway he said, with some heat, that he does not see how this therapy is helping.', true],
      ['She said the programme "treats us like children".', true],
    ]);
  });

  describe('fourth and fifth blind sets: plans, labels and identifiers', () => {
    const plan = (items: string) => findings('plan-next-step', `Worked on sleep.\n\n## Plan\n\n${items}`).length > 0;

    it('a date written day first ("5 May: …") is a concrete next step; a list number is not a date', () => {
      assert.equal(plan('- 5 May: begin by asking how today\'s pace felt.'), false);
      assert.equal(plan('1. Continue to monitor.'), true);
    });

    it('"Continue … weekly" and "Review in 6 weeks" only say the work goes on', () => {
      assert.equal(plan('Continue MAT. Continue individual counselling monthly and group weekly.'), true);
      assert.equal(plan('Continue to monitor. Review in 6 weeks.'), true);
      assert.equal(plan('- Walk to the shop daily, 10 minutes.'), false);
      assert.equal(plan('- Review the sleep diary together on Thursday.'), false);
    });

    table('judgmental-language', [
      ['Refuses help from his sister with the shop.', true],
      ['She uses TIPP at the café with difficult customers.', false],
    ]);

    table('identifiers', [
      ['SIN 000-123-456 copied onto the benefits form.', true],
      ['NHS number 000 111 2222 checked against the referral.', true],
      ['Scored 123 on the 456-item inventory.', false],
    ]);

    it('goals: "Obj 3:", a goal label with words before its colon, partners who named the goals', () => {
      assert.equal(findings('goals-collaborative', 'Obj 3: Pt will reduce ED visits to 0 in 6 months.', 'treatment-plan').length, 1);
      assert.equal(findings('goals-collaborative', 'Goal I set for the next few weeks: fewer safety behaviours at work.' + PLAN).length, 1);
      assert.equal(findings('goals-collaborative', 'Goals both partners named at intake still stand: fewer harsh start-ups.' + PLAN).length, 0);
    });

    it('under a "Treatment plan" title only the lines that set out the approach are plan statements', () => {
      const body = '# Treatment plan: CPT\n\nVeteran, 40; his brother attends the start of sessions at his request.\n\n**Approach:** 12 sessions of CPT, weekly.\n\n**Review:** PCL-5 every session.';
      assert.deepEqual(findings('goals-collaborative', body, 'treatment-plan').length, 1);
    });
  });

  describe('sixth and seventh blind sets', () => {
    table('feedback-recorded', [
      ['Thumbs up when I asked if today had been all right.', false],
      ['She signed at the end that the slower pace suited her.', false],
      ['She said the psych slot is "the only hour that isn\'t about my kidneys".', false],
      ['She said she liked that she does not have to explain her faith to me.', false],
      ['She waited nearly 3 hours in A&E on Tuesday.', true],
      ['She wants him to come to a couples session, not to tell him alone.', true],
      ['Said today that I "clearly don\'t understand farming".', true],
    ]);
    table('withdrawal-repair', [
      ['When I asked about the funeral, his answers got very short and he looked at the window.', true],
      ['When I asked what he had hoped his dad would say, there were long gaps, then "idk", then "can we not".', true],
      ['When I asked about the crash, he looked at the floor and asked whether the car park was free.', true],
      ['She has withdrawn from her evening class this term; relieved.', false],
      ['Minimal response to propranolol; the GP will review.', false],
      ['When I asked about her dad she went quiet and looked at the floor. I said I\'d noticed she went quiet and wondered whether it was too soon to talk about him.', false],
    ]);
    table('confrontation-repair', [
      ['Yth said "this is a waste of time, you just write stuff for the court."', true],
      ['She said I was "just another person coming to check up on her".', true],
      ['She asked why she should talk to me if I am not the one who decides.', true],
      ['She was angry about the nine-week wait for this appointment.', true],
      ['Said today that I "clearly don\'t understand shift work".', true],
    ]);
    table('nonadherence-explored', [
      ['Walking slots Mon/Wed 7pm (agreed wk 4): didn\'t use either. Re-booked the same slots.', true],
      ['Night-time screen cut-off (the experiment from session 3) not tried. Set again.', true],
      ['Refused the mood diary again this week; we did not come back to it.', true],
      ['Screeners: PHQ-9 12, AUDIT left blank.', false],
      ['Signs of a slide she named: skipping the walk, snapping at the kids.', false],
    ]);
    endingTable([
      ['post-therapy-growth', 'He expects it to get easier the longer he keeps at it.', true],
      ['post-therapy-growth', 'She expects the spare room "will go down bit by bit once nobody is making me".', true],
      ['ongoing-growth', 'He sees this as "the start of a longer conversation with myself", not something finished.', true],
      ['ongoing-growth', 'Sees managing her diabetes as "a forever balancing act".', true],
      ['meaning-of-ending', '- Ending: "weird, like leaving a club you actually liked".', true],
      ['future-coping', '- If it slides: signs = dishes piling up, sleeping past noon. Then: restart the Sunday plan.', true],
      ['skills-beyond', '- Taking with him: the Sunday plan; timers at the new job.', true],
      ['post-therapy-growth', 'She wants to try on her own before the summer.', false],
    ]);
  });

  describe('eighth and ninth blind sets', () => {
    table('confrontation-repair', [
      ['She said she was angry about being "sent to the shrink" by her GP.', true],
      ['He said, "You are too young to understand a family business."', true],
      ['He asked how old I am and whether I am "even qualified" for this.', true],
      ['She said, "I\'m not doing this, it\'s stupid."', true],
      ['She said the sessions have not really done anything for her.', true],
      ['He said the breathing exercises are "a waste of his time and mine".', true],
      ['She asked, laughing, whether I was a real person; I said yes and she said "good".', false],
    ]);
    table('withdrawal-repair', [
      ['When we got close to the crash she began to talk at length about the insurance forms.', true],
      ['When I came back to the letter, she laughed and went into a ten-minute story about the neighbour\'s cat.', true],
      ['She laughed when she got to the part where the knife came out.', true],
      ['He answered the remaining questions in a word or two, looking at his wife.', true],
      ['When I asked about work she pulled her scarf over her face and answered only "hmm".', true],
    ]);
    table('feedback-recorded', [
      ['End of the yarn he said "that was alright" and asked if next time could be outside.', false],
      ['He said before leaving that it is "easier than I thought" to talk here.', false],
      ['When I asked about the dream she said "I don\'t know" and asked if we could finish early.', true],
    ]);
    endingTable([
      ['post-therapy-growth', 'He reckons the new job will keep making him stronger.', true],
      ['post-therapy-growth', 'She expects college to be "easier because I\'m not starting from zero".', true],
      ['ongoing-growth', 'She called it "a long game, not a fix".', true],
      ['ongoing-growth', 'He sees staying well as "maintenance, like the car".', true],
      ['ongoing-growth', 'He said solving problems "never finishes, like farming".', true],
      ['gains', 'TSK-11 24 (38 at start); walks 20 minutes most days.', true],
      ['gains', '- Changes we listed: back at college, sleeping through.', true],
      ['meaning-of-ending', 'About closing: she said she is happy and a bit afraid.', true],
      ['future-coping', 'If the panic before exams comes back: breathing, sleep before midnight, call her cousin.', true],
      ['skills-beyond', 'She has been using the revision blocks to plan her choir practice as well.', true],
    ]);
  });

  describe('precision on the development sets', () => {
    table('withdrawal-repair', [
      ['He said "like at home", went quiet for a moment, then talked for the rest of the hour.', false],
      ['Early in our work he\'d go quiet whenever his brother came up; today he talked about him freely.', false],
    ]);
    table('confrontation-repair', [
      ['He said today\'s session "wasn\'t a waste, I\'ll give you that."', false],
      ['She was upset with me that I had phoned her GP without asking. I accepted that phoning without asking her first was my mistake and asked how she wants contact handled.', false],
    ]);

    it('a Plan that starts by asking what kind of session would be useful comes back to the rupture', () => {
      const body = 'When I brought out the worksheet he said "this paper stuff is not for me" and folded his arms.\n\n## Plan\n\n- Next Tues 3/3: start by asking him what kind of session would actually be useful.';
      assert.equal(fires('rupture-followup', body), false);
    });
  });

  describe('tenth and eleventh blind sets: the client turning on the therapist or the work', () => {
    table('confrontation-repair', [
      // Who speaks is the subject of the verb that introduces the words, not the last person named before them.
      ['While we were going over the row with her son, Priya said, "You sound like a robot."', true],
      ['While we went over the row, her daughter Jo said, "You sound like a robot, Mum."', false],
      // The therapist lumped with others; the exercise fit for someone else; something else demanded instead.
      ['Twenty minutes in he said, "You people only care about your targets."', true],
      ['Her sister texted, "you people never ring back."', false],
      ['When I handed over the sleep diary she said, "This is something for schoolkids, not for a grown woman."', true],
      ['She said the reading scheme "is meant for schoolkids" and her son finds it easy.', false],
      ['Halfway through the values exercise he said, "I need a job, not a worksheet."', true],
      ['He said he needs a new boiler, not another repair.', false],
      // The task set aside in the room.
      ['When I put the exposure hierarchy in front of him he pushed it back across the desk.', true],
      ['She pushed the pram back up the hill after the appointment.', false],
      // Words that come with a rating the therapist asked for are feedback.
      ['Midway she said: "you lot always run late."', true],
      ['She rated the session 4/10: "you lot always run late."', false],
      // Pressing on is no repair; owning one's part, or an apology, is.
      ['Midway she said, "You are rushing me." I asked her to give it five more minutes and we finished the worksheet.', true],
      ['Midway she said, "You are rushing me." Said I had pushed the worksheet before she was ready, and we put it away.', false],
      ['He said, "You lot never listen." I told him that I was sorry if it had felt that way and asked what I had missed.', false],
    ]);
  });

  describe('tenth and eleventh blind sets: the client turning away after a question', () => {
    table('withdrawal-repair', [
      ['Each time I asked about the custody hearing she went back to the problems with her car.', true],
      ['Each time I asked about the custody hearing she went back to it in more detail.', false],
      ['When I asked about the assault he moved on to the football results.', true],
      ['When I asked about her week she went back to work on Monday and coped.', false],
      ['When I asked what the diagnosis meant to her she smiled and then asked me about my holidays.', true],
      ['Describing the crash, he laughed the whole time.', true],
      ['He lay on the couch with his back to me for the rest of the hour.', true],
      // A thing, not a person, went quiet; short answers put down to the body; a medical withdrawal.
      ['He phoned on Sunday and then the line went silent for two days.', false],
      ['He went silent for the rest of the hour when I mentioned his brother.', true],
      ['Answers were short throughout, down to fatigue and the breathlessness, not reluctance.', false],
      ['The team has moved to withdrawal of active treatment and she wants to talk about her son.', false],
      // Another session, and a formulation, describe a pattern rather than today.
      ['He told me that in session 3 he walked out of the room.', false],
    ]);

    it('a formulation describes a pattern, not what happened today', () => {
      assert.equal(fires('withdrawal-repair', 'Worked on the thought record.\n\n## Formulation\n\nSafety behaviours: changing the subject when feelings come up, going quiet.' + PLAN), false);
    });

    it('words written before the rupture do not repair it', () => {
      assert.equal(fires('withdrawal-repair', 'We went over what the results could mean for her. When I asked about telling her sister she changed the subject.' + PLAN), true);
    });
  });

  describe('tenth and eleventh blind sets: the Plan coming back to an agreement or a complaint', () => {
    const RUPTURE = 'When I raised the exposure she said, "You are rushing me." I slowed down and we agreed she sets the pace.';
    it('checking whether the agreement from the repair is working', () => {
      assert.equal(fires('rupture-followup', `${RUPTURE}\n\n## Plan\n\n- 12/10: start by checking whether the "she sets the pace" agreement is working.`), false);
    });
    it('asking whether the client still feels rushed', () => {
      assert.equal(fires('rupture-followup', `${RUPTURE}\n\n## Plan\n\n- I'll ring her on 12/10 to check whether she still feels we rushed her.`), false);
    });
    it('a Plan that only sets the next exposure step', () => {
      assert.equal(fires('rupture-followup', `${RUPTURE}\n\n## Plan\n\n- 12/10: exposure step 3, the lift.`), true);
    });
  });

  describe('tenth and eleventh blind sets: ending actions in other words', () => {
    endingTable([
      ['gains', 'PHQ-9 from 17 to 8 over the course.', true],
      ['gains', 'Sessions 5 to 8 were held online.', false],
      ['skills-beyond', 'She is using the grounding card for her driving test next month.', true],
      ['skills-beyond', 'She is using the bus now.', false],
      ['ongoing-growth', 'He called looking after his mood "a daily thing, like brushing teeth."', true],
      ['ongoing-growth', 'He hopes to keep getting stronger once back at work.', false],
      ['post-therapy-growth', 'She expects things to keep getting easier from here on.', true],
    ]);
  });

  describe('tenth and eleventh blind sets: tasks, feedback and goals', () => {
    table('nonadherence-explored', [
      // Where or when a task was to be done names it one between sessions, whatever the task.
      ["He hasn't been doing the mirror exercises at home since the last appointment.", true],
      ['He has been doing the mirror exercises at home since the last appointment.', false],
      ["The leaflet on panic that we agreed she'd read hasn't been read.", true],
      ['Evening snack skipped Tue, Thu and Sat.', true],
      ['School missed Monday and Tuesday with a cold.', false],
      ['The exercise of holding her breath (interoception) was not done this week.', true],
    ]);

    table('feedback-recorded', [
      // The client's words at the close about this counsellor are feedback; a fall that "landed him" in hospital is not.
      ['Before closing she said this was "the first time a counsellor has let me talk about my faith."', false],
      ['Reports the fall last winter landed him in A&E; no falls since.', true],
    ]);

    describe('goals', () => {
      const PLAN_NOTE = (goals: string) => `# Treatment plan\n\n${goals}`;
      table(
        'goals-collaborative',
        [
          ['**Goals agreed with Sam:**\n\n1. Sleep in his own bed four nights a week.\n2. Goal added by the counsellor after the review: attend two groups a week.', true],
          ['**Goals agreed with Sam:**\n\n1. Sleep in his own bed four nights a week.\n2. Attend two groups a week.', false],
          ['Team goals: weight restoration to BMI 18.5 by March.', true],
        ],
        PLAN_NOTE,
        'treatment-plan',
      );
      it('a GIRP Goal section that tells the session states no goal', () => {
        assert.equal(fires('goals-collaborative', '## Goal\n\nClosing session. She gave notice at the bakery last week.\n\n## Intervention\n\nReviewed the work.', 'termination'), false);
      });
    });
  });

  describe('sentence sets: the shapes they showed, each beside a look-alike', () => {
    table('confrontation-repair', [
      // "You" and a negated verb denies the therapist something; the "you" of a general truth does not.
      ['Midway he said, "You never let me finish."', true],
      ['He sees recovery as ongoing: "you don\'t fix it once."', false],
      // Reported speech about the therapist carries its criticism in "always", "just", "instead of"; praise has none.
      ['She said I always take his side.', true],
      ['She said I was very helpful today.', false],
      // Doubting what the therapist is; a check that the therapist is a person on a video call is not.
      ['He asked whether I was a real psychologist or a student.', true],
      ['Early on she asked, laughing, whether I was a real person on the video call.', false],
      // Defending themselves against the therapist, not against someone else.
      ['She said, "I\'m not a child, you don\'t get to grade me."', true],
      ['"My brother calls me a junkie. I\'m not a junkie."', false],
      // A quoted verdict on "this" or on the work in contempt words; someone else's complaint to the therapist is theirs.
      ['Halfway through the speaker-listener practice Jo said "this is so artificial, nobody talks like this".', true],
      ['She said this week was humiliating at work.', false],
      ['Her mother came in at the end and complained to me that the sessions are too expensive for "only talking".', false],
    ]);

    table('withdrawal-repair', [
      ['Cl switched to the footy scores the moment we got to the anniversary of the accident.', true],
      ['She switched to the night shift the week her mother moved in.', false],
      ['Smiled broadly throughout the account of the miscarriage.', true],
      ['MSE: speech in a monotone, affect flat.', false],
      ["YP said 'I'm too thick for this stuff' when we got to the worksheet.", true],
      ['Did the breathing exercise on autopilot and asked "are we done?" at 45 minutes.', true],
      // The same short words to everything; turning the body away.
      ["Ruby said 'yeah, fine, whatever works' to all three coping strategies.", true],
      ['She said yes to the referral and thanked the GP.', false],
      ['Lay facing the wall during the 1:1 and answered in grunts.', true],
    ]);

    table('withdrawal-repair', [
      // What answers the moment: naming it without "I", owning one's part; not validating the week, nor explaining the task again.
      ['Gave one-word answers when I asked about the move. Said I had noticed the short answers and wondered whether the move was hard to talk about here.', false],
      ['Gave one-word answers when I asked about the move. Acknowledged it had been a rough week with the housing and completed the review.', true],
      ['Was vague about the diary when I asked about it, "can\'t remember" x4. Re-explained the purpose of monitoring and reissued the same form.', true],
      ['Gave one-word answers when I asked about the move. I acknowledged that the move was imposed on her, and asked what it was like to talk about it with me.', false],
    ]);
  });

  describe('twelfth and thirteenth blind sets: withdrawal in telegraphic and reported notes', () => {
    table('withdrawal-repair', [
      ['Cl. v. quiet when the move was raised, 1-word answers, on phone most of the time. T moved on to the budget.', true],
      ['When I asked about the exam she was answering only "ok, ok" and looking at the floor.', true],
      ['When I asked about the court date he started to talk about his nephew\'s football team.', true],
      ['When I asked about the bullying he said "it\'s fine," and asked how long was left.', true],
      ['Mo did not speak again, and at the end he left without his usual goodbye.', true],
      // Outside the session, told about, or a preference rather than a denial.
      ['Has withdrawn from friends and stopped answering the door since the eviction notice.', false],
      ['K. talked about the weekend: her partner went silent and slept in the spare room for two nights.', false],
      ['I asked whether he would prefer a male counsellor; he said he\'s fine with me.', false],
      ['1:1 in quiet rm, 30 min; went through the safety plan.', false],
    ]);
  });

  describe('twelfth and thirteenth blind sets: confrontation and what answers it', () => {
    table('confrontation-repair', [
      ['Halfway through she said, sharply, that she was tired of professionals and their forms, and that this assessment felt like a hoop to jump through. We carried on.', true],
      ['F. turned to me and said: "You just sit there. What\'s the point of you?" I said nothing and the group moved on.', true],
      ['He said the worksheets were "for people who can still hold a pen" and I moved on to the mood diary.', true],
    ]);
    table('withdrawal-repair', [
      // The client's own "I" inside the quotation is not the therapist answering.
      ['When I asked about the comments at school he said "it\'s fine, I don\'t care," and asked how long was left.', true],
    ]);
    it('a marker told again inside the therapist\'s own reaction is the same moment, not a second rupture', () => {
      const body = 'She said the exercise was pointless and put the sheet down. I named it and asked what would suit her better.\n\nI felt frustrated when she dismissed the exercise; I will take it to supervision.' + PLAN;
      assert.equal(fires('confrontation-repair', body), false);
    });
  });
});
