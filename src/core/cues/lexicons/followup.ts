import { entries } from '../lexicon.js';
import { RELATIONAL_OBJECT } from './words.js';

// A Plan item that comes back to a rupture: a check-in about how the moment of strain sits now,
// or a planned conversation about the relationship (Eubanks, Burckell & Goldfried 2018: change-
// oriented work on a rupture belongs in later sessions). A planned repair counts as well; the rule
// reads repair steps found in the Plan too.
export const ruptureFollowups = entries('rupture-followup', [
  { pattern: String.raw`(?:check(?:ed|ing)?[- ]?in|ask(?:ing)?|come back to|return to|revisit(?:ing)?|follow[- ]?up|f/u|debrief|review(?:ing)?|name|discuss|talk about|explore|open (?:by|with)) [^.;]{0,80}?${RELATIONAL_OBJECT}`, note: 'a check-back on the rupture in the Plan' },
  { pattern: String.raw`(?:check(?:ed|ing)?[- ]?in|follow[- ]?up|f/u|come back to|return to|revisit) (?:on |about |re:? )?(?:the )?(?:rupture|tension|strain|disagreement|misunderstanding|withdrawal|alliance|relationship|repair)`, note: 'a check-back on the rupture in the Plan' },
  { pattern: String.raw`(?:check(?:ed|ing)?[- ]?in|ask|asking) (?:about |on |whether |if |how )[^.;]{0,80}?(?:our work|working together|the work together) (?:could|has|is|was|felt|feels)`, note: 'a check-back on the relationship in the Plan' },
]);
