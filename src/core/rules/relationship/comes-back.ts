// Does the Plan come back to a rupture? Shared by rupture-followup (the follow-up it asks for) and
// the repair rules (a repair conversation planned in the Plan counts as repair: corpus README).
import { classifyInSentence } from '../../cues/index.js';
import { isInSection, type Note } from '../../parse/note.js';
import { planSections } from '../anchors.js';
import { OTHER_PEOPLE } from '../../cues/people.js';

// The lenient second look, before a note is told its Plan does not come back to the rupture: a Plan
// sentence that both plans to return to something (check in, ask, revisit, explore…) and names the
// relationship or the moment (us, the sessions, how she felt, the disagreement, the pace…). An
// absence rule is only as precise as its reading of presence, and clinicians word check-backs in
// more ways than any phrase list holds.
const COME_BACK = /\b(?:check(?:ing)?[- ]?in|check(?:ing)? back|say(?:ing)?(?= (?:that |what )?I (?:noticed|saw|sensed|wondered|was wrong|got it wrong|had|pushed|rushed|moved|raised|brought|went|came|asked))|tell (?:her|him|them)(?= (?:that )?I (?:noticed|saw|sensed|wondered|was wrong|got it wrong|had|have|raised|brought|pushed|rushed|moved|went|came|asked))|check(?:ing)? with (?:her|him|them)|ask(?:ing)?|explor(?:e|ing)|revisit(?:ing)?|return(?:ing)? to|(?:come|coming|comes) back(?:,[^,.;]{1,30},)? to|go(?:ing)? back(?:,[^,.;]{1,30},)? to|circle back|check(?:ing)?(?: [\w-]+){0,3}? (?:whether|if|how)|follow(?:ing)?[- ]?up|f\/u|debrief|discuss(?:ing)?|talk(?:ing)? (?:about|through)|nam(?:e|ing)|acknowledg(?:e|ing)|process(?:ing)?|invit(?:e|ing)|repair(?:ing)?|clarif(?:y|ying)|apologi[sz](?:e|ing)|notic(?:e|ing)(?: gently| aloud| out loud)? with (?:her|him|them)|notic(?:e|ing) (?:aloud|out loud)|open (?:by|with)|(?:start|begin) (?:by|with)|make (?:room|space) for|hear (?:how|what|more)|go(?:ing)? back over|look(?:ing)? again at)(?![\p{L}\p{N}])|\breview(?:ing)? (?=(?:the|how|what|whether|our|her|his|their)\b)/iu;
const NEUTRAL = /^(?:start|begin|open|review|discuss|talk|process|go)/i;
const COME_BACK_ALL = new RegExp(COME_BACK.source, 'giu');
const THERAPY_OBJECT = String.raw`(?:me|us|T|the therapist|(?:the|our|these) (?:sessions?|therapy|work|exercise|homework|plan|pace|pacing|approach|task|worksheet|exposure|recording|group))`;
const THE_MOMENT = new RegExp(
  String.raw`\b(?:us|our (?:work|sessions?|relationship|alliance|time)|working together|the (?:sessions?|therapy|relationship|alliance|rupture|tension|strain|disagreement|exchange|pace|pacing|fit|approach)|(?:her|his|their) (?:frustration|anger|upset|hurt|disappointment|reaction|response|feedback|concerns?|complaints?|doubts|reservations|feelings?) (?:with|at|toward|towards|about|re:?|over|to) ${THERAPY_OBJECT}|(?:the|that) moment (?:she|he|they|when|where (?:she|he|they|I|we)|I|we|in (?:the )?session|last (?:session|week|time)|today)|(?:today'?s|this (?:session|week)'?s|last (?:session|week|time)'?s?) (?:[\w-]+ )?(?:moment|exchange|rupture|clash|row|disagreement|shut-?down|walk-?out|outburst|stand-?off|blow-?up|silence|withdrawal)|(?:the|that) (?!(?:right|best|wrong|next|first|last|present|current|same|perfect|ideal|appropriate|proper|earliest|final|opening|closing)\b)[\w-]+ moment\b(?! to\b)|the (?:walk-?out|walking out|storming out|outburst|shut-?down|stand-?off|blow-?up)\b|how (?:she|he|they|it|that|this|the session|last session|today) (?:felt|feels|was|went|sat|sits|landed|found)|how (?:the |that |this |today'?s |last (?:session|week)'?s? )?(?:[\w-]+ ){0,3}?(?:switch|change|pause|stop|break|exercise|imagery|exposure|role-?play|task|conversation|feedback|session|challenge|question|suggestion|interpretation|comment|moment)s? (?:[\w-]+ ){0,4}?(?:landed|sat|felt|went down|came across) (?:for|with) (?:her|him|them)|how (?:the |that |this |today'?s |last (?:session|week|time)'?s? |our |my )?(?:[\w'-]+ ){0,3}?(?:session|conversation|moment|exchange|discussion|talk|comment|remark|question|feedback|pause|silence|change|challenge|disagreement|suggestion|interpretation|exercise|mistake|push) (?:[\w'-]+ ){0,4}?(?:(?:sat|sits|landed|lands|felt|feels) (?:with|for)|landed(?=\s*(?:[,.;]|$|and\b|today\b|last\b|for (?:her|him|them)\b)))|(?:whether|if|how) (?:today'?s|this week'?s|last (?:session|week)'?s?|our|my|the session'?s?|the (?:change|switch|shift|new (?:plan|approach|pace|format))\b)[^.;]{0,50}? (?:sat|sits|landed|lands|went down|goes down|came across|comes across)(?: right| okay| OK| well| badly| all right)? (?:with|for|to) (?:her|him|them)|whether (?:it|this|that|the (?:plan|task|letter|exercise|approach|pace|homework|step|change|format)) (?:really |actually |still )?(?:fits|suits|works for|feels right (?:for|to)) (?:her|him|them)|(?:that )?I (?:had )?(?:noticed|saw|sensed) (?:that )?(?:she|he|they) |whether [\w-]+(?: [\w-]+){0,3} (?:worked|works|felt|feels|was|is) better (?:than|for (?:her|him|them))|(?:whether|if|how) (?:today|the session|last (?:session|week|time)|it|that|this) (?:still )?(?:felt|feels|was|seemed|seems) like\b|how (?:it's|it is|things are|it has been|it's been) going (?:with me|between us|in (?:our |the )?sessions|with (?:the |our )?(?:sessions|therapy|work))|what (?:she|he|they) (?:felt|feels|thought|thinks|said|meant) (?:I|we|T)\b|what it (?:was|is|felt) like (?:to|for (?:her|him|them) to) [^.;]{0,60}?\b(?:here|in (?:the )?session|with me|today|aloud|in the room)\b|how (?:she|he|they) (?:left|ended|finished)(?: the session| the hour)? (?:today|last (?:session|time|week))|(?:whether|if|how) (?:the |my |our |today'?s |that )?(?:[\w/-]+ ){0,3}?(?:clarification|explanation|apology|change|suggestion|comment|remark|conversation|feedback|decision) (?:[\w/-]+ ){0,4}?(?:has |had )?(?:landed|sat|went down|came across)\b|(?:whether|if) (?:[\w'/-]+ ){1,6}?(?:was|were|is|are|felt|feels|feel) (?:ok|okay|alright|all right|right|better|easier|more manageable|too much|too fast)\b|(?:whether|if) (?:she|he|they) (?:felt|feels|feel) (?:able|free|safe|comfortable|OK|okay) to\b|how (?:today'?s|this week'?s|last (?:session|week)'?s?) (?:[\w-]+ ){0,2}?(?:felt|feels|went|sat|landed)(?: (?:for|with|to) (?:her|him|them))?|how we (?:work|are working|worked|work together)|how we (?:keep|kept|seem to|seemed to|tend to|tended to|always|often|end up) \w+|whether (?:talking|going|coming back|returning) (?:about|into|to) [^.;]{1,40}? is (?:something|what) (?:she|he|they) (?:wants?|needs?|is ready for)|what (?:she|he|they)(?:'d| would) rather (?:do|talk about|focus on|spend)|what (?:kind of |sort of )?(?:session|sessions|help|way of working|approach) would (?:actually |really )?(?:be )?(?:useful|helpful|help|work|suit)|whether (?:the )?(?:new |changed |different )?[\w-]+(?: [\w-]+){0,2} (?:worked|works|is (?:still |now )?working|(?:still )?suits|suited|helps|helped|feels) (?:better )?(?:for (?:her|him|them))|the way we work|whether (?:I|we)(?:'m|'re| am| are) (?:getting|doing|pitching) (?:[\w-]+ ){0,3}?right|(?:whether|if|how) (?:she|he|they) (?:still )?(?:feels?|felt|thinks?|thought|finds?|found) (?:that )?(?:I(?:'m|'d)?|we(?:'re)?|T|the therapist|my|our|the (?:team|service|clinic))\b|(?:the|our|this|that|today'?s) (?:\S+ ){0,3}?(?:agreement|arrangement) (?:is |was )?(?:working|works|worked|holding|helps|helped|suits)|what (?:happened|came up|got in the way|made it hard) (?:between us|in (?:the|that|last) (?:session|moment)|last (?:session|time|week)|today|when I)|what I (?:said|did|missed|may be missing|might be missing|got wrong|noticed|saw|sensed)|nam(?:e|ing) (?:that|how|when) (?:she|he|they)\b|(?:something|anything) (?:about|in) (?:me|us|what I|how I|the (?:sessions?|therapy|work)|these sessions|coming here|our (?:work|sessions?))|(?:a )?slower pace|(?:at|go at) (?:her|his|their) (?:own )?pace|(?:whether|if) (?:the |my |our |that |this )?(?:[\w'-]+ ){0,2}?(?:felt|feels|came across|comes across|sounded|sounds) (?:like|as if|as though|as) (?:a |an |I was |we were )?(?:judgement|judgment|criticism|critici[sz]ing|blame|blaming|telling off|lecture|lecturing|attack|(?:being )?(?:judged|criticised|criticized|blamed|pushed|rushed|lectured))|my role|how I (?:came across|handled it|responded)|(?:whether|if) (?:she|he|they) (?:felt|feels|was|were) (?:pushed|rushed|pressured|judged|unheard|misunderstood|dismissed|critici[sz]ed|put on the spot)|(?:whether|if) (?:the )?(?:new |changed |different )?[\w-]+(?: [\w-]+){0,2} (?:suits|suited|fits|works for) (?:her|him|them)\b|(?:her|his|their) (?:comment|remark|criticism|challenge|complaint|outburst)\b|(?:whether|if) anything (?:else )?(?:about [^.;]{1,40}? )?(?:has been|is|was) (?:bothering|troubling|worrying|upsetting) (?:her|him|them)|(?:whether|if) (?:she|he|they) (?:still )?(?:wants?|would (?:still )?(?:like|prefer|rather)|prefers?) (?:to (?:change|switch|move|transfer|see|go) (?:to )?)?(?:a |an )?(?:(?:different|new|another|other|older|younger|male|female|more [\w-]+) )?(?:therapist|counsell?or|clinician|psychologist|colleague|worker|practitioner|someone else)\b|(?:whether|if) (?:there (?:was|is) )?anything (?:today |in (?:the )?session )?(?:that )?(?:she|he|they) (?:agreed to|said yes to|went along with|nodded (?:to|along to|through))|(?:whether|if) (?:I|T|we) (?:had |'d )?(?:pushed|rushed|pressed|moved|went|asked|came in|jumped) (?:[\w-]+ ){0,3}?too (?:soon|fast|quickly|hard|far|early|much)|(?:that|how) I (?:had |'d )?(?:pushed|rushed|pressed|pressured|moved on|jumped in|came in too)\b|I (?:had |'d )?(?:raised|brought up|asked about|went into|moved (?:on )?to|introduced|pushed|pressed|went|came in|got into|started on) [^.;]{0,40}? too (?:soon|fast|quickly|quick|early|hard|far)\b|(?:whether|if) (?:[\w'/-]+ ){1,6}?(?:came|went|moved|got) (?:up )?too (?:fast|soon|quickly|quick|early|hard)\b|what pace (?:suits|works for|feels right|is right)|how (?:[\w'-]+ ){0,2}?(?:stopping|pausing|switching|changing tack|ending early|leaving early|finishing early|slowing down|lateness|late start|delay|cancell?ation|mix-?up|double[- ]booking)(?: [\w'-]+){0,3}? (?:sat|sits|landed|lands|went down|came across) (?:with|for) (?:her|him|them)\b|last (?:session|week|time)|today'?s session|trust|safe(?:ty)? (?:here|with me|in sessions)|what (?:she|he|they) (?:is|are|was|were|felt|feels|gets) (?:worried|concerned|upset|angry|unhappy|uneasy|anxious|scared|afraid) (?:about |that )?(?:I|me|we|the (?:sessions?|therapy|work|notes|report|letter)))\b`,
  'i',
);

