// Breadth by category (issue #3): for each relationship cue, how clinicians of other schools,
// settings and countries write it — CBT, psychodynamic, DBT, EMDR, ACT, family, school, substance
// use, trauma services; UK/IE/AU/NZ/US/CA spelling; terse EHR shorthand; trainees and non-native
// writers. Every sentence is new and fictitious. Each list holds wordings that must be found and,
// beside them, look-alikes that must not (negation, history, someone else, another word sense, a
// verdict that is not the client's, a plan that is not a goal).
import { endingTable, PLAN, table } from './sentence-table.js';

describe('relationship cues: breadth by category', function () {
  this.timeout(20000);

  describe('withdrawal markers (3RS): minimal response, denial, shifting topic, abstract talk, deference, content/affect split, hopelessness', () => {
    table('withdrawal-repair', [
      // minimal response
      ['Avoided eye contact and kept her answers short when I asked about the relapse.', true],
      ['Clt answered "fine" to every question about the weekend.', true],
      ['Pt offered little when I asked about the argument with his son.', true],
      ['Minimal eye contact and one-line answers whenever the court date came up.', true],
      ['Non-responsive to prompts about the nightmares for most of the session.', true],
      ['Sat quietly through most of the session and answered only when asked twice.', true],
      ['Engagement was poor today; he looked at the clock and said little.', true],
      ['YP sat with his hood up and would not speak for the first half of the session.', true],
      ['Answers were clipped and flat in session once we got to the school report.', true],
      ['Pt was on his phone for much of the session and gave vague replies.', true],
      // denial
      ['Denied being upset about my leave even though she was tearful.', true],
      ['Told me everything was fine though she was close to tears.', true],
      ['She insisted she was not bothered by the cancellation while visibly upset.', true],
      // shifting topic, avoidant storytelling
      ['When I asked about her drinking she turned the conversation back to her son’s school.', true],
      ['Pt switched topics each time the accident came up.', true],
      ['He talked around the question about the injunction.', true],
      ['Skirted the question about the overdose and asked about parking.', true],
      ['Clt sidestepped my question about the assault.', true],
      ['Glossed over the fight with her partner when I asked what happened.', true],
      ['She changed tack as soon as the exposure list came out.', true],
      ['Spoke at length about her neighbour’s renovation rather than the exposure we had planned.', true],
      ['Asked to change the subject when I brought up the funeral.', true],
      ['Said she didn’t want to go there when I asked about her father.', true],
      // deference and appeasing
      ['Pt agreed with each suggestion without comment and offered no view of her own.', true],
      ['Said yes to everything I proposed but looked flat.', true],
      ['Nodded along to the formulation without adding anything.', true],
      // content/affect split
      ['Smiled throughout while describing the beatings.', true],
      ['Laughed nervously when talking about the miscarriage.', true],
      ['Affect incongruent with content when recounting the crash.', true],
      ['Described the assault with a smile, then asked about my holiday.', true],
      ['Today she described the assault matter-of-factly, a change from earlier sessions.', false],
      // self-criticism and hopelessness about the work
      ['Said she is too broken for therapy to help.', true],
      ['Called herself a bad patient for not doing better.', true],
      ['Said there is no point in coming if nothing changes.', true],
      // traps
      ['I stayed silent to give her room to think.', false],
      ['No signs of withdrawal in session; engaged throughout.', false],
      ['Her partner changes the subject whenever money comes up at home.', false],
      ['Alcohol withdrawal symptoms have settled since the detox.', false],
      ['Socially withdrawn since the move to the new flat.', false],
      ['In her previous therapy she would go quiet for whole sessions.', false],
      ['If she goes quiet again I will name it.', false],
      ['She said her son gives one-word answers at dinner.', false],
      ['Quiet during the body scan, as expected.', false],
      ['Agreed to the plan after asking several questions about it.', false],
      ['Changed the subject of her essay to climate policy, and is pleased with it.', false],
      ['She laughed while describing her daughter’s school play.', false],
      ['Pt denied SI/HI.', false],
      ['We shifted the topic to sleep, as planned.', false],
      ['T redirected the conversation back to the agenda.', false],
      ['Denied any distress about the new rota.', false],
    ]);
  });

  describe('repair steps (immediate and exploratory) answer a withdrawal', () => {
    const MARKER = 'When I asked about the tribunal he went quiet and gave one-word answers. ';
    const NO_PLAN = '\n\n## Plan\n\n- Sleep diary.\n- Next session 8/10.';
    table(
      'withdrawal-repair',
      [
        ['I clarified that I had not meant he was to blame.', false],
        ['I offered to make the exposure smaller.', false],
        ['We agreed to postpone the imaginal exposure and first practise grounding.', false],
        ['We switched from the worksheet to talking it through.', false],
        ['Broke the task into smaller steps with him.', false],
        ['Returned to the rationale for the tribunal preparation work.', false],
        ['Named the silence and wondered with him what it meant.', false],
        ['I asked how it was for him when I pressed on the tribunal.', false],
        ['Checked in about how he was experiencing our sessions.', false],
        ['Linked the silence to how he freezes with his father.', false],
        ['Asked for his feedback on how I had handled the question.', false],
        ['Made room for his frustration with me.', false],
        ['Told him he was right that I had moved on too quickly.', false],
        ['Let him know it was OK to disagree with me.', false],
        ['Offered to revisit the plan together.', false],
        ['Checked whether he wanted to carry on or leave it for today.', false],
        ['I apologised for the mix-up over the time.', false],
        // not repair
        ['We carried on with the exposure.', true],
        ['I gave psychoeducation about panic.', true],
        ['Explored his interest in model trains.', true],
        ['I stayed silent.', true],
        ['He apologised for being late.', true],
        ['He normalised his son’s behaviour.', true],
      ],
      (s) => MARKER + s + NO_PLAN,
    );
  });

  describe('repair steps answer a confrontation', () => {
    const MARKER = 'Pt said I "never listen" and that the worksheets are pointless. ';
    const NO_PLAN = '\n\n## Plan\n\n- Sleep diary.\n- Next session 8/10.';
    table(
      'confrontation-repair',
      [
        ['I thanked her for telling me and asked what would make the work more useful.', false],
        ['Acknowledged her frustration without defending myself.', false],
        ['Agreed that the worksheets had been too much and dropped them.', false],
        ['I said she had a point about the worksheets.', false],
        ['Invited her to say more about not feeling heard.', false],
        ['We renegotiated the homework.', false],
        ['I explained why we use the worksheets and offered an alternative.', false],
        // not repair
        ['Continued with the worksheet.', true],
        ['Reminded her of the attendance policy.', true],
        ['She thanked me at the end.', true],
      ],
      (s) => MARKER + s + NO_PLAN,
    );
  });

  describe('confrontation markers: complaints about the therapist, activities, parameters, progress; defending; controlling; pushing away', () => {
    table('confrontation-repair', [
      ['Said the sessions were doing nothing for her.', true],
      ['Expressed frustration that progress is so slow.', true],
      ['Said therapy is taking too long.', true],
      ['Complained she isn’t getting any better.', true],
      ['Raised concerns about confidentiality of my notes.', true],
      ['Voiced annoyance about the change of appointment time.', true],
      ['Told me to stop asking about her mother.', true],
      ['Refused to do the role-play.', true],
      ['Pt refused the imagery exercise.', true],
      ['Questioned my motives for asking about the baby.', true],
      ['Threatened to file a complaint about me.', true],
      ['Said he would complain to the clinic manager about the waitlist.', true],
      ['Said I was just like the others.', true],
      ['Said she didn’t feel safe with me.', true],
      ['Said CBT is "not for people like me".', true],
      ['Felt pushed by me to talk about the accident.', true],
      ['Annoyed that we ran over time again today.', true],
      ['Upset I had cancelled at short notice.', true],
      ['Clt irritated w/ T re: the late start.', true],
      // traps
      ['Angry at her ex for missing the pick-up.', false],
      ['Frustrated with the bus company about the fares.', false],
      ['She complained about her back pain.', false],
      ['Said she disagreed with her GP’s plan.', false],
      ['Questioned whether the new job is worth it.', false],
      ['Pt denied feeling angry with me.', false],
      ['Historically hostile toward previous therapists.', false],
      ['If he becomes frustrated with the homework, we will slow down.', false],
      ['She asked a lot of questions about the homework.', false],
      ['Prefers morning appointments.', false],
      ['Refused to do the breathing exercise agreed last session.', false],
      ['Her mother complained about the school nurse.', false],
    ]);
  });

  describe('rupture follow-ups in the Plan', () => {
    const BODY = 'When I raised the assault she changed the subject. I named it and asked what was happening for her.\n\n## Plan\n\n';
    table(
      'rupture-followup',
      [
        ['- Name the pattern of going quiet if it comes up again.', false],
        ['- Explore what made it hard to talk about the assault.', false],
        ['- Ask whether the sessions are meeting her needs.', false],
        ['- Check if she still wants to continue with EMDR.', false],
        ['- Invite her to tell me if the pace feels too much.', false],
        ['- Touch base about how she is finding the work.', false],
        ['- Ask about the silence at the start of next session.', false],
        ['- Assess for rupture next session.', false],
        ['- F/u on how pt felt after I raised the assault.', false],
        ['- Revisit the disagreement about homework at the start of next session.', false],
        ['- Open next session by asking how she felt about our last conversation.', false],
        // not follow-ups
        ['- Sleep diary nightly.', true],
        ['- Continue CBT for panic.', true],
        ['- Check in about her week.', true],
        ['- Ask how the new medication is going.', true],
        ['- Explore her relationship with her mother.', true],
        ['- Discuss her frustration with her manager.', true],
      ],
      (s) => BODY + s,
    );
  });

  describe('non-adherence to an agreed task', () => {
    table('nonadherence-explored', [
      ['Returned without the completed worksheet.', true],
      ['No practice logged this week.', true],
      ['Pt put the exposure on hold.', true],
      ['Minimal HW completion since the last session.', true],
      ['Said she didn’t bother with the diary this week.', true],
      ['Diary card not filled out.', true],
      ['Did not attend the AA meetings as agreed.', true],
      ['Pt has been avoiding the exposure tasks.', true],
      ['Stopped the sleep restriction after two nights.', true],
      ['Journal not kept this week.', true],
      ['Skipping the worry time most days.', true],
      // traps
      ['Completed all thought records.', false],
      ['Her mother did not bring the forms.', false],
      ['I forgot to send the worksheet link.', false],
      ['Missed school twice this week.', false],
      ['In the first months she rarely did homework.', false],
      ['She said "I didn\'t do the stupid worksheet" last spring.', false],
      ['Pt did not find the exposure as scary as predicted.', false],
      ['Has not missed any practice.', false],
    ]);
  });

  describe('barriers explored, tasks adjusted', () => {
    const MISSED = 'Did not complete the thought records. ';
    table(
      'nonadherence-explored',
      [
        ['Did a chain analysis of the missed practice.', false],
        ['Chain analysis of Saturday’s urge to self-harm.', true],
        ['Asked what was happening for her right then, when she went quiet.', true],
        ['Asked what was going on for her around the homework.', false],
        ['Explored the pros and cons of doing the practice.', false],
        ['Pt explained that the log felt pointless and tedious.', false],
        ['Reviewed what happened when she tried to start.', false],
        ['Agreed to try it for 5 minutes instead of 20.', false],
        ['Homework modified: one record on two mornings.', false],
        ['Changed the worksheet to a voice note.', false],
        // not an exploration or an adjustment
        ['Reassigned the same homework for next week.', true],
        ['If it feels too much, we’ll cut it to three days.', true],
        ['Homework continues unchanged.', true],
        ['Reminded her why the records matter.', true],
      ],
      (s) => MISSED + s + PLAN,
    );
  });

  describe('client feedback on the session (and what is not feedback)', () => {
    table(
      'feedback-recorded',
      [
        ['Said she liked having the written summary to take home.', false],
        ['Pt expressed appreciation for the session.', false],
        ['Cl commented that the group felt supportive.', false],
        ['Pt was pleased with how the session went.', false],
        ['Session helpful per pt.', false],
        ['Client told that the session was very helpful for him.', false],
        ['Said the breathing didn’t do much for her.', false],
        ['He said he wants more practical tools and less talking.', false],
        ['Described today as intense but worthwhile.', false],
        ['At close, pt noted the visualisation helped.', false],
        ['SRS 38/40.', false],
        // not feedback on the session
        ['Productive session.', true],
        ['Pt engaged well in session.', true],
        ['PHQ-9: 14.', true],
        ['She said her manager’s feedback was helpful.', true],
        ['Said the medication has been helpful.', true],
        ['Said walking the dog has helped her mood.', true],
        ['Her GP said the sertraline was helping.', true],
        ['Will administer SRS next session 8/10.', true],
        ['Engaged and receptive to feedback.', true],
        ['I gave her feedback on the role-play.', true],
        ['Client did not complete the SRS.', true],
        ['Today was hard for her.', true],
        ['Said her sister has been a great help this month.', true],
        ['Said the new antidepressant made a difference.', true],
        ['She thanked the receptionist.', true],
        ['Clt said the group "felt like a waste of a morning".', false],
        ['Pt reported the pacing was about right.', false],
        ['Per pt, the grounding script was the most useful part.', false],
        ['Expressed frustration with the session structure.', false],
        ['She wants more time on the work conflict next session.', false],
      ],
      (s) => s + PLAN,
    );
  });

  describe('goals: collaborative, therapist-set, and what is not a goal', () => {
    const TP = (s: string) => `## Goals\n\n${s}\n\n## Plan\n\n- Next session 8/10.`;
    table(
      'goals-collaborative',
      [
        ['Goal generated by client: sleep through 5 nights a week.', false],
        ['Goal: return to football (his idea).', false],
        ['Goals co-constructed in session: drive to work twice a week.', false],
        ['Goal: drive to the coast by June. Formulated in partnership with the young person.', false],
        ['Goals confirmed with client: walk daily.', false],
        ['Goal reflects what matters most to her: time with her grandchildren.', false],
        ['Client-defined goal: speak up once in each team meeting.', false],
        ['Goal: reduce drinking to 14 units a week, accepted by the client.', false],
        ['Her goal is to take the bus alone by spring.', false],
        ['Goal elicited from client with the miracle question: wake without dread.', false],
        // therapist alone
        ['Goal: reduce drinking to 14 units a week.', true],
        ['Treatment goal: improve emotion regulation.', true],
        ['Goal: attend all sessions (required by insurer).', true],
        ['Goal: reduce checking to 30 minutes. Discussed with supervisor.', true],
        ['Goal: abstinence, agreed with her psychiatrist.', true],
        ['Goal: abstinence; pt has not yet agreed.', true],
      ],
      TP,
      'treatment-plan',
    );
    table(
      'goals-collaborative',
      [
        ['Next session goal: finish the hierarchy.', false],
        ['Goal for today: review thought records.', false],
        ['She scored a goal at football on Saturday.', false],
        ['In her last therapy the goal was weight loss.', false],
        ['Main focus today: sleep hygiene.', false],
        ['She is working towards a promotion at work.', false],
      ],
      (s) => `## Subjective\n\n${s}\n\n## Plan\n\n- Next session 8/10.`,
    );
    table(
      'goals-collaborative',
      [
        ['Weekly CBT for panic, 12 sessions.', true],
        ['Trauma-focused therapy (EMDR) once the housing is settled.', true],
        ['Weekly CBT for panic, 12 sessions; she chose CBT over medication.', false],
        ['DBT skills group, which he asked for after reading about it.', false],
        ['Send a copy of the assessment letter to her GP.', false],
      ],
      (s) => `## Recommendations\n\n${s}\n\n## Plan\n\n- Next session 8/10.`,
      'intake',
    );
  });

  describe('termination actions in other clinicians’ words', () => {
    const rows: Array<[string, string, boolean]> = [
      // [action, sentence, present]
      ['mutual-review', 'Client and I reflected on what had and hadn’t helped.', true],
      ['mutual-review', 'Treatment summary reviewed with client.', true],
      ['mutual-review', 'End-of-therapy review completed with him.', true],
      ['mutual-review', 'Summarised the work we have done since March.', true],
      ['mutual-review', 'We will review the work at the follow-up appointment.', false],
      ['mutual-review', 'Reviewed the safety plan.', false],
      ['future-coping', 'Talked through how she would handle a slip.', true],
      ['future-coping', 'If mood dips, she will restart behavioural activation.', true],
      ['future-coping', 'Knows to call 988 if in crisis.', true],
      ['future-coping', 'Relapsed in 2022 after the divorce.', false],
      ['future-coping', 'No relapse prevention discussed.', false],
      ['skills-beyond', 'Taught the DEAR MAN skill to her daughter.', true],
      ['skills-beyond', 'Uses thought challenging when her boss criticises her.', true],
      ['skills-beyond', 'Practised the skill in session.', false],
      ['ongoing-growth', 'Recognised there is more work to do.', true],
      ['ongoing-growth', 'Understands recovery is a long-term process.', true],
      ['ongoing-growth', 'The ongoing court case is stressful.', false],
      ['ongoing-growth', 'She has lifelong asthma.', false],
      ['ongoing-growth', 'Her journey to work takes an hour.', false],
      ['ongoing-growth', 'Will continue working at the bakery.', false],
      ['post-therapy-growth', 'Sees further growth ahead once we stop.', true],
      ['post-therapy-growth', 'Anticipates getting stronger on her own.', true],
      ['post-therapy-growth', 'Plans to start the new medication next week.', false],
      ['meaning-of-ending', 'Noted this ending felt different from her father leaving.', true],
      ['meaning-of-ending', 'Discussed what it means to her to leave therapy.', true],
      ['meaning-of-ending', 'She described feeling ready to end.', true],
      ['meaning-of-ending', 'Anxious about managing without the sessions.', true],
      ['meaning-of-ending', 'Her marriage ending was hard.', false],
      ['gains', 'Panic attacks reduced from daily to once a month.', true],
      ['gains', 'Sober for 90 days.', true],
      ['gains', 'Reconnected with old friends.', true],
      ['gains', 'GAD-7 down to 5.', true],
      ['gains', 'Concern about weight gain on olanzapine.', false],
      ['pride', 'Pt pleased with how far she has come.', true],
      ['pride', 'Gave herself credit for the changes.', true],
      ['pride', 'Spoke of a real sense of accomplishment.', true],
      ['pride', 'Her mother is proud of her new job.', false],
    ];
    endingTable(rows);
  });
});

