import { entries } from '../lexicon.js';

// Client feedback on the session or the therapy (DOMAIN.md §4, feedback-informed treatment):
// an SRS or ORS score with its value, a rating of the session, or the client's own words about
// the session or about what they want more of. The clinician's verdict ("productive session")
// is not feedback. Progress measures that are not about the session (PHQ-9) do not count.
const MEASURE = String.raw`(?:SRS|ORS|CORS|CSRS|ORS\/SRS|SRS\/ORS|OQ-?45(?:\.2)?|OQ|Session Rating Scale|Outcome Rating Scale|PCOMS|WAI(?:-S|-SR)?|CORE-10|alliance measure)`;
const REPORTING = String.raw`(?:said|says|say|stated|states|reported|reports|described|describes|felt|feels|found|finds|commented|comments|told me|noted|added|agreed|thought|thinks|shared|rated|rates)`;
const SESSION_PART = String.raw`(?:(?:this|the|today'?s|our|tonight'?s) (?:session|hour|meeting|work)|(?:the|this|today'?s) (?:[\w-]+ ){0,2}(?:part|review|bit|exercise|practice|discussion|work|reading|role-?play|debrief|check-in|exposure|activity|technique|approach|skill)|sessions? (?:so far|lately|recently)|therapy (?:so far|lately)|coming here)`;
const VERDICT = String.raw`(?:useful|helpful|helped|help|unhelpful|not helpful|most useful|best|worst|hardest|easiest|fair|fairer|good|great|ok|okay|alright|fine|valuable|worth|waste|pointless|interesting|boring|hard|too (?:fast|slow|much)|rushed|enough|better|worse|felt|felt like)`;

export const clientFeedback = entries('client-feedback', [
  { pattern: String.raw`${MEASURE}(?: \((?:start|end|beginning|close|pre|post)\))?[ :=|]*(?:score[ds]? |total |today |of |at |was |is )?(?:[ :=|]*)\d{1,2}(?:\.\d)?`, note: 'SRS/ORS (PCOMS) score with its value', caseSensitive: true },
  { pattern: String.raw`(?:rated|rates|rating|scored|scores|gave) (?:the |this |today'?s )?(?:session|hour|therapy|our work|the work)(?: as)? (?:a |an )?\d`, note: 'rating of the session' },
  { pattern: String.raw`${REPORTING} (?:that )?${SESSION_PART} (?:was|were|is|had been|has been|felt|feels|seemed|helped|help|didn't help|did not help|went|made|gave|got) (?:[\w-]+ ){0,3}?${VERDICT}`, note: 'the client’s words about the session' },
  { pattern: String.raw`${REPORTING} (?:that )?${SESSION_PART} (?:was|were|is|felt|feels|helped)`, note: 'the client’s words about the session (quoted verdict)' },
  { pattern: String.raw`(?:would like|wants?|wanted|asked for|asks for|prefers?|preferred) (?:more|less) (?:time )?(?:on|of|for|about|focus on)`, note: 'what the client wants more (or less) of in sessions' },
  { pattern: String.raw`(?:gave|offered|shared|asked for) (?:me )?feedback (?:on|about) (?:the|this|today'?s|our) (?:session|work|approach|therapy)`, note: 'feedback on the session' },
]);
