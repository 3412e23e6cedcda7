// Misses of the fourteenth and fifteenth blind sets on the ending actions and the therapist's reaction, now development
// sets: the general forms they showed were missing, written again in new fictitious sentences, each beside a look-alike
// that must not count. Endings: signs to watch for named ahead, "what she'd do if", named skills listed together and used
// at a job, expecting to feel better in any comparative. Reactions: the therapist's state on leaving a session, a call or
// a day; the verbless "T irritated"; a reaction stayed with and asked about, turned into a hypothesis about the client,
// seen in its effect on the work, or met with a plan for the diary.
import { endingTable, table } from './sentence-table.js';

describe('fourteenth and fifteenth blind sets: ending actions and the therapist\'s reaction', function () {
  this.timeout(20000);

  describe('future coping: signs to watch for, and what the client would do', () => {
    endingTable([
      ['future-coping', 'Before we closed, he listed the changes to look out for: skipping meals, staying up past two, not answering the phone.', true],
      ['future-coping', 'Her daughter wrote down the red flags to watch for, and will ring the memory clinic if they show.', true],
      ['future-coping', "We went through what he'd do if the cravings got loud again: call his sponsor and get to a morning meeting.", true],
      ['future-coping', "I asked how she'd cope if the flashbacks started up at work.", true],
      // Look-alikes: things to look forward to are not warning signs; signs to watch that were never talked about are missing.
      ['future-coping', "She has plenty of things to look forward to this summer, starting with her niece's wedding.", false],
      ['future-coping', 'We did not talk about signs to watch for.', false],
    ]);
  });

  describe('skills beyond therapy: named skills listed together, used at a job', () => {
    endingTable([
      ['skills-beyond', 'He reports using box breathing + grounding at his weekend warehouse job.', true],
      ['skills-beyond', 'She has been using DEAR MAN, GIVE and FAST with her landlord.', true],
      ['skills-beyond', 'She now uses the thought log at her Saturday market-stall job.', true],
      // Look-alikes: the skills practised in the room, and a job from before.
      ['skills-beyond', 'We practised box breathing and grounding in session today.', false],
      ['skills-beyond', 'He took the bus to his old warehouse job for six years.', false],
    ]);
  });

  describe('growth after therapy: expecting to feel better, in any comparative', () => {
    endingTable([
      ['post-therapy-growth', 'He expects to feel more at ease with his in-laws once the move is done.', true],
      ['post-therapy-growth', 'She hopes to be steadier still by the spring, and less ashamed of the scar.', true],
      ['post-therapy-growth', "He reckons he'll get surer of himself with every month back at the depot.", true],
      // Look-alikes: a harder time foreseen is a setback, not growth; more help is not growth either, nor someone else's.
      ['post-therapy-growth', 'She expects to feel more anxious around the anniversary in March.', false],
      ['post-therapy-growth', 'He hopes to get more help from the housing officer.', false],
      ['post-therapy-growth', 'She expects her son to be more independent by the summer.', false],
    ]);
  });

  describe('the therapist\'s state on leaving a session, a call or a day', () => {
    table('therapist-reaction', [
      ['I came out of the home visit completely wrung out and went straight on to the next one.', true],
      ['I finished the clinic day feeling exhausted, four trauma assessments in a row.', true],
      ['I got off the video call drained; the third bereavement review this week.', true],
      // The client's state on leaving is the client's.
      ['She came off the call with her mother drained and tearful.', false],
      ['He left the session feeling exhausted but said it had been worth it.', false],
    ]);
  });

  describe('the therapist\'s reaction in verbless shorthand', () => {
    table('therapist-reaction', [
      ['T frustrated by the third late arrival and kept the recap short.', true],
      ['Th bored for much of the hour; the same grievance retold.', true],
      // "Therapist" as the subject of a verb, and the client's irritation noted by T, are not the therapist's reaction.
      ['Her previous therapist frustrated her by cancelling often.', false],
      ['T noted the client was irritated by the noise from the waiting room.', false],
      ['Cl frustrated with the new rota at work.', false],
    ]);
  });

  describe('a reaction reflected on: stayed with, asked about, a hypothesis, its effect on the work, a plan', () => {
    table('therapist-reaction', [
      ['I noticed I was impatient with her long answers. I let myself sit with the impatience and asked myself what it was telling me.', false],
      ['I felt bored through the second half; perhaps this is how he keeps people at a distance when things get close.', false],
      ['I felt drained after the session. I will book her sessions earlier in the week from now on.', false],
      // Look-alikes: merely noticing, an ordinary next appointment, and a guess about something else are not reflections.
      // Seeing the reaction's effect on the work is still noticing (corpus README: "Merely noticing the reaction … is not a reflection").
      ['I was tired by the end, my fourth assessment of the day, and saw that it made me hurry the risk questions.', true],
      ['I was irritated and noticed it was colouring my questions.', true],
      ['I noticed I was irritated and moved on to the worksheet.', true],
      ['I felt tired today. I will see her next week before her court date.', true],
      ['I was irritated by the late start; perhaps it was the roadworks on her route.', true],
    ]);
  });
});