describe('relationship cues: breadth, second pass (shorthand, other schools and settings)', function () {
  this.timeout(20000);

  describe('withdrawal markers', () => {
    table('withdrawal-repair', [
      ['Pt guarded when asked re: trauma hx; minimal verbal output.', true],
      ['Clt deflected w/ humour x3 when T raised the relapse.', true],
      ['She kept bringing the conversation back to her daughter’s problems when I asked about her own.', true],
      ['Pt gave socially desirable answers to most of my questions.', true],
      ['Appeared to be telling me what I wanted to hear about the drinking.', true],
      ['Over-agreeable throughout the review of the plan.', true],
      ['Reticent to discuss the overdose when I raised it.', true],
      ['Went a bit quiet when I mentioned her mum.', true],
      ['Pt stonewalled my questions about the incident.', true],
      ['Responded with silence to my question about the funeral.', true],
      // traps
      ['MSE: affect restricted, speech sparse, no formal thought disorder.', false],
      ['I deflected her question about my personal life.', false],
      ['Pt’s son was monosyllabic at the family meal.', false],
      ['She described her husband shutting down during arguments.', false],
      ['Withdrew her complaint to the council after the repair was made.', false],
      ['Went quiet during the mindfulness exercise, as intended.', false],
    ]);
  });

  describe('confrontation markers', () => {
    table('confrontation-repair', [
      ['Argued the formulation was wrong.', true],
      ['Demanded to see her notes.', true],
      ['Pt contested my summary of the week.', true],
      ['Said the DBT rules are "ridiculous".', true],
      ['Complained about the group rules.', true],
      ['Pushback on the exposure plan again.', true],
      ['Pt protested that the homework was too much.', true],
      ['Irritable with T at the start of the session re: running late.', true],
      // traps
      ['Angry with her mother about the will.', false],
      ['Complained about noise from the neighbours.', false],
      ['Frustrated with himself for forgetting the appointment.', false],
      ['She was hostile toward her probation officer.', false],
      ['Pt demanded that her partner apologise.', false],
      ['In the past she accused therapists of not caring.', false],
    ]);
  });

  describe('repair steps', () => {
    const MARKER = 'When I asked about the tribunal he went quiet and gave one-word answers. ';
    const NO_PLAN = '\n\n## Plan\n\n- Sleep diary.\n- Next session 8/10.';
    table(
      'withdrawal-repair',
      [
        ['Acknowledged the rupture and my part in it.', false],
        ['Offered a choice between continuing and pausing.', false],
        ['Gave space for him to disagree with me.', false],
        ['Asked what just happened there.', false],
        ['Named the impasse between us and asked what he made of it.', false],
        // not repair
        ['Provided psychoeducation on sleep hygiene.', true],
        ['Redirected to the agenda.', true],
        ['Continued with the EMDR protocol as planned.', true],
        ['Set the homework for next week.', true],
      ],
      (s) => MARKER + s + NO_PLAN,
    );
  });

  describe('a repair elsewhere in the note must be about the relationship or the moment', () => {
    const MARKER = 'When I asked about the tribunal he went quiet and gave one-word answers.\n\n## Assessment\n\nAdjustment disorder. ';
    const NO_PLAN = '\n\n## Plan\n\n- Sleep diary.\n- Next session 8/10.';
    table(
      'withdrawal-repair',
      [
        ['Validated his reluctance to talk about the tribunal.', false],
        ['Later I named the silence and asked what it had been like.', false],
        ['Validated his grief about his father.', true],
        ['Normalised his low mood after the redundancy.', true],
        ['Empathised with how hard the winter has been for his family.', true],
      ],
      (s) => MARKER + s + NO_PLAN,
    );
  });

  describe('rupture follow-ups', () => {
    const BODY = 'When I raised the assault she changed the subject. I named it and asked what was happening for her.\n\n## Plan\n\n';
    table(
      'rupture-followup',
      [
        ['- Start by reviewing last session’s disagreement.', false],
        ['- Discuss whether EMDR is the right fit.', false],
        ['- Repair: acknowledge running late.', false],
        ['- Ask if anything I said last time didn’t sit right.', false],
        ['- Name and explore the dynamic if it recurs.', false],
        // not follow-ups
        ['- Follow up on the referral to psychiatry.', true],
        ['- Review the relapse prevention plan.', true],
        ['- Ask about her sleep.', true],
        ['- Discuss the anger at her brother.', true],
        ['- Explore her frustration at work.', true],
        ['- Validate grief; continue behavioural activation.', true],
        ['- Validate her reluctance if the assault comes up again.', false],
      ],
      (s) => BODY + s,
    );
  });

  describe('non-adherence', () => {
    table('nonadherence-explored', [
      ['Exposure practice x0 this week.', true],
      ['Has not yet started the reading.', true],
      ['Failed to complete the diary.', true],
      ['Exposure homework deferred again.', true],
      ['Did not engage with the between-session tasks.', true],
      // traps
      ['Completed 6/7 diary cards.', false],
      ['Her daughter did not do her school homework.', false],
      ['Pt did not need the PRN this week.', false],
      ['T did not assign homework this week.', false],
      ['If she doesn’t do the log, we’ll look at the barriers.', false],
    ]);
    const MISSED = 'HW not done. ';
    table(
      'nonadherence-explored',
      [
        ['Explored ambivalence re: HW.', false],
        ['Pt said she was too embarrassed to fill it in at work.', false],
        ['Made it a 2-minute version.', false],
        ['Agreed on a smaller first step: one exposure on the lowest rung.', false],
        // neither
        ['Gave the same worksheet again.', true],
        ['Problem-solved the housing benefit form with her.', true],
        ['Explored her fear of flying, the focus of the hierarchy.', true],
        ['Her GP reduced the sertraline to 50 mg.', true],
        ['Switched to decaf this week.', true],
        ['Has cut down to five cigarettes a day.', true],
        ['Fewer days off sick this month.', true],
        ['Problem-solved what got in the way of the practice.', false],
        ['We cut the practice down to two evenings.', false],
        ['Explained the importance of homework.', true],
        ['Encouraged her to try harder.', true],
      ],
      // A paragraph apart, as a note records other things.
      (s) => MISSED + 'Sleep 6 hours most nights.\n\n' + s + PLAN,
    );
  });

  describe('client feedback', () => {
    table(
      'feedback-recorded',
      [
        ['Cl shared that coming here is the only place she feels listened to.', false],
        ['Client noted the session went too fast.', false],
        ['Mentioned that she prefers shorter sessions.', false],
        ['ORS 22 (↑ from 17).', false],
        ['Asked for feedback: "all good, keep going."', false],
        // not feedback
        ['Session focused on grief.', true],
        ['Good rapport.', true],
        ['Client was engaged and motivated.', true],
        ['Feedback from school: attendance up.', true],
        ['Her manager gave feedback on her presentation.', true],
        ['She said the weekend felt better than usual.', true],
        ['Pt reported the new job is going well.', true],
      ],
      (s) => s + PLAN,
    );
  });

  describe('a section set aside for the client’s feedback', () => {
    table(
      'feedback-recorded',
      [
        ['## Client feedback\n\nPositive overall; wants to keep the same structure.', false],
        ['### SRS\n\n38.5, highest on goals and topics.', false],
        ['## Client feedback\n\nNot obtained (ran out of time).', true],
        ['## Client feedback\n\n', true],
      ],
      (s) => s + PLAN,
    );
  });

  describe('goals', () => {
    const TP = (s: string) => `## Goals\n\n${s}\n\n## Plan\n\n- Next session 8/10.`;
    table(
      'goals-collaborative',
      [
        ['LTG: maintain sobriety (pt’s own words: "stay dry").', false],
        ['Target: reduce SUDS to 3 on the bus (her choice).', false],
        ['Client’s hope: to feel less alone at weekends.', false],
        ['Goals (co-produced with YP and mum): back in class 3 days a week.', false],
        // therapist alone
        ['STG 1: attend 3 AA meetings a week.', true],
        ['Objective: Cl will verbalise 3 coping strategies by week 4.', true],
        ['Goal (recommended): reduce caffeine to one cup a day.', true],
        ['Goals decided by the MDT: weight restoration to BMI 18.', true],
        ['Tx goal: abstinence (clinician recommendation; pt ambivalent).', true],
        ['Goal: spend more time together as a family.', true],
        ['Goal: be able to choose an outfit without checking for an hour.', true],
        ['Goal: put together a CV by May.', true],
        ['Goal: walk the dog daily, which we set together.', false],
        ['Goal: sleep 7 hours (she chose this over the diet goal).', false],
        ['No goals set today; focus on stabilisation.', false],
        ['Goals: not discussed, client in crisis.', false],
      ],
      TP,
      'treatment-plan',
    );
  });

  describe('termination actions', () => {
    const rows: Array<[string, string, boolean]> = [
      ['mutual-review', 'Reviewed treatment course w/ pt.', true],
      ['mutual-review', 'Asked what she would take away from our sessions.', true],
      ['mutual-review', 'Reviewed her medication list.', false],
      ['future-coping', 'Will contact the team if sleep drops below 5 hours.', true],
      ['skills-beyond', 'Has started using wise mind with her teenage son.', true],
      ['ongoing-growth', 'Said "I’ll always be working on this."', true],
      ['post-therapy-growth', 'Hopes to keep building confidence at college next year.', true],
      ['meaning-of-ending', 'Talked about the loss of our weekly space.', true],
      ['meaning-of-ending', 'Ending her tenancy next month.', false],
      ['gains', 'Back driving on motorways.', true],
      ['gains', 'Able to tolerate uncertainty much better.', true],
      ['pride', 'I shared how moved I was by her courage.', true],
      ['pride', 'She was proud of her son’s graduation.', false],
    ];
    endingTable(rows);
  });
});

