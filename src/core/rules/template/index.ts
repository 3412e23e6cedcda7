import type { Rule } from '../../rule.js';
import { emptySection } from './empty-section.js';
import { frontmatter } from './frontmatter.js';
import { planNextStep } from './plan-next-step.js';
import { requiredFields } from './required-fields.js';
import { requiredSections } from './required-sections.js';
import { sectionOrder } from './section-order.js';

/** Rules that check a note against its format and the clinic's template. */
export const templateRules = [requiredSections, requiredFields, emptySection, sectionOrder, frontmatter, planNextStep] as unknown as Rule[];