// Without a Plan section, a sentence that plans ahead ("Next week: ask her how it felt to stop me").
const AHEAD = /\b(?:next (?:week|session|time|visit|call|appointment)|(?:I|we|T) (?:will|'ll|plan to|intend to|want to|hope to)|to (?:do|try) next|at the next)\b/i;

/**
 * What the Plan sentences that plan to return to something come back to, read once per note: the repair rules ask again for every
 * marker, and a running record holds thousands of both.
 */
interface ComingBack {
  /** One of them names the relationship or the moment itself. */
  moment: boolean;
  /** Their content words, for a return to what a rupture was over: none from a sentence whose verbs are all neutral ("start with"). */
  words: Set<string>;
}

const comingBackByNote = new WeakMap<Note, ComingBack>();

function comingBack(note: Note): ComingBack {
  let found = comingBackByNote.get(note);
  if (found) return found;
  const hasPlan = planSections(note).length > 0;
  found = { moment: false, words: new Set() };
  for (const sentence of note.sentences) {
    if (sentence.block.kind === 'heading') continue;
    if (hasPlan ? !isInSection(note, sentence.span.start, 'Plan') : !AHEAD.test(sentence.text)) continue;
    const verb = COME_BACK.exec(sentence.text);
    if (!verb) continue;
    const x = classifyInSentence(sentence, verb.index, verb.index + verb[0].length);
    if (x.negated || x.quoted) continue;
    // Checking in with someone else ("check in with the housing navigator about the assessor") is no return to the client.
    if (withSomeoneElse(verb[0], sentence.text.slice(verb.index + verb[0].length))) continue;
    // About the relationship or the moment, or about what the rupture itself was over ("ask whether the calendar feels less like school than the diary did").
    const rest = sentence.text.slice(verb.index);
    // A neutral verb ("start with the breathing", "review the diary") comes back only to the relationship or the moment; a
    // sharing of words with the rupture needs a verb that returns to it ("ask what made the diary feel like school").
    const relational = [...sentence.text.matchAll(COME_BACK_ALL)].some((m) => !NEUTRAL.test(m[0]));
    if (THE_MOMENT.test(rest)) found.moment = true;
    // Who was in the room is not what the moment was over (BYSTANDERS, below).
    if (relational) for (const w of rest.toLowerCase().match(/\p{L}{5,}/gu) ?? []) if (!BYSTANDERS.has(w)) found.words.add(w);
  }
  comingBackByNote.set(note, found);
  return found;
}

// "with" and who, right after the verb: up to three words for "the housing navigator", "her GP", "the school nurse". Who is
// asked may follow "ask" itself ("Ask surgical team for…").
const WITH_WHOM = /^\s+with\s+((?:[\p{L}'-]+\s*){1,3})/iu;
const WHOM = /^\s+((?:[\p{L}'-]+\s*){1,3})/iu;
const ROLE = /(?:worker|navigator|coordinator|co-ordinator|officer|manager|supervisor|team|service|gp|psychiatrist|nurse|doctor|school|teacher|agency|consultant|midwife|visitor|solicitor|lawyer|assessor|adviser|advisor|keyworker|key worker|mdt)s?$/i;

function withSomeoneElse(verb: string, after: string): boolean {
  const who = (/^ask/i.test(verb) ? WHOM : WITH_WHOM).exec(after);
  if (!who) return false;
  // "with her about…", "with him next week": the client.
  return who[1]!.trim().split(/\s+/).some((w) => BYSTANDERS.has(w.toLowerCase()) || ROLE.test(w));
}

/** Whether a Plan sentence (or, with no Plan, a sentence that plans ahead) comes back to the rupture whose words are given. */
export function planComesBack(note: Note, ruptureWords: ReadonlySet<string>): boolean {
  const plan = comingBack(note);
  if (plan.moment) return true;
  for (const w of ruptureWords) if (plan.words.has(w)) return true;
  return false;
}

// Who was in the room or is named beside the moment ("kept looking to the interpreter") is not what it was over: a Plan item that
// names the same person ("ask the GP to explain it again with an interpreter") does not come back to it.
const BYSTANDERS = new Set([...OTHER_PEOPLE, 'interpreter', 'interpreters', 'translator', 'translators', 'advocate', 'carer', 'carers']);
