import type { Rule } from '../../rule.js';
import { judgmentalLanguage } from './judgmental-language.js';

/** Language and privacy rules (one file each). */
export const languageRules = [judgmentalLanguage] as unknown as Rule[];
