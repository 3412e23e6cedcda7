import { entries } from '../lexicon.js';
import { THERAPIST } from './words.js';

// Client confrontation markers: moving against the therapist or the work (3RS 2015
// §Confrontation markers; DOMAIN.md §2.2). `aimed` phrases name the therapist or the therapy
// themselves; the others (anger, a sharp tone) count only when the classifier finds the therapist
// or the therapy as their target. `quoted` phrases are the client's own words to the therapist.
const T = THERAPIST;
const THERAPY_THING = String.raw`(?:therapy|treatment|the sessions?|sessions|this work|our work|the work|the (?:plan|approach|method|model|protocol|exercise|exposure|homework|HW|task|worksheet|technique|intervention|reframe|interpretation|formulation|suggestion|rationale|diagnosis|hierarchy|meal plan|treatment plan))`;
const PARAMETER = String.raw`(?:(?:new |late[- ]cancell?ation |cancell?ation |session |no-show )?fees?|(?:the )?(?:rescheduled |changed |new )?(?:appointment|session) time|(?:the )?reschedul(?:ing|ed appointment)|the cost|the price|charges?|(?:the )?(?:wait(?:ing)? ?list|wait|schedul(?:e|ing)|time change|session length|policy|policies|billing|cancell?ation)|(?:my|T's|the therapist's) (?:cancell?ation|lateness|holiday|leave))`;

