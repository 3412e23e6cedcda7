import { entries } from '../lexicon.js';
import { TASK } from './words.js';

// An agreed therapy task not done, skipped or put off (DOMAIN.md (b) non-progress cues). The
// classifier rules out the client's quoted words, history ("earlier in our work…"), hypotheticals,
// and someone else not doing something (a parent's no-show, the therapist forgetting a link).
const NOT_DONE_BEFORE = String.raw`(?:(?:did not|didn't|has not|hasn't|have not|haven't|had not|hadn't|was unable to|wasn't able to|was not able to|were unable to|weren't able to|were not able to|could not|couldn't|forgot to|chose not to|decided not to|declined to|refused to|didn't want to|did not want to|stopped|gave up) (?:do|doing|using|practi[cs]ing|keeping|filling (?:in|out)|look at|looked at|open|opened|touch|touched|complete|finish|try|attempt|start|practi[cs]e|bring|fill (?:in|out)|get (?:around )?to|keep|log|use|return|manage|call|ring|phone|text|contact|reach out (?:to|for)|go (?:to|for)|attend|read|write|listen to|schedule|book|done|completed|finished|tried|attempted|started|practi[cs]ed|brought|filled (?:in|out)|gotten (?:around )?to|got (?:around )?to|kept|logged|used|managed|been (?:doing|practi[cs]ing|using|completing|keeping|filling|logging))|not (?:doing|completing|practi[cs]ing|using|keeping|trying|attempting|starting|finishing)|(?:neither|none of)(?: [\w.]+){0,2} (?:did|completed|tried|attempted|practi[cs]ed|kept))`;
const NOT_DONE_AFTER = String.raw`(?:(?:was|were|is|are|remains?|left) )?(?:not (?:done|completed|attempted|started|finished|practi[cs]ed|returned|kept|carried out|followed through|kept up|continued|tried|used|looked at|opened)|incomplete|undone|skipped|missed|abandoned|didn't happen|did not happen|not brought|forgotten)`;

export const nonadherence = entries('nonadherence', [
  { pattern: String.raw`${NOT_DONE_BEFORE} (?:the |her |his |their |any |this week's |last week's |our |the assigned |assigned |agreed |planned )?(?:[\w-]+ ){0,3}?${TASK}`, note: 'agreed task not done' },
  { pattern: String.raw`${TASK}(?: \([^)]*\))? ?[:,–-]?(?: [\w-]+){0,4}? ${NOT_DONE_AFTER}`, note: 'agreed task not done' },
  { pattern: String.raw`(?:skipped|missed|avoided|put off|postponed|deferred|dodged) (?:the |her |his |their |this week's |last week's |all )?(?:[\w/-]+ ){0,4}?${TASK}`, note: 'agreed task skipped or put off' },
  { pattern: String.raw`non-?(?:compliant|compliance|adherent|adherence) (?:with|to) (?:the |her |his |their )?(?:[\w-]+ ){0,2}?${TASK}`, note: 'agreed task not done (judgemental wording; judgmental-language suggests another)' },
  { pattern: String.raw`no (?:[\w-]+ )?${TASK} (?:was |were |has been )?(?:completed|done|attempted|returned|practi[cs]ed)|(?:didn't|did not|hasn't|has not|haven't|have not|not) (?:practi[cs]ed?|practi[cs]ing) (?:between sessions|this week|at all|since (?:last|our last) (?:session|appointment))|forgot (?:the |her |his |their )?(?:[\w-]+ )?${TASK}`, note: 'agreed task not done' },
  { pattern: String.raw`no (?:[\w-]+ )?${TASK} (?:this|last|all) (?:week|wk)|(?:0|zero|none)(?:/\d+| of (?:the )?\d+| of (?:the|her|his|their))? (?:[\w-]+ )?${TASK}|${TASK} ?[:=]? ?0 ?/ ?\d`, note: 'agreed task not done (counts)' },
  { pattern: String.raw`gave up (?:on )?(?:the |her |his |their )?(?:[\w-]+ ){0,2}?${TASK}`, note: 'agreed task abandoned' },
  { pattern: String.raw`(?:keeps?|kept) (?:putting off|postponing|rescheduling|deferring) (?:the )?(?:[\w-]+ ){0,2}?${TASK}`, note: 'agreed task put off again' },
  { pattern: String.raw`(?:did not|didn't|has not|hasn't|have not|haven't|had not|hadn't|was unable to|wasn't able to|could not|couldn't|forgot to|chose not to|decided not to|did not manage to|didn't manage to|did not get (?:round |around )?to|didn't get (?:round |around )?to) \w+(?: [\w()'-]+){0,7}? (?:(?:that |which |we |she |he |they |pt |clt |cl )?(?:agreed|set|planned|assigned|committed to|signed up for|chose))(?: (?:on|to|at|in|during))?(?: the| our)? (?:last|previous|prior) (?:wk|week|session|sess|time|appt|appointment|visit|meeting|group)`, note: 'an agreed task (whatever it is called) not done: "did not … the X agreed last session"' },
]);

