import { z } from 'zod';

// The option of the rules that ask the learned second look (src/core/cues/learned.ts) before they report something missing. A
// clinic that wants every withdrawn finding to rest on a phrase it can read sets it to false.
export const learnedOption = z
  .boolean()
  .default(true)
  .describe('Before reporting, ask the learned second look (a model trained on the project\'s labelled notes) whether a sentence says it in other words; false: phrases only');

// The rupture rules' option: the learned look may also find a marker where no phrase matched, and may set a phrase aside where it
// reads the sentence as something else the note records or, in notes that mostly tell history, does not read as a rupture (shared.ts,
// standsTheLook). On by default since it lifted recall on the blind sets, notes nobody here had read, at a small cost in precision
// (README, "Markers found by the learned look"; what it sets aside has only removed false findings there, "Markers the learned look
// sets aside"); a finding it makes says that a model read it, and a clinic that wants every finding to rest on listed words sets it
// to false.
export const learnedMarkersOption = z
  .boolean()
  .default(true)
  .describe('Also count as a rupture marker a sentence the learned second look reads as one where no phrase matched (the whole sentence is the excerpt), and set aside a phrase in a sentence it reads as something else the note records (feedback, a check-back, an ending review, the therapist\'s reflection) and not as a rupture, or one not aimed at the therapist in an intake, a termination or a treatment plan that it does not read as a rupture; false: markers come from phrases only');

// nonadherence-explored's option, the same for a task not done, in a sentence told with a negation. On by default since the eleventh
// session, when eight blind sets written to decide it bore it out (README, "Tasks not done read by the learned look"); a clinic that
// wants every finding to rest on listed words sets it to false.
export const learnedTasksOption = z
  .boolean()
  .default(true)
  .describe('Also count as an agreed task not done a sentence told with a negation that the learned second look reads as one where no phrase matched (the whole sentence is the excerpt); false: tasks come from phrases only');
