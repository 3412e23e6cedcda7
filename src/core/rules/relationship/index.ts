import type { Rule } from '../../rule.js';
import { clientContext } from './client-context.js';
import { confrontationRepair } from './confrontation-repair.js';
import { endingReason } from './ending-reason.js';
import { feedbackRecorded } from './feedback-recorded.js';
import { goalsCollaborative } from './goals-collaborative.js';
import { nonadherenceExplored } from './nonadherence-explored.js';
import { ruptureFollowup } from './rupture-followup.js';
import { terminationActions } from './termination-actions.js';
import { therapistReaction } from './therapist-reaction.js';
import { withdrawalRepair } from './withdrawal-repair.js';

/** Rupture, responsiveness, collaboration, emotions and ending rules (one file each). */
export const relationshipRules = [
  withdrawalRepair,
  confrontationRepair,
  ruptureFollowup,
  nonadherenceExplored,
  feedbackRecorded,
  goalsCollaborative,
  clientContext,
  therapistReaction,
  terminationActions,
  endingReason,
] as unknown as Rule[];