// Exploring what got in the way (DOMAIN.md (b) exploration phrases).
export const barrierExplored = entries('barrier-explored', [
  { pattern: String.raw`(?:asked|ask|explored|explore|discussed|discuss|looked at|reviewed|talked about|curious about|wondered) (?:about |with (?:her|him|them) )?(?:what|whether anything) (?:got|gets|had got|might have got|was getting|stood|stands) in the way`, note: 'exploration of barriers' },
  { pattern: String.raw`what (?:got|gets|had got) in the way|(?:barriers?|obstacles?|blocks?) (?:to|around|with) (?:the |doing |practi[cs]e|completing|it|homework|HW)`, note: 'exploration of barriers' },
  { pattern: String.raw`(?:asked|explored|discussed|identified|looked at|reviewed) (?:the |any |possible |her |his |their )?(?:barriers?|obstacles?|reasons?|what made it (?:hard|difficult)|what stopped (?:her|him|them))`, note: 'exploration of barriers' },
  { pattern: String.raw`(?:explored|discussed|talked about) (?:her|his|their) (?:fear|worry|ambivalence|discomfort|doubts?|reluctance) (?:about|of|around|with)`, note: 'exploration of barriers' },
  { pattern: String.raw`problem[- ]solv\w*|troubleshoot\w*|troubleshot|what (?:prevented|stopped|kept|was stopping|is stopping) (?:her|him|them|cl|pt|the client|it)|(?:explored|discussed|processed|reviewed|examined|identified|asked about) (?:\w+ ){0,3}?(?:ambivalence|reasons?|barriers?|obstacles?|difficulties|challenges|blocks?) (?:to|with|around|for|in)`, note: 'exploration of barriers' },
  { pattern: String.raw`(?:explained|said|reported|stated|shared|described) (?:that )?(?:it|this|the (?:[\w-]+ )?(?:task|homework|HW|exercise|log|diary|exposure|practice)) (?:was|felt|seemed|had been) (?:too |very |really )?(?:overwhelming|hard|difficult|scary|much|big|confusing|embarrassing|painful)`, note: 'the client’s reason, recorded' },
  { pattern: String.raw`(?:when|once|if) asked(?: (?:about it|why|what happened|what got in the way))?,? (?:she|he|they|pt|cl|clt|the client) (?:said|explained|reported|described|shared|admitted|told me)|(?:she|he|they|pt|cl|clt) (?:said|explained|admitted|shared) (?:that )?(?:she|he|they) (?:had )?(?:worried|feared|was worried|was afraid|was scared|felt (?:embarrassed|ashamed|anxious|stupid|overwhelmed)|didn't know how|did not know how)`, note: 'the client’s reason for not doing the task, asked for and recorded' },
]);

// Changing the task so it fits (DOMAIN.md (b) adaptation phrases; CAFT immediate strategies).
// Reassigning the same task is not an adjustment.
export const taskAdjusted = entries('task-adjusted', [
  { pattern: String.raw`(?:broke|break|breaking|broken|split|splitting|chunked|divided) (?:it|them|the [\w-]+(?: [\w-]+)?|this|that)? ?(?:down |up )?into (?:smaller|shorter|\d+|two|three|several|manageable|bite-sized)`, note: 'task broken down' },
  { pattern: String.raw`(?:smaller|shorter|easier|gentler|graded|manageable) (?:steps?|pieces?|chunks?|blocks?|version|tasks?|targets?)`, note: 'task made smaller' },
  { pattern: String.raw`(?:cut|cutting|reduced|reducing|shortened|shortening|scaled|scaling|trimmed|simplified|simplifying|lowered|eased) (?:it|them|the [\w-]+(?: [\w-]+)?|this|that)? ?(?:back |down )?(?:to|from)`, note: 'task scaled down' },
  { pattern: String.raw`(?:adjusted|modified|revised|adapted|tailored|simplified|changed|reworked|renegotiated) (?:the |her |his |their |this week's )?(?:[\w-]+ )?(?:homework|HW|task|plan|assignment|practice|exercise|hierarchy|schedule|log|diary|target|frequency|step)`, note: 'task adjusted' },
  { pattern: String.raw`(?:homework|HW|task|plan|assignment|practice|hierarchy|target) \((?:adjusted|modified|revised|reduced|simplified|changed)\)`, note: 'task adjusted (label)' },
  { pattern: String.raw`(?:switched|swapped|changed|replaced) (?:it |them |the [\w-]+ )?(?:to|for|with) |more manageable|(?:easier|smaller|simpler|shorter|lighter) (?:version|step|goal|target|task|assignment)|(?:reduced|lowered|cut|halved) (?:the )?(?:frequency|number|amount|time|duration|length|target)`, note: 'task adjusted' },
  { pattern: String.raw`(?:slowed|slow|slowing) (?:the |our )?pace|(?:fewer|less|lower) (?:days|times|steps|items|minutes|reps|repetitions)`, note: 'task adjusted (pace)' },
  { pattern: String.raw`(?:agreed|decided|chose|planned)(?: together)? (?:that )?(?:she|he|they|pt|cl|clt|we) (?:will|would|could|'ll|can|should)? ?(?:try|start with|begin with|do|take) [^.;]{0,50}?(?:first|instead|to start|as a first step|for now)|(?:try|start with|begin with) (?:the |a |an )?(?:online|smaller|shorter|easier|phone|written|gentler) [\w-]+ (?:first|instead)`, note: 'task adjusted: an easier first step agreed' },
]);
