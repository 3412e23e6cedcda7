// The eight ending actions by their core concepts, for a lenient second look before a termination
// note is told an action is missing (DOMAIN.md §3; Norcross, Zimmerman, Greenberg & Swift 2017).
//
// Why a second, looser reading: an absence rule is only as precise as its reading of presence. On
// notes by clinicians the lexicons had never seen, most wrongly "missing" actions were there in
// words the phrase lexicons (src/core/cues/lexicons/ending.ts) did not know. These patterns name
// the concept itself (a setback plan, pride, what the ending means) in a few forms each; they are
// read only in termination notes, and only to withdraw a "missing" finding, never to raise one.
import type { TerminationAction } from '../../cues/index.js';

const FEELING = String.raw`(?:sad|sadness|mixed|bittersweet|anxious|anxiety|nervous|scared|afraid|worried|relief|relieved|grief|griev\w*|loss|miss|missing|emotional|tearful|teary|cried|ready|unready|abandon\w*|lonely|alone|grateful|gratitude|means?|meant|meaning|feel|feels|felt|feelings)`;
const ENDING = String.raw`(?:ending(?! of)|endings|(?:our|the|this) ending(?! of)|goodbyes?|good-bye|saying bye|(?:finishing|stopping|ending|leaving) (?:therapy|treatment|counsell?ing|the sessions|our sessions|our work|the work|the group|here|the service)|the end of (?:therapy|treatment|counsell?ing|our work|the sessions|our sessions|our time)|last (?:session|meeting|appointment)|final (?:session|meeting|appointment)|closure|termination|discharge|not coming (?:back|anymore))`;