export const confrontationMarkers = entries('confrontation-marker', [
  // Complaints/concerns about the therapist
  { pattern: String.raw`(?:said|says|told ${T}|feels?|felt|complained|thinks?|thought) (?:that )?(?:I|T|the therapist|therapist|writer) (?:don't|doesn't|do not|does not|didn't|did not|never|can't|cannot) (?:really |actually |even )?(?:understand|get it|listen|care|hear)`, note: '3RS complaints about the therapist', aimed: true },
  { pattern: String.raw`accus(?:ed|es|ing) ${T}`, note: '3RS complaints about the therapist', aimed: true },
  { pattern: String.raw`(?:question(?:ed|s|ing)|doubt(?:ed|s|ing)|challenged|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)) (?:my|T's|the therapist's|writer's) (?:competence|experience|qualifications|training|skills?|approach|judg(?:e)?ment|age)`, note: '3RS complaints about the therapist', aimed: true },
  { pattern: String.raw`(?:angry|furious|annoyed|irritated|frustrated|upset|cross|hurt|pissed off|livid|fed up) (?:with|at|toward|towards) ${T}`, note: '3RS complaints about the therapist', aimed: true },
  { pattern: String.raw`(?:angry|furious|annoyed|irritated|frustrated|upset|cross|hurt|pissed off|livid|fed up) (?:that|because|when) (?:I|T|the therapist|writer)`, note: '3RS complaints about the therapist', aimed: true },
  { pattern: String.raw`you (?:don't|do not|never|didn't|did not|can't|won't) (?:really |actually |even |just )?(?:get it|get me|understand|listen|care|hear me|help)`, note: '3RS complaints about the therapist (client to therapist)', aimed: true, quoted: true },
  { pattern: String.raw`you'?re (?:just |not even |only )?(?:reading|following|going through|doing|ticking|like my|like every|not listening|not helping|not the one)`, note: '3RS complaints about the therapist (client to therapist)', aimed: true, quoted: true },
  { pattern: String.raw`(?:critical|dismissive|scornful|contemptuous|sceptical|skeptical|suspicious|distrustful) of (?:${T}|(?:the |my |T's |our |this )?(?:therapy|treatment|sessions?|homework|HW|exercises?|worksheets?|plan|approach|exposure|techniques?|interventions?|suggestions?|formulation|diagnosis|process|work we))`, note: '3RS complaints about the therapist or the activities of therapy', aimed: true },
  { pattern: String.raw`(?:argued|argues|arguing|clashed|fought) with ${T}`, note: '3RS complaints about the therapist', aimed: true },
  { pattern: String.raw`told ${T} (?:that )?(?:I|T|the therapist|therapist|writer|therapy|treatment|the sessions?)(?:'m|'s| am| is| was| wasn't| isn't| was not| is not| don't| didn't| do not| did not| never| couldn't| can't| won't)`, note: '3RS complaints about the therapist', aimed: true },
  { pattern: String.raw`(?:expressed|voiced|raised|has|had|shared) (?:\w+ )?(?:doubts?|scepticism|skepticism) (?:that|about|whether|if) (?:therapy|treatment|this|CBT|DBT|EMDR|ERP|ACT|the (?:approach|plan|treatment|exercise|homework|work)|it) (?:would|will|could|can|is|was)? ?(?:help|work|be useful|be helpful|make a difference|helping|working)`, note: '3RS complaints about progress in therapy', aimed: true },
  { pattern: String.raw`(?:asked|requested|wants?|wanted|asking|demanded) (?:for |to (?:see|switch to|change to|be moved to|be transferred to) )?(?:a )?(?:new|different|another|other) (?:therapist|counsell?or|clinician|psychologist)`, note: '3RS efforts to control/pressure the therapist (wish to leave)', aimed: true },
  { pattern: String.raw`demand(?:ed|s|ing)? (?:to know|an explanation|answers|a (?:letter|note|report|diagnosis|referral|prescription|refund))`, note: '3RS efforts to control/pressure the therapist', aimed: true },
  { pattern: String.raw`(?:therapy|treatment|this|the sessions?|sessions|CBT|DBT|EMDR|ERP|the (?:exercise|homework|approach|work|plan)) (?:(?:is|was|are|were|has been|feels?|felt|seems?) (?:(?:a )?(?:complete |total |big )?waste of (?:time|money)|pointless|useless|going nowhere|a joke|busywork)|(?:isn't|is not|wasn't|was not|aren't|are not|hasn't been|has not been) (?:really )?(?:working|helping|going anywhere))`, note: '3RS complaints about progress in therapy', aimed: true },
  { pattern: String.raw`(?:felt|feels|feel|said|complained|told me) (?:that |like )?(?:I|T|the therapist|writer) (?:was|am|were|is|had been|have been|keep|kept|had|'m) (?:\w+ )?(?:pushing|rushing|pressuring|lecturing|judging|blaming|not listening|not helping|wrong|unfair|useless|incompetent|patronising|patronizing|condescending|cold|too (?:pushy|directive|fast|slow))`, note: '3RS complaints about the therapist', aimed: true },
  { pattern: String.raw`(?:doesn't|does not|didn't|did not|can't|cannot|won't) trust ${T}|blam(?:ed|es|ing) ${T}|challeng(?:ed|es|ing) ${T}|(?:I'm|I am|I was|you're|you are|T is|T was) (?:just )?like (?:her|his|their|my) (?:mother|father|mom|mum|dad|ex|parents?|boss|last therapist)`, note: '3RS complaints about the therapist', aimed: true },
  { pattern: String.raw`question(?:ed|s|ing) (?:the (?:point|value|purpose|usefulness|need) (?:of|for)|why (?:we|I|T) (?:were|are|was|is|have|had|keep|kept|do|did|need))`, note: '3RS complaints about the activities of therapy', aimed: true },
  { pattern: String.raw`(?:stormed|walked|left) out (?:of )?(?:the |our )?(?:session|room|office)|left (?:the )?session (?:early )?(?:in anger|angrily|abruptly)`, note: '3RS confrontation (leaving the session in anger)', aimed: true },
  { pattern: String.raw`(?:alliance )?rupture|tension between us|strain(?:ed)? (?:in|on) (?:the|our) (?:alliance|relationship)|(?:our|the therapeutic) relationship (?:felt|feels|was|is|seemed) (?:strained|tense)`, note: 'an explicitly named rupture (DOMAIN.md (c))', aimed: true },
  // Rejecting an intervention
  { pattern: String.raw`(?:reject(?:ed|s|ing)|dismiss(?:ed|es|ing)|brushed off|waved off|refus(?:ed|es|ing)|scoffed at|laughed off) (?:the|my|T's|this|that|our|every|each) (?:reframe|suggestion|interpretation|exercise|intervention|homework|HW|task|plan|worksheet|idea|exposure|technique|skill|formulation|feedback|observation|rationale|chain analysis|role[- ]play)`, note: '3RS rejects intervention', aimed: true },
  { pattern: String.raw`refus(?:ed|es|ing) to (?:participate|engage|do (?:it|the|this|that)|try (?:it|the)|continue|go on|take part|complete (?:it|the|this|that)|fill (?:in|out) (?:the|it))`, note: '3RS rejects intervention' },
  { pattern: String.raw`challeng(?:ed|es|ing) (?:the|my|T's|our) (?:plan|approach|treatment|rationale|formulation|interpretation|intervention|exercise|homework|task|diagnosis|method)`, note: '3RS rejects intervention', aimed: true },
  { pattern: String.raw`(?:pushed|pushes|pushing) back (?:on|about|against|at)`, note: '3RS rejects intervention / defends self' },
  { pattern: String.raw`(?:said|says|called) (?:that )?(?:the|this|my) (?:exercise|task|homework|HW|worksheet|exposure|technique|approach|plan|suggestion|intervention) (?:was|is) (?:pointless|useless|stupid|a waste|ridiculous|silly|childish|torture)`, note: '3RS rejects intervention', aimed: true },
  { pattern: String.raw`(?:this|it|that)(?: is|'s| was| felt like| feels like| seems) (?:ridiculous|pointless|stupid|useless|bullshit|crap|a joke|a waste of (?:time|money))`, note: '3RS rejects intervention (client to therapist)', quoted: true },
  { pattern: String.raw`what'?s the point (?:of|in) (?:this|doing|going|coming|talking|therapy|it|any)`, note: '3RS rejects intervention / concerns about progress', quoted: true },
  // Complaints about activities, parameters and progress of therapy
  { pattern: String.raw`complain(?:ed|s|ing)? (?:at length |again |repeatedly |bitterly )?(?:about|that) (?:the |my |T's |our |having to do )?(?:I|T|we|writer|the therapist|therapist|${THERAPY_THING}|${PARAMETER}|homework|HW|exposures?|worksheets?|thought records?|diary|log|sessions?)`, note: '3RS complaints about activities or parameters of therapy', aimed: true },
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
  { pattern: String.raw`(?:angry|anger|furious|irritated|irritable|annoyed|frustrated|frustration|pissed off|exasperated|indignant|dissatisfied|dissatisfaction|unhappy|disappointed|disappointment|resentful|resentment|impatient|impatience)`, note: '3RS confrontation (emotion; needs the therapist or the therapy as target)' },
  { pattern: String.raw`rolled (?:her|his|their) eyes`, note: '3RS confrontation (manner)' },
  { pattern: String.raw`argumentative|combative|confrontational|belligerent|oppositional|hostile|sarcastic|dismissive|curt|rude|antagonistic`, note: '3RS confrontation (manner in the session: needs the session or the therapist in the sentence)', needsAnchor: true },
  { pattern: String.raw`demand(?:ed|s|ing)? (?:a |an )?(?:different|new|other|change of|changes? to) (?:approach|therapist|plan|treatment|clinician|counsell?or|homework|focus|session|appointment)`, note: '3RS efforts to control/pressure the therapist', aimed: true },
]);