describe('relationship cues: breadth, third pass (narrative, first person, terse)', function () {
  this.timeout(20000);

  describe('withdrawal markers', () => {
    table('withdrawal-repair', [
      ['Pt responded "dunno" to most prompts.', true],
      ['Limited insight and minimal engagement in today’s session.', true],
      ['Kept looking at the door and gave vague answers.', true],
      ['She seemed to go through the motions during the exposure.', true],
      ['Pt avoided answering when I asked about her weekend drinking.', true],
      ['Retreated into small talk when the abuse came up.', true],
      ['He joked his way through the check-in.', true],
      ['Appeared to check out during the imagery.', true],
      ['Cl "didn’t want to get into it" when I asked about the court letter.', true],
      ['Shifted in her chair and changed topic to the weather.', true],
      // traps
      ['We sat with the silence for a minute before she continued.', false],
      ['Her responses were brief because the interpreter was pacing the conversation.', false],
      ['A man of few words; engaged well in his usual style.', false],
      ['Client withdrew from the evening course.', false],
      ['He checked out of the hotel early.', false],
      ['She finds small talk at work exhausting.', false],
      ['Has a few surface-level friendships.', false],
      ['MSE: speech in a monotone, affect flat.', false],
      ['Kept to small talk whenever I raised the diagnosis.', true],
      ['Minimised the overdose when I asked about it.', true],
    ]);
  });

  describe('confrontation markers', () => {
    table('confrontation-repair', [
      ['Questioned why she needs to do homework at all.', true],
      ['Said I was "always on his wife’s side".', true],
      ['Pt told T she was "sick of talking about feelings".', true],
      ['Was annoyed I’d asked about his drinking again.', true],
      ['Got heated when I mentioned the referral.', true],
      ['Refused to fill in the ORS.', true],
      // traps
      ['Annoyed at the traffic on the way in.', false],
      ['Critical of her own parenting.', false],
      ['Complained of headaches and poor sleep.', false],
      ['Said her ex always took the kids’ side.', false],
      ['Mood no better after 6 weeks on the new dose.', false],
      ['Said nothing has changed at home since the baby.', false],
      ['Described the job interview; it felt like a test.', false],
      ['It felt like an interrogation when I asked about the money.', true],
      ['Said the sessions feel like a lecture.', true],
      ['No progress after twelve weeks of therapy, she said.', true],
      ['Frustrated with the lack of progress on her visa application.', false],
      ['Shared concerns about the plan to move house.', false],
      ['Voiced concerns about the plan for the exposure.', true],
      ['Frustrated with the slow progress in therapy.', true],
    ]);
  });

  describe('rupture follow-ups', () => {
    const BODY = 'When I raised the assault she changed the subject. I named it and asked what was happening for her.\n\n## Plan\n\n';
    table(
      'rupture-followup',
      [
        ['- Check in re: last session’s tension.', false],
        ['- Monitor engagement; name withdrawal if it recurs.', false],
        ['- Continue building trust at her pace.', false],
        ['- Offer to revisit the exposure hierarchy together, at a slower pace.', false],
        ['- SRS at end; discuss any score under 36.', false],
        // not follow-ups
        ['- Check in about the new job.', true],
        ['- Explore grief re: father.', true],
        ['- Discuss her anger management group.', true],
        ['- Follow up with GP re: sleep.', true],
        ['- Ask how the week has gone.', true],
        ['- Ask how the wedding went.', true],
        ['- Review how the new medication felt.', true],
        ['- Ask how the meeting with her manager went.', true],
        ['- Ask how the pause felt for her.', false],
      ],
      (s) => BODY + s,
    );
  });

  describe('non-adherence', () => {
    table('nonadherence-explored', [
      ['Didn’t get round to the letter-writing exercise.', true],
      ['HW outstanding.', true],
      ['Thought records: none.', true],
      ['Pt admitted she hadn’t opened the workbook.', true],
      ['Has been putting off the graded exposure to supermarkets.', true],
      ['Didn’t manage the walks this week.', true],
      ['DBT diary card not brought in.', true],
      // traps
      ['Homework was reviewed in detail.', false],
      ['She did not finish school this year.', false],
      ['Forgot her keys and was late.', false],
      ['The practice nurse did not call her back.', false],
      ['No homework set this week by agreement, given the bereavement.', false],
    ]);
  });

  describe('termination actions', () => {
    const rows: Array<[string, string, boolean]> = [
      ['mutual-review', 'Together we looked at her first and last ORS.', true],
      ['mutual-review', 'We discussed what worked and what didn’t.', true],
      ['mutual-review', 'Invited feedback on my approach over the 16 sessions.', true],
      ['mutual-review', 'Reviewed the discharge paperwork.', false],
      ['future-coping', 'Knows how to re-refer if things slip.', true],
      ['future-coping', 'Talked through what would tell her she is slipping.', true],
      ['future-coping', 'Her sister relapsed last year.', false],
      ['skills-beyond', 'Brought the grounding into his shifts as a paramedic.', true],
      ['skills-beyond', 'The skills carry over to his parenting.', true],
      ['ongoing-growth', 'Described recovery as a daily choice.', true],
      ['ongoing-growth', 'Frames wellbeing as something she maintains, not a fixed state.', true],
      ['ongoing-growth', 'Understands setbacks are part of the process.', true],
      ['post-therapy-growth', 'Looks forward to using the skills independently.', true],
      ['post-therapy-growth', 'Optimistic about the year ahead.', true],
      ['meaning-of-ending', 'Noted a sense of loss at ending.', true],
      ['meaning-of-ending', 'Discussed feelings re: discharge.', true],
      ['gains', 'Attending college full-time again.', true],
      ['gains', 'PHQ-9 now 6.', true],
      ['gains', 'Nightmares down to one a month.', true],
      ['gains', 'Has not self-harmed since March.', true],
      ['gains', 'Better able to regulate her emotions.', true],
      ['gains', 'Gained weight on the new medication.', false],
      ['pride', 'Celebrated the milestones together.', true],
      ['pride', 'Her father was proud of his new car.', false],
    ];
    endingTable(rows);
  });
});

