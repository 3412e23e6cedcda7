import { z } from 'zod';

// The option of the rules that ask the learned second look (src/core/cues/learned.ts) before they report something missing. A
// clinic that wants every withdrawn finding to rest on a phrase it can read sets it to false.
export const learnedOption = z
  .boolean()
  .default(true)
  .describe('Before reporting, ask the learned second look (a model trained on the project\'s labelled notes) whether a sentence says it in other words; false: phrases only');

// The rupture rules' opt-in: the learned look may also find a marker where no phrase matched. Off by default, because then a finding
// can rest on a model's reading of a whole sentence rather than on words a phrase list names (README, "The learned second look").
export const learnedMarkersOption = z
  .boolean()
  .default(false)
  .describe('Also count as a rupture marker a sentence the learned second look reads as one where no phrase matched (the whole sentence is the excerpt); false: markers come from phrases only');
