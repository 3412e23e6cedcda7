import type { Rule } from '../../rule.js';

/** Language and privacy rules (one file each). */
export const languageRules: Rule[] = [];