describe('client feedback: a wider sweep of note styles', function () {
  this.timeout(20000);
  table(
    'feedback-recorded',
    [
      ['Pt verbalized benefit from session.', false],
      ['Pt endorsed session as helpful.', false],
      ['Cl expressed satisfaction with services.', false],
      ['Pt appreciative of support today.', false],
      ['Pt thanked clinician for the session.', false],
      ['Client stated she gets a lot from coming.', false],
      ['Pt rated the alliance 9/10.', false],
      ['CSQ-8: 30.', false],
      ['Client fed back that the pace felt right.', false],
      ['Client said session is good for him.', false],
      ['Session eval: 4/5.', false],
      ['Client expressed that she felt understood.', false],
      // not the client's feedback on the session
      ['Pt feels hopeless about her job search.', true],
      ['She said her mother’s cooking helped.', true],
      ['Reported that the sleep handout from her GP was useful.', true],
      ['The client’s partner said the sessions have helped.', true],
      ['Supervisor rated the session recording highly.', true],
      ['Thanked the receptionist for the parking voucher.', true],
    ],
    (s) => s + PLAN,
  );
});

describe('non-adherence: more settings (substance use, eating, DBT, behavioural activation)', function () {
  this.timeout(20000);
  table('nonadherence-explored', [
    ['Has not been tracking urges since the last session.', true],
    ['Cl reports she couldn’t face the exposure.', true],
    ['Cancelled the planned activity (coffee with a friend).', true],
    ['Did not follow the meal plan at weekends.', true],
    ['Went off the sleep schedule after Tuesday.', true],
    ['Fell behind on the reading.', true],
    ['Skipped two of the three planned walks.', true],
    // traps
    ['Followed the meal plan all week.', false],
    ['Did not need to use the safety plan.', false],
    ['Cancelled the session because of flu.', false],
    ['Her son skipped his homework.', false],
    ['No urges this week.', false],
    ['No cravings logged since Friday, she said proudly.', false],
  ]);
});

describe('withdrawal: a state tied to the session by "throughout", the room or the call', function () {
  this.timeout(20000);
  table('withdrawal-repair', [
    ['Quiet and guarded throughout, answering only direct questions.', true],
    ['Guarded on the video call, camera off for most of it.', true],
    ['Withdrawn throughout the week, staying in bed.', false],
    ['Quiet throughout her childhood, she said.', false],
    ['Had a quiet day today after the night shift.', false],
    ['MSE: attitude guarded; speech normal rate.', false],
    ['Spoke in a quiet voice throughout.', false],
  ]);
});
