// Misses of the eighteenth and nineteenth blind sets on the ending actions, the therapist's reaction, client feedback and
// judgmental labels, now development sets: the general forms they showed were missing, written again in new fictitious
// sentences, each beside a look-alike that must not count. Endings: change likened to upkeep you never get to stop, learning
// as you go; a forecast of keeping on moving forward, or of being well by a point ahead; a quoted skill used with someone;
// going back through the therapy's materials, a joint review, which steps mattered; "will miss having someone"; a wish about
// the therapy's shape is no gain. Reactions: "plumb tired", attention caught drifting; a subject written as initials is not a
// dropped one; reflection: recognised from my own family, taken to a named consult, held instead of acted on, what others feel
// around the client, the reaction owned to the client as the reason for my conduct. Feedback: asked at the end what was
// useful, words at the close in quotes, a form's "most helpful" answer; the client's quoted "me" is the client.
// Labels: "attention-seeker"; a name opening the sentence, with conduct towards the therapist after the label.
import { endingTable, PLAN, table } from './sentence-table.js';

describe('eighteenth and nineteenth blind sets: endings, reactions, feedback and labels', function () {
  this.timeout(20000);

  describe('ongoing growth: upkeep you never get to stop, learning as you go', () => {
    endingTable([
      ['ongoing-growth', 'She said staying well is "like keeping a boat afloat: you never get to stop bailing".', true],
      ['ongoing-growth', 'He called parenting a teenager "something you work out as you go, each year something new".', true],
      // Look-alikes: a symptom she cannot stop, keeping a secret, and learning that is over.
      ['ongoing-growth', 'She said it felt like keeping a secret from her sister.', false],
      ['ongoing-growth', 'He learned the route in the first week and knows it now.', false],
    ]);
  });

  describe('growth after therapy: a forecast of keeping on moving forward, or of being well by a point ahead', () => {
    endingTable([
      ['post-therapy-growth', 'She reckons she\'ll "keep stepping up" at the new job.', true],
      ['post-therapy-growth', 'He thinks he will keep adding new walks on his own.', true],
      ['post-therapy-growth', 'She expects to be fully recovered by the autumn.', true],
      // Look-alikes: a forecast of a symptom kept up, and being somewhere by a date.
      ['post-therapy-growth', 'He thinks he\'ll keep having the odd nightmare.', false],
      ['post-therapy-growth', 'She expects to be back in Leeds by the autumn.', false],
    ]);
  });

  describe('skills beyond therapy: a quoted skill used with someone in the client\'s life', () => {
    endingTable([
      ['skills-beyond', 'She is using the "name it, then ask" idea with her flatmate as well.', true],
      // Used with me in the session is not beyond therapy.
      ['skills-beyond', 'She tried the "name it, then ask" idea with me in the last session.', false],
    ]);
  });

  describe('mutual review: back through the materials, a joint review, which steps mattered', () => {
    endingTable([
      ['mutual-review', 'We went back through her worry log and the exposure hierarchy from the first month.', true],
      ['mutual-review', 'Joint review with Ella and her key worker.', true],
      ['mutual-review', 'He picked out which tools mattered most.', true],
      // Look-alikes: going back to a place, and which bus mattered.
      ['mutual-review', 'She went back to the supermarket on her own.', false],
      ['mutual-review', 'He said which bus he takes to work.', false],
    ]);
  });

  describe('what ending means: missing having someone, and a wish is no gain', () => {
    endingTable([
      ['meaning-of-ending', 'She said she will miss having someone to think out loud with.', true],
      ['meaning-of-ending', 'She will miss her bus if the session runs over.', false],
      // A wish about how the therapy might have gone is not a change in the client.
      ['gains', 'She\'d have liked fewer sessions on the history and more at the start.', false],
      ['gains', 'Fewer panic attacks since the spring; she would have preferred to start sooner.', true],
    ]);
  });

  describe('the therapist\'s reaction: plain tiredness, and attention caught drifting', () => {
    table('therapist-reaction', [
      ['I was bone tired by the last hour and caught myself drifting while she described the move.', true],
      ['Caught myself tuning out during the list of appointments.', true],
      // The client's tiredness, and the client drifting.
      ['She was bone tired after the night shift.', false],
    ]);
  });

  describe('the therapist\'s reaction: a subject written as initials is someone else', () => {
    table('therapist-reaction', [
      ['J. was furious with him today and called him a coward.', false],
      ['K. got angry with the receptionist on the way in.', false],
      // A dropped subject that opens the sentence is still mine.
      ['Later felt drained when she repeated the list of complaints.', true],
    ]);
  });

  describe('a reaction reflected on: my own family, a named consult, held instead of acted on, how others feel', () => {
    table('therapist-reaction', [
      ['I felt triggered by the raised voice, a jolt I know from my own childhood.', false],
      ['I felt bored by the repetition; I will take it to DBT consult on Tuesday.', false],
      ['Felt irritated at the third reschedule; chose to note it rather than act on it.', false],
      ['I felt impatient with his detail. Perhaps it is the same pull others feel around him.', false],
      ['I had been hurrying the worksheet because I was tired, and I told her so.', false],
      // Look-alikes: exploring it with the client, a family story, telling the client I was bored, a reason with no owning.
      ['I felt bored, and explored it with her in therapy.', true],
      ['I felt irritated when she spoke about her own family.', true],
      ['I was bored, and I told her so.', true],
      ['I had been hurrying the worksheet because I was tired.', true],
    ]);
  });

  describe('client feedback: asked at the end, words at the close, a form\'s answers', () => {
    table('feedback-recorded', [
      ['Asked near the close what had been most helpful: "Drawing the cycle."', false],
      ['She said at the end the map "made it less of a muddle".', false],
      ['Review card: most useful "the timeline", least useful "the long silence".', false],
      // Look-alikes: asked at the end about something else, said at the end with no words of hers, a form not filled in.
      ['Asked near the close what she had planned for the weekend.', true],
      ['She said at the end her lift was waiting.', true],
      ['Review card not completed today.', true],
    ]);
  });

  describe('client feedback: the client\'s quoted "me" is the client, not the therapist', () => {
    table(
      'feedback-recorded',
      [
        ['Tom said his brothers "only talk to me when they need money".', true],
        ['Tom said talking with me "felt less like an interview this time".', false],
      ],
      (s) => s + PLAN,
    );
  });

  describe('judgmental labels: the noun "attention-seeker", and a name with conduct towards me after the label', () => {
    table('judgmental-language', [
      ['Something of an attention-seeker in group, loud about the weekend.', true],
      ['Priya was difficult from the outset, arguing with me over every item.', true],
      // Look-alikes: someone else's words, a thing that was difficult, a name opening the sentence with nothing after.
      ['Her father calls her "an attention-seeker".', false],
      ['Homework was difficult this week, taking her over an hour.', false],
      ['Parking was difficult, leaving me ten minutes late.', false],
    ]);
  });
});
