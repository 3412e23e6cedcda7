import { entries } from '../lexicon.js';
import { RELATIONAL_OBJECT } from './words.js';

// A Plan item that comes back to a rupture: a check-in about how the moment of strain sits now,
// or a planned conversation about the relationship (Eubanks, Burckell & Goldfried 2018: change-
// oriented work on a rupture belongs in later sessions). A planned repair counts as well; the rule
// reads repair steps found in the Plan too.
export const ruptureFollowups = entries('rupture-followup', [
  { pattern: String.raw`(?:explor|process|discuss|address|revisit|talk(?:ing)? about|nam|acknowledg|debrief)\w* (?:the |her |his |their |pt'?s |clt'?s |client'?s |cl'?s |today'?s |last session'?s |this |that |any )?(?:reaction|frustration|anger|disappointment|tension|rupture|disagreement|conflict|feedback|concerns?|complaints?|withdrawal|silence|avoidance|shutdown|hurt|upset|misunderstanding)`, note: 'a planned conversation about the rupture' },
  { pattern: String.raw`(?:ask|asking|elicit|invite|request|get|seek|obtain) (?:for )?(?:her |his |their |pt'?s |clt'?s |client'?s |cl'?s )?feedback|(?:monitor|assess|attend to|check on|track|watch|strengthen|repair|rebuild|review) (?:the )?(?:therapeutic )?(?:alliance|relationship|rapport|trust)|(?:administer|give|use|repeat|review) (?:the )?SRS`, note: 'a planned check on the alliance' },
  { pattern: String.raw`(?:return|come back|go back|get back) to (?:the |this |that |her |his |their )?(?:topic|subject|conversation|discussion|issue|[\w-]+)(?: [\w-]+){0,6}? (?:at (?:her|his|their|the client's) (?:own )?pace|when (?:she|he|they) (?:is|are|feels?|feel) ready|if (?:she|he|they) (?:is|are|wants?|want|feels?|feel))|(?:at|in) (?:her|his|their) own (?:pace|time)`, note: 'coming back to the avoided topic at the client’s pace' },
  { pattern: String.raw`(?:check(?:ed|ing)?[- ]?in|ask(?:ing)?|come back to|return to|revisit(?:ing)?|follow[- ]?up|f/u|debrief|review(?:ing)?|name|discuss|talk about|explore|open (?:by|with)) [^.;]{0,80}?${RELATIONAL_OBJECT}`, note: 'a check-back on the rupture in the Plan' },
  { pattern: String.raw`(?:check(?:ed|ing)?[- ]?in|follow[- ]?up|f/u|come back to|return to|revisit) (?:on |about |re:? )?(?:the )?(?:rupture|tension|strain|disagreement|misunderstanding|withdrawal|alliance|relationship|repair)`, note: 'a check-back on the rupture in the Plan' },
  { pattern: String.raw`(?:check(?:ed|ing)?[- ]?in|ask|asking) (?:about |on |whether |if |how )[^.;]{0,80}?(?:our work|working together|the work together) (?:could|has|is|was|felt|feels)`, note: 'a check-back on the relationship in the Plan' },
  { pattern: String.raw`(?:check(?:ed|ing)?[- ]?in|ask|asking|come back to|return to|revisit(?:ing)?|follow[- ]?up|f/u|review(?:ing)?|discuss|explore|talk about|open (?:by|with)) [^.;]{0,60}?how (?:the |our |that |this |her |his |their )?(?:[\w-]+ing|pause|break|silence|change|exercise|moment|conversation|disagreement|feedback)(?: [\w-]+){0,2}? (?:felt|feels|went|goes|sat|sits|landed|was for (?:her|him|them)|has been)`, note: 'a check-back on how the moment (a pause, a change of plan) felt' },
  { pattern: String.raw`(?:whether|if) (?:she|he|they|pt|cl|clt|the client) (?:wants?|would like|feels? ready|is ready|are ready|feel ready) to (?:return|come back|go back|get back|pick up|resume|revisit)`, note: 'the client offered the choice of returning to the avoided topic' },
]);
