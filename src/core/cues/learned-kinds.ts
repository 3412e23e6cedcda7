// The kinds of phrase the learned second look knows (src/core/cues/learned.ts): where a rule that reports
// something missing asks, before it reports, whether a sentence says it in words no lexicon holds.
import { TERMINATION_ACTIONS, type CueKind } from './lexicon.js';

// The rupture markers are asked only by the rupture rules' `learnedMarkers` option, and a task not done only by nonadherence-explored's
// `learnedTasks`: there the look may find what a rule reports, not only withdraw a finding. 'nonadherence-explored' is what answers a task
// not done: what got in the way explored, or the task adjusted (the learner counts a labelled adjustment as one). 'therapist-reflection'
// is the therapist reflecting on their own reaction, asked by therapist-reaction at its own threshold (thirteenth session).
export const LEARNED_KINDS = [
  'client-feedback',
  'rupture-followup',
  ...TERMINATION_ACTIONS.map((action) => `termination-action:${action}` as const),
  'withdrawal-marker',
  'confrontation-marker',
  'nonadherence',
  'nonadherence-explored',
  'therapist-reflection',
] as const;
export type LearnedKind = (typeof LEARNED_KINDS)[number];

/** The cue kinds whose phrases say what a learned kind says, where their names differ: a sentence holding one is the phrases' to judge. */
export const PHRASE_KINDS: Partial<Record<LearnedKind, readonly CueKind[]>> = {
  'nonadherence-explored': ['barrier-explored', 'task-adjusted'],
};
