import { entries } from '../lexicon.js';
import { THERAPIST } from './words.js';

// Client confrontation markers: moving against the therapist or the work (3RS 2015
// §Confrontation markers; DOMAIN.md §2.2). `aimed` phrases name the therapist or the therapy
// themselves; the others (anger, a sharp tone) count only when the classifier finds the therapist
// or the therapy as their target. `quoted` phrases are the client's own words to the therapist.
const T = THERAPIST;
const THERAPY_THING = String.raw`(?:therapy|treatment|the sessions?|sessions|this work|our work|the work|the (?:plan|approach|method|model|protocol|exercise|exposure|homework|HW|task|worksheet|technique|intervention|reframe|interpretation|formulation|suggestion|rationale|diagnosis|hierarchy|meal plan|treatment plan))`;
const PARAMETER = String.raw`(?:(?:new |late[- ]cancell?ation |cancell?ation |session |no-show )?fees?|the cost|the price|charges?|(?:the )?(?:wait(?:ing)? ?list|wait|schedul(?:e|ing)|time change|session length|policy|policies|billing|cancell?ation)|(?:my|T's|the therapist's) (?:cancell?ation|lateness|holiday|leave))`;

export const confrontationMarkers = entries('confrontation-marker', [
  // Complaints/concerns about the therapist
  { pattern: String.raw`(?:said|says|told ${T}|feels?|felt|complained|thinks?|thought) (?:that )?(?:I|T|the therapist|therapist|writer) (?:don't|doesn't|do not|does not|didn't|did not|never|can't|cannot) (?:really |actually |even )?(?:understand|get it|listen|care|hear)`, note: '3RS complaints about the therapist', aimed: true },
  { pattern: String.raw`accus(?:ed|es|ing) ${T}`, note: '3RS complaints about the therapist', aimed: true },
  { pattern: String.raw`(?:question(?:ed|s|ing)|doubt(?:ed|s|ing)|challenged|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)) (?:my|T's|the therapist's|writer's) (?:competence|experience|qualifications|training|skills?|approach|judg(?:e)?ment|age)`, note: '3RS complaints about the therapist', aimed: true },
  { pattern: String.raw`(?:angry|furious|annoyed|irritated|frustrated|upset|cross|hurt|pissed off|livid|fed up) (?:with|at|toward|towards) ${T}`, note: '3RS complaints about the therapist', aimed: true },
  { pattern: String.raw`(?:angry|furious|annoyed|irritated|frustrated|upset|cross|hurt|pissed off|livid|fed up) (?:that|because|when) (?:I|T|the therapist|writer)`, note: '3RS complaints about the therapist', aimed: true },
  { pattern: String.raw`you (?:don't|do not|never|didn't|did not|can't|won't) (?:really |actually |even |just )?(?:get it|get me|understand|listen|care|hear me|help)`, note: '3RS complaints about the therapist (client to therapist)', aimed: true, quoted: true },
  { pattern: String.raw`you'?re (?:just |not even |only )?(?:reading|following|going through|doing|ticking|like my|like every|not listening|not helping|not the one)`, note: '3RS complaints about the therapist (client to therapist)', aimed: true, quoted: true },
  // Rejecting an intervention
  { pattern: String.raw`(?:reject(?:ed|s|ing)|dismiss(?:ed|es|ing)|brushed off|waved off|refus(?:ed|es|ing)|scoffed at|laughed off) (?:the|my|T's|this|that|our|every|each) (?:reframe|suggestion|interpretation|exercise|intervention|homework|HW|task|plan|worksheet|idea|exposure|technique|skill|formulation|feedback|observation|rationale|chain analysis|role[- ]play)`, note: '3RS rejects intervention', aimed: true },
  { pattern: String.raw`refus(?:ed|es|ing) to (?:participate|engage|do (?:it|the|this|that)|try (?:it|the)|continue|go on|take part)`, note: '3RS rejects intervention' },
  { pattern: String.raw`challeng(?:ed|es|ing) (?:the|my|T's|our) (?:plan|approach|treatment|rationale|formulation|interpretation|intervention|exercise|homework|task|diagnosis|method)`, note: '3RS rejects intervention', aimed: true },
  { pattern: String.raw`(?:pushed|pushes|pushing) back (?:on|about|against|at)`, note: '3RS rejects intervention / defends self' },
  { pattern: String.raw`(?:said|says|called) (?:that )?(?:the|this|my) (?:exercise|task|homework|HW|worksheet|exposure|technique|approach|plan|suggestion|intervention) (?:was|is) (?:pointless|useless|stupid|a waste|ridiculous|silly|childish|torture)`, note: '3RS rejects intervention', aimed: true },
  { pattern: String.raw`(?:this|it|that) is (?:ridiculous|pointless|stupid|a waste of (?:time|money))`, note: '3RS rejects intervention (client to therapist)', quoted: true },
  { pattern: String.raw`what'?s the point (?:of|in) (?:this|doing|going|coming|talking|therapy|it|any)`, note: '3RS rejects intervention / concerns about progress', quoted: true },
  // Complaints about activities, parameters and progress of therapy
  { pattern: String.raw`complain(?:ed|s|ing)? (?:at length |again |repeatedly |bitterly )?(?:about|that) (?:the |my |T's |our |having to do )?(?:${THERAPY_THING}|${PARAMETER}|homework|HW|exposures?|worksheets?|thought records?|diary|log|sessions?)`, note: '3RS complaints about activities or parameters of therapy', aimed: true },
  { pattern: String.raw`(?:angry|upset|annoyed|irritated|frustrated|unhappy|furious|cross) (?:about|at|over|with) (?:the |my |T's )?${PARAMETER}`, note: '3RS complaints about the parameters of therapy', aimed: true },
  { pattern: String.raw`question(?:ed|s|ing) (?:whether|if) (?:therapy|this|treatment|the sessions?|it|coming here|our work|the work|the approach) (?:is|was|will be|would be|has been|could be)? ?(?:helping|working|help|useful|worth)`, note: '3RS complaints about progress in therapy', aimed: true },
  { pattern: String.raw`(?:therapy|treatment|this|it|the sessions?|coming here) (?:isn't|is not|wasn't|was not|hasn't been|has not been|isn't really|is not really) (?:doing anything|helping|working|going anywhere|getting anywhere)`, note: '3RS complaints about progress in therapy', aimed: true },
  { pattern: String.raw`(?:don't|do not|can't|cannot) see (?:the point|what (?:we're|we are|I'm|I am) getting)`, note: '3RS complaints about progress in therapy', aimed: true },
  { pattern: String.raw`(?:(?:\w+ )?sessions?|weeks?|months?) (?:in )?and nothing(?:'s| has| had)? (?:changed|helped|improved)`, note: '3RS complaints about progress in therapy', aimed: true },
  { pattern: String.raw`going (?:round|around) in circles|not getting anywhere|feels? stuck in (?:therapy|here|the sessions)`, note: '3RS complaints about progress in therapy' },
  // Defending self against the therapist
  { pattern: String.raw`(?:became|becomes|become|got|was|grew) (?:very |quite |a bit |increasingly )?defensive`, note: '3RS defends self against therapist' },
  { pattern: String.raw`felt (?:criticis|criticiz|blamed|judged|attacked)(?:ed)? by ${T}`, note: '3RS defends self against therapist', aimed: true },
  { pattern: String.raw`you'?re (?:blaming|judging|attacking|criticis|criticiz)\w* me`, note: '3RS defends self against therapist', aimed: true, quoted: true },
  // Efforts to control or pressure the therapist
  { pattern: String.raw`demand(?:ed|ing|s)? (?:that )?(?:I|T|the therapist|writer|me)`, note: '3RS efforts to control/pressure the therapist', aimed: true },
  { pattern: String.raw`(?:insisted|insists|insisting) (?:that )?(?:I|T|the therapist|writer)`, note: '3RS efforts to control/pressure the therapist', aimed: true },
  { pattern: String.raw`pressur(?:ed|es|ing)(?: on)? ${T}`, note: '3RS efforts to control/pressure the therapist', aimed: true },
  { pattern: String.raw`threaten(?:ed|s|ing) to (?:quit|leave|stop|end|drop out|report|complain)`, note: '3RS efforts to control/pressure the therapist', aimed: true },
  { pattern: String.raw`(?:find|get|see|look for) (?:a|another|a new|a different|a better|a real) (?:therapist|counsell?or|clinician|psychologist) (?:who|that)`, note: '3RS efforts to control/pressure the therapist (threat to leave)', aimed: true },
  // Hostile manner: counts only when aimed at the therapist or the therapy
  { pattern: String.raw`snap(?:ped|s)`, note: '3RS confrontation (manner)' },
  { pattern: String.raw`(?:said|asked|replied|responded|spoke) (?:sharply|angrily|curtly|sarcastically|with irritation)`, note: '3RS confrontation (manner)' },
  { pattern: String.raw`rais(?:ed|es|ing) (?:her|his|their) voice|yell(?:ed|s|ing)|shout(?:ed|s|ing)|stormed out|walked out|hostile|sarcastic`, note: '3RS confrontation (manner)' },
  { pattern: String.raw`(?:angry|anger|furious|irritated|irritable|annoyed|frustrated|frustration|pissed off|exasperated|indignant)`, note: '3RS confrontation (emotion; needs the therapist or the therapy as target)' },
  { pattern: String.raw`rolled (?:her|his|their) eyes`, note: '3RS confrontation (manner)' },
]);
