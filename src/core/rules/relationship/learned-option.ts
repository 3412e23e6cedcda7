import { z } from 'zod';

// The option of the rules that ask the learned second look (src/core/cues/learned.ts) before they report something missing. A
// clinic that wants every withdrawn finding to rest on a phrase it can read sets it to false.
export const learnedOption = z
  .boolean()
  .default(true)
  .describe('Before reporting, ask the learned second look (a model trained on the project\'s labelled notes) whether a sentence says it in other words; false: phrases only');