export const ENDING_CONCEPTS: Record<TerminationAction, RegExp> = {
  'mutual-review': new RegExp(
    String.raw`\b(?:look(?:ed|ing|s)? back|went (?:back )?over|go(?:ing)? (?:back )?over|review(?:ed|ing)? (?:our|progress|treatment|therapy|the work|the course|(?:her|his|their) (?:progress|goals|journey)|how (?:therapy|treatment|things|the work|far)|what (?:helped|worked|changed))|reflect(?:ed|ing)? (?:on|together|back)|what (?:helped|worked|was (?:most |least |more |less )?(?:useful|helpful))|what (?:she|he|they) (?:found|valued|took)|(?:our|the) (?:work|time|journey|sessions) together|summari[sz](?:ed|ing)|recap(?:ped|ping)?)\b`,
    'i',
  ),
  // A concrete change in the client, not the therapy's process ("we stopped arguing about numbers") or a hope ("keep improving").
  gains: new RegExp(
    String.raw`\b(?:(?:is|are|'s|has been|have been|was|were|feels?|felt|now) (?:now )?(?:much |a lot |far |significantly |noticeably |markedly )?(?:better|improved|calmer|happier|more confident|less (?:anxious|depressed|low|isolated|avoidant|angry|irritable|tense))|improved|improvements?|reduced|reduction|decreased|fewer|no longer|(?:from|dropped from|down from|fell from|reduced from) \d+(?:\/\d+)? ?(?:to|→|->|-) ?\d+|\d+ ?(?:→|->) ?\d+|remission|recovered|now (?:able|sleeps|sleeping|works|working|drives|driving|goes|going|attends|attending|manages|eats|eating|uses|leaves|leaving)|(?:back|returned) (?:at|to|in) (?:work|school|college|university|the gym|choir|church|driving|full[- ]time|part[- ]time|the office|her job|his job|their job)|(?:gains|progress) (?:she|he|they|made|in|on|with|include|included|listed|named|noted))`,
    'i',
  ),
  pride: new RegExp(
    String.raw`\b(?:proud(?! of (?:her|his|their) (?:son|daughter|child|children|kids|boy|girl|husband|wife|partner|mother|father|mum|mom|dad|brother|sister|friends?|family|team|grand\w+|new \w+))|pride|credit|celebrat\w*|congratulat\w*|well done|accomplish\w*|achievement|courage|courageous|admir\w+|(?:acknowledged|recogni[sz]ed|honou?red|appreciated|praised|named) (?:her|his|their|the client'?s?|its) (?:effort|efforts|work|commitment|courage|persistence|hard work|determination|progress))\b`,
    'i',
  ),
  'meaning-of-ending': new RegExp(String.raw`\b${FEELING}\b[^.;]{0,80}?\b${ENDING}\b|\b${ENDING}\b[^.;]{0,80}?\b${FEELING}\b`, 'i'),
  'future-coping': new RegExp(
    String.raw`\b(?:relapse|relapses|setbacks?|set-backs?|lapses?|warning signs?|early signs?|red flags?|triggers?|blueprint|(?:coping|crisis|safety|wellbeing|well-being|maintenance|staying[- ]well|keeping[- ]well|wellness|relapse[- ]prevention|recovery) plan|(?:if|when|should) (?:things|symptoms|it|the \w+|old \w+|\w+ (?:symptoms|habits|patterns)) (?:gets?|comes?|returns?|worsens?|slips?|starts?|creeps?)|what (?:she|he|they) (?:will|would|can|could) do (?:if|when)|(?:re-?refer\w*|self-refer\w*|come back|return|get in touch|contact (?:us|the (?:service|team|clinic)|me))[^.;]{0,30}?\b(?:if|should|when|any time)\b)`,
    'i',
  ),
  'skills-beyond': new RegExp(
    String.raw`\b(?:(?:use|using|uses|used|apply|applying|applies|applied(?! (?:to|for))|practi[cs]\w*|bring\w*|brought|carr(?:y|ies|ied|ying))\b[^.;]{0,60}?\b(?:at work|at home|at school|at college|at university|with (?:her|his|their) (?:\w+ )?(?:family|partner|kids|children|friends|colleagues|boss|manager|team|mother|father|mum|mom|dad|son|daughter|husband|wife|sister|brother|grandchildren)|in (?:other|daily|everyday|real) (?:life|situations|areas|settings|relationships)|outside (?:of )?(?:sessions?|therapy|here|the room)|on (?:her|his|their) own|by (?:herself|himself|themselves)|independently|without (?:me|prompting|prompts|the (?:worksheet|app|therapist)))|generali[sz]\w+|in (?:her|his|their) (?:daily|everyday) life|in other (?:areas|situations|settings|relationships|parts of (?:her|his|their) life))`,
    'i',
  ),
  'ongoing-growth': new RegExp(
    String.raw`\b(?:(?:keep|keeps|keeping|continue|continues|continuing|carry on|carries on|carrying on) (?:to |on )?(?:practi[cs]\w*|using (?:the|her|his|their|these|those|what)|applying|building on|growing|learning|noticing|challenging|testing)|still (?:learning|working on|growing|practi[cs]\w*|building)|(?:ongoing|lifelong|life-long|continuing|daily|everyday) (?:practice|process|work|journey|effort|project)|work in progress|(?:recovery|healing|change|growth|learning|getting better) (?:is |was |as )?(?:a |an |one )?(?:long |ongoing |lifelong )?(?:journey|road|path|process)|(?:journey|road|path) (?:of|to|towards) (?:recovery|healing|change|wellness|wellbeing|well-being)|(?:is|are|as) a (?:process|practice)|not (?:a )?(?:one-off|quick fix|finished|done|over))\b`,
    'i',
  ),
  'post-therapy-growth': new RegExp(
    String.raw`\b(?:(?:after|once|when|beyond|past) (?:therapy|treatment|counsell?ing|we (?:finish|stop|end)|our (?:sessions|work|time) (?:end|ends|finish|finishes|stop|stops)|discharge|today|the (?:sessions|work) (?:end|ends|stop|stops|finish|finishes))\b[^.;]{0,80}?\b(?:continu\w*|keep\w*|grow\w*|improv\w*|build\w*|progress\w*|develop\w*|better|stronger|manage|cope|coping|use|using)|(?:going forward|in (?:the )?future|from here|on (?:her|his|their) own|in the months ahead|over the (?:coming|next) (?:weeks|months|year))\b[^.;]{0,60}?\b(?:continu\w*|keep\w*|grow\w*|improv\w*|build\w*|progress\w*|develop\w*|better|stronger)|(?:expects?|hopes?|plans?|intends?|wants?|looks? forward) to (?:keep |continue |carry on )?(?:grow\w*|improv\w*|progress\w*|build\w*|develop\w*|get(?:ting)? (?:better|stronger))|will (?:keep|continue) (?:to )?(?:grow|improve|progress|build|develop|get better|get stronger))`,
    'i',
  ),
};
