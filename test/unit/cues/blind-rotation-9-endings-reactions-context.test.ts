// Misses of the twenty-second and twenty-third blind sets on the ending actions, the therapist's reaction, client feedback, the
// client's context and identifiers, now development sets: the general forms they showed were missing, written again in new
// fictitious sentences, each beside a look-alike that must not count. Endings: a programme or block reviewed together; upkeep
// with no end in a saying ("you weed it every season"), the change likened to a daily chore, keeping it up called lifelong, a
// habit one has to keep at; a skill used by the client himself; a skill's quoted name is no gain, nor is "now using" a skill;
// an open door to come back "any time" is no coping plan, "if …, his plan is to …" is one. Reactions: a feeling aimed "with me"
// is someone else's; the reaction read as a wish or a pull, and watched for from now on. Feedback: words at the end in the
// present or unmarked tense ("at the end she says …"). Context: a temple of the head, and a preference about how to get through
// the assessment, are no characteristic. Identifiers: a plot or house number set off by a comma before the street.
import { endingTable, table } from './sentence-table.js';

describe('twenty-second and twenty-third blind sets: endings, reactions, feedback, context and identifiers', function () {
  this.timeout(20000);

  describe('mutual review: a programme or block gone over together', () => {
    endingTable([
      ['mutual-review', 'Reviewed the eight-week block together, using his exposure log.', true],
      ['mutual-review', 'Went through the programme together with her: the sleep window worked, the diary less so.', true],
      // Look-alike: a programme's timetable checked, not the work looked back on.
      ['mutual-review', 'Reviewed the programme timetable so the room is free in May.', false],
    ]);
  });

  describe('ongoing growth: upkeep with no end, a daily chore, kept up for life, a habit to keep at', () => {
    endingTable([
      ['ongoing-growth', 'He put his recovery as "a hedge: you trim it every spring or it takes over".', true],
      ['ongoing-growth', 'She called the self-compassion work "a bit like flossing, boring but daily".', true],
      ['ongoing-growth', 'He said keeping his mood steady will be "a lifelong job, and that is fine".', true],
      ['ongoing-growth', 'She described the grounding as "a skill you have to keep at".', true],
      // Look-alikes: the client's own chore, a dislike of flossing, keeping a house, a quoted habit someone else keeps.
      ['ongoing-growth', 'She waters them every day before work.', false],
      ['ongoing-growth', 'He joked that he does not like flossing either.', false],
      ['ongoing-growth', 'Keeping the house tidy is a daily battle with three boys.', false],
    ]);
  });

  describe('skills beyond: a skill used by the client himself', () => {
    endingTable([
      ['skills-beyond', 'He is using the "pause, then ask" idea himself now, with his landlord.', true],
      ['skills-beyond', 'She applies the worry-postponement plan herself these days.', true],
      // Look-alikes: a skill done to oneself in the session, a mirror used to look at oneself.
      ['skills-beyond', 'He tried the tapping on himself in the room, then stopped.', false],
      ['skills-beyond', 'She used the mirror to look at herself.', false],
    ]);
  });

  describe('gains: a skill\'s quoted name and "now using" a skill are not changes', () => {
    endingTable([
      ['gains', 'She keeps to the "fewer apologies" rule with her manager.', false],
      ['gains', 'He is now using the grounding card on the bus.', false],
      ['gains', 'She is now using "one thing at a time" at the school gate.', false],
      // The changes themselves still count.
      ['gains', 'Fewer panic attacks since the spring, and none at work.', true],
      ['gains', 'He is now using the bus to get to work.', true],
    ]);
  });

  describe('future coping: an open door is no plan; "if …, her plan is to …" is one', () => {
    endingTable([
      ['future-coping', 'She can self-refer to the service at any time.', false],
      ['future-coping', 'Her plan is to move to her cousin\'s in the spring.', false],
      ['future-coping', 'If she starts skipping meals again, her plan is to tell her sister and book the GP.', true],
      ['future-coping', 'She can self-refer to the service if the panic returns.', true],
    ]);
  });

  describe('therapist reaction: a feeling aimed with me is someone else\'s', () => {
    table('therapist-reaction', [
      ['He told me I "never listen" and was cross with me for the rest of the hour.', false],
      ['She said I "always rush her" and got annoyed with me at the door.', false],
      ['I was annoyed with him for arriving late again.', true],
      ['I got cross with her when she laughed at the exercise.', true],
    ]);
  });

  describe('therapist reaction: the reaction read as a wish or a pull, and watched for', () => {
    table('therapist-reaction', [
      ['I felt bored through the long pause. I think my boredom is a wish to rescue her from it.', false],
      ['I felt sleepy for most of the hour. I suspect the sleepiness was a pull away from his grief.', false],
      ['I felt irritated when he was late again. I will keep watching for it in the next sessions.', false],
      // Look-alikes: the reaction described, not interpreted; watching something else.
      ['I felt bored through the long pause. I think my boredom is getting worse this month.', true],
      ['I felt irritated when he was late again. I will keep watching the clock for him.', true],
    ]);
  });

  describe('feedback: words at the end in the present or unmarked tense', () => {
    table('feedback-recorded', [
      ['At the end she says today was "easier than I thought".', false],
      ['At the end he say the talking was alright and he will come Tuesday.', false],
      // Look-alikes: words at the end that are not about the session.
      ['At the end she says she will ring her landlord on Monday.', true],
      ['At the end he say his brother is coming from Lusaka.', true],
    ]);
  });

  describe('client context: a temple of the head; a preference about the assessment\'s order', () => {
    const intake = (s: string) => `${s}\n\nMood low since the spring.`;
    table(
      'client-context',
      [
        ['Headaches most days, with jaw and temple pain by the evening.', true],
        ['Pressure in both temples when she reads for long.', true],
        ['Asked how she would prefer to go over the history; she chose to start with this year.', true],
        // Look-alikes: a place of worship, a preference for the therapy itself.
        ['Goes to the temple each Friday with her mother; it steadies her.', false],
        ['She would prefer to work with a therapist who goes slowly.', false],
      ],
      intake,
      'intake',
    );
  });

  describe('identifiers: a plot or house number set off by a comma before the street', () => {
    table(
      'identifiers',
      [
        ['Lives at Plot 14, Mapalo Close, Kabwe, with her aunt and two nephews.', true],
        ['Moved to House No. 9, Ridge Road, last month.', true],
        // Look-alikes: a plot with no street, a block and room of a hostel, a court named after the number.
        ['Plot 14, near the close of the market, floods every year.', false],
        ['Block 4, Room 12 of the hostel is hers until June.', false],
        ['Lot 3, Family Court hearing moved to the spring.', false],
      ],
      (s) => s,
      'intake',
    );
  });
});
