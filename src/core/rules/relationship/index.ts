import type { Rule } from '../../rule.js';

/** Rupture, responsiveness, collaboration, emotions and ending rules (one file each). */
export const relationshipRules: Rule[] = [];
