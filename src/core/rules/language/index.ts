import type { Rule } from '../../rule.js';
import { identifiers } from './identifiers.js';
import { judgmentalLanguage } from './judgmental-language.js';

/** Language and privacy rules (one file each). */
export const languageRules = [judgmentalLanguage, identifiers] as unknown as Rule[];
