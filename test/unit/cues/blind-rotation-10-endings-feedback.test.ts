// Misses of the twenty-fourth and twenty-fifth blind sets on client feedback, the therapist's reaction, the client's context and
// the ending actions, now development sets: the general forms they showed were missing, written again in new fictitious
// sentences, each beside a look-alike that must not count. Feedback: the child form of a measure ("Child SRS") is the client's
// score; an end-of-call survey set out with its value; the client's quoted words on what the therapist did ("you listened"); more
// of something asked for next time. Reactions: a change to the therapist's own practice after the state behind the reaction.
// Context: a preference only to be asked about next time is not recorded. Endings: a topic raised that the client turned away
// from is not done; "ongoing work" a referral hands on is not a practice; a hedged change in one area is no concrete gain; what
// "we did here" counts as a skill used elsewhere only with a verb of using; a job you never finish, healing as a long walk; the
// ending likened to something; the whole course reviewed together, looking together at what was done, what helped most.
import { endingTable, table } from './sentence-table.js';

describe('twenty-fourth and twenty-fifth blind sets: feedback, reactions, context and endings', function () {
  this.timeout(20000);

  describe('feedback: the child form of a measure, a survey set out with its value', () => {
    table('feedback-recorded', [
      ['Young child SRS 34/40 at the close, lowest on the talking part.', false],
      ['Child ORS 19 at the start of the video call.', false],
      ['End-of-call survey: 4 of 5, with "it was ok".', false],
      // Look-alikes: someone else's score, a survey with no value, a child's school report.
      ['Her son has an SRS of 30 from his own therapist.', true],
      ['End-of-call survey not sent this week.', true],
      ['Child protection plan reviewed: 3 actions outstanding.', true],
    ]);
  });

  describe('feedback: the client\'s quoted words on what the therapist did, and more asked for next time', () => {
    table('feedback-recorded', [
      ['On the way out he said "you actually heard me this time".', false],
      ['She told me "you got it, nobody else has" at the door.', false],
      ['He asked for more worked examples next session.', false],
      ['She wants fewer worksheets in future sessions.', false],
      // Look-alikes: a complaint, someone else's words, more of something outside the sessions.
      ['He told his brother "you never listened to me".', true],
      ['Her mother said "you got it wrong again" about the school form.', true],
      ['She wants more shifts at the bakery from next month.', true],
    ]);
  });

  describe('therapist reaction: the therapist\'s own practice changed after the state behind it', () => {
    table('therapist-reaction', [
      ['I was exhausted after the weekend on-call and cut her off twice; I will not book clients the morning after on-call again.', false],
      ['I felt drained and impatient with his long lists. I won\'t see anyone straight after a night shift from now on.', false],
      // Look-alikes: the client's plan, the therapist's plan with no state behind it, the reaction only noticed.
      ['I felt drained for most of the hour. She will not book sessions after her night shifts.', true],
      ['I felt drained for most of the hour. I will not book sessions after Easter.', true],
      ['I was tired after the on-call night and noticed I was less patient with her.', true],
    ]);
  });

  describe('client context: a preference only to be asked about is not recorded', () => {
    const intake = (s: string) => s;
    for (const [sentence, fires] of [
      ['Plan: at the next appointment ask whether she wants a more structured approach.', true],
      ['To check next time if he would prefer a female therapist.', true],
      // The answer recorded counts.
      ['Asked whether she wants a more structured approach; she does, with homework.', false],
      ['He would prefer a female therapist.', false],
    ] as Array<[string, boolean]>) {
      table('client-context', [[sentence, fires]], intake, 'intake');
    }
  });

  describe('endings: a topic raised that the client turned away from is not done', () => {
    endingTable([
      ['meaning-of-ending', 'When I asked what stopping our sessions would feel like, she shrugged and asked about her sick note.', false],
      ['meaning-of-ending', 'As I raised how finishing here might feel, he changed the subject to his car.', false],
      ['meaning-of-ending', 'When I asked what ending here means to her, she said it feels sad but right.', true],
    ]);
  });

  describe('endings: ongoing work handed on, a hedged change, what we did here', () => {
    endingTable([
      ['ongoing-growth', 'Referred to the community mental health team for ongoing work.', false],
      ['ongoing-growth', 'Transferred to the trauma service for ongoing treatment.', false],
      ['ongoing-growth', 'She sees her recovery as ongoing work, a daily practice.', true],
      ['gains', 'Outcome: slight improvement in sleep.', false],
      ['gains', 'Some improvement in mood, goals partly met.', false],
      ['gains', 'Some improvement in sleep: now 6 hours most nights (was 3).', true],
      ['skills-beyond', 'He thanked me and said he is grateful for what we did here.', false],
      ['skills-beyond', 'At the school gate she now uses what we practised here when the other parents stare.', true],
    ]);
  });

  describe('endings: a job you never finish, healing as a long walk, the ending likened to something', () => {
    endingTable([
      ['ongoing-growth', 'She said staying sober "is not a job you finish, you do it every morning".', true],
      ['ongoing-growth', 'He described his grieving as "a long climb, with rests".', true],
      ['ongoing-growth', 'She finished the job at the depot in March.', false],
      ['ongoing-growth', 'He went for a long walk by the canal on Sunday.', false],
      ['meaning-of-ending', 'She said finishing is "like stepping off a boat after a long trip".', true],
      ['meaning-of-ending', 'She said her shift is like a long boat trip.', false],
    ]);
  });

  describe('endings: the whole course reviewed together, what we did looked at together, what helped most', () => {
    endingTable([
      ['mutual-review', 'Review of the entire course together, session by session.', true],
      ['mutual-review', 'We looked together at what we had done since March.', true],
      ['mutual-review', 'He chose the two things that helped most: the diary and the walks.', true],
      // Look-alikes: a review of a course of tablets with the GP, looking at a photo together.
      ['mutual-review', 'The GP will review the course of antibiotics next week.', false],
      ['mutual-review', 'We looked at a photo of her garden.', false],
    ]);
  });
});
