import { z } from 'zod';
import { learnedWithdraws } from '../../cues/learned.js';
import { classifyInSentence, contextOf, TERMINATION_ACTIONS, type Cue, type TerminationAction } from '../../cues/index.js';
import { escapeSnippet } from '../../fixes.js';
import type { Note } from '../../parse/note.js';
import type { Sentence } from '../../parse/sentences.js';
import { defineRule } from '../../rule.js';
import { noteAnchor } from '../anchors.js';
import { OTHER_PEOPLE } from '../../cues/people.js';
import { ENDING_CONCEPTS } from './ending-concepts.js';
import { beforePlanFix, carerSpeaks, clientPronoun, namesCarer, conjoint, EVIDENCE } from './shared.js';
import { learnedOption } from './learned-option.js';

const FRONT = (n: string) => `---\ntype: termination\nformat: free\nclient: C-${n}\ndate: 2026-04-10\nsession: 16\n---\n\n`;

/** What each action asks, for the message, and the paragraph its fix inserts. */
const ACTIONS: Record<TerminationAction, { label: string; prompt: string }> = {
  'mutual-review': { label: 'Looking back together', prompt: 'what the client and I each found helpful and unhelpful in our work' },
  'future-coping': { label: 'Future coping', prompt: 'early warning signs, and what the client will do if they appear' },
  'skills-beyond': { label: 'Skills beyond therapy', prompt: 'where the client already uses what they learned, outside sessions' },
  'ongoing-growth': { label: 'Growth as ongoing', prompt: 'how the client sees change continuing as a practice' },
  'post-therapy-growth': { label: 'After therapy', prompt: 'the growth the client expects once sessions stop' },
  'meaning-of-ending': { label: 'What ending means', prompt: 'what ending this therapy means to the client, and how it feels' },
  gains: { label: 'Gains', prompt: 'the concrete changes named, with measures (intake vs now)' },
  pride: { label: 'Pride', prompt: 'the client\'s pride in their progress, and mine in the work and the relationship' },
};

const LOOKS_BACK: ReadonlySet<TerminationAction> = new Set(['mutual-review', 'gains']);
// Actions that look ahead count when planned or expected; the others must have happened.
const FORWARD: ReadonlySet<TerminationAction> = new Set(['future-coping', 'ongoing-growth', 'post-therapy-growth']);
// A label with nothing after it ("**Pride:**") is template scaffolding, not the action itself.
const LEADING_LABEL = /^[^\S\n]*[\p{L} /&'-]{1,40}:/u;

/** A heading names an action only when something is written under it ("## Relapse plan" with its steps). */
function headingWithContent(note: Note, cue: Cue): boolean {
  return note.sections.some((s) => s.kind === 'heading' && s.headingSpan.start <= cue.span.start && cue.span.end <= s.headingSpan.end && !s.isEmpty);
}

// Growth forecast for something ("expects the confidence in contact to keep building") is growth after therapy, not change
// framed as a practice the client keeps up.
const FORECAST_BEFORE = /\b(?:expects?|expected|expecting|hopes?|hoping|predicts?|predicted|anticipates?|anticipated|reckons?|believes?|thinks?|is (?:sure|confident))\b(?: that)? (?!to\b)[^.;]{1,60}? (?:to|will|'ll|’ll|would) $/i;

// A wish about how the therapy might have gone ("she'd have liked more sessions early on and fewer at the end") or might go
// is a view of the therapy, not a change in the client: a gain's words after it in the clause are not a gain.
const WISHED = /\b(?:would|'d|should|could|might) have (?:liked|preferred|wanted|wished for|hoped for|been better with)\b|\b(?:would|'d) (?:like|prefer|want)\b|\bwish(?:es|ed|ing)?\b/i;

function wishedFor(sentence: Sentence, from: number): boolean {
  const before = sentence.text.slice(0, from);
  return WISHED.test(before.slice(before.lastIndexOf(';') + 1));
}

// A hard patch already weathered ("kept coming even on the hard weeks", "got through the setbacks in March") is history, not a
// difficulty looked ahead to: the clause before it narrates the client coming through it, with nothing ahead in it.
const WEATHERED = /\b(?:kept (?:coming|going|attending|turning up|showing up|at it)|came through|got through|made it through|pushed through|battled through|survived|weathered|rode out|stuck (?:with )?it|showed up|turned up|carried on)\b/i;
const AHEAD = /\b(?:will|'ll|would|'d|going to|plans?|planned|if|should|next|ahead|the coming|future|expects?|might|may|could|prepare\w*|anticipat\w*|knows? (?:what|how))\b/i;

function weatheredBefore(sentence: Sentence, from: number): boolean {
  const before = sentence.text.slice(0, from);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(' — '), before.lastIndexOf(' - ')) + 1);
  return WEATHERED.test(clause) && !AHEAD.test(clause);
}

// A clinician's verdict on a diagnosis or on the whole picture ("Panic disorder, much improved", "Overall better") names no
// concrete change.
const GLOBAL_VERDICT = /\b(?:disorder|condition|presentation|diagnosis|picture|overall|globally|generally)\b[\s,:–-]*(?:(?:is|are|was|were|has|have|remains?)\s+(?:been\s+)?)?(?:(?:much|greatly|markedly|significantly|somewhat|considerably|a lot|slightly|clearly|substantially|vastly|hugely|very|far)\s+)?$/i;

// Progress with nothing named, then said to be general or the clinician's view ("has made good progress overall", "handling things
// a lot better in general", "made good progress in my view").
const VAGUE_PROGRESS = /^(?:(?:has |have |had )?(?:made|making|shows?|showed|shown|reports?|reported) (?:\w+ ){0,2}?(?:progress|improvements?|gains|changes)|(?:handling|managing|coping with|dealing with|doing) (?:things |everything |it |life )?(?:much |far |a lot |so much |a bit )?better|improved|improving|better|(?:(?:good|great|some|real|steady|excellent|solid|much|a lot of|lots of) )?(?:progress|improvement))$/i;
const SAID_GENERALLY = /^[\s,]*(?:overall|in general|generally|all round|on the whole|across the board|in (?:my|his|her|their|our|the clinician's|T's) (?:view|opinion|estimation))\b/i;

// A little progress with nothing named ("She feels she has made some progress", "Some progress made overall"): the change is not
// named, whoever judges it. Progress on something ("some progress on the drinking: 3 dry days a week") names it.
const SOME_PROGRESS = /^(?:(?:has |have |had )?(?:made|making|shows?|showed|shown|reports?|reported|noted|named|described) )?(?:some|a little|a bit of|modest|limited|slight|a degree of|a measure of) (?:progress|improvement)(?: made)?$/i;
const SOME_BEFORE = /\b(?:some|a little|a bit of|modest|limited|slight)\s+$/i;
const NAMES_WHAT = /^\s*(?:on|with|in|toward|towards|around|against|at|for)\b/i;

function someProgress(sentence: Sentence, from: number, to: number): boolean {
  const phrase = sentence.text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (/\b(?:on|with|in|toward|towards)$/i.test(phrase) || NAMES_WHAT.test(sentence.text.slice(to))) return false;
  const some = SOME_BEFORE.exec(sentence.text.slice(Math.max(0, from - 12), from));
  return SOME_PROGRESS.test(some ? `${some[0].trim()} ${phrase}` : phrase);
}

function globalVerdict(sentence: Sentence, from: number, to: number): boolean {
  // A little progress with nothing named says no more than a verdict on the whole.
  if (someProgress(sentence, from, to)) return true;
  const phrase = sentence.text.slice(from, to).trim();
  if (/^(?:improved|improving|better)$/i.test(phrase) && GLOBAL_VERDICT.test(sentence.text.slice(0, from))) return true;
  // A match that runs on into its preposition ("progress in") is read without it, so "progress in my view" is heard as said.
  const m = /^(\s*)([\s\S]*?)(?:\s+(?:in|on|with))?\s*$/i.exec(sentence.text.slice(from, to));
  if (!m) return false;
  const end = from + m[1]!.length + m[2]!.length;
  return VAGUE_PROGRESS.test(m[2]!.replace(/\s+/g, ' ')) && SAID_GENERALLY.test(sentence.text.slice(end, end + 60));
}

// A skill's name in quotation marks ("the 'fewer questions' idea", "her 'one thing at a time' rule") is what the client uses, not
// a change in the client: a gain's words inside it name the skill.
const NAMED_SKILL = /["“]([^"”]{1,60})["”]\s+(?:idea|rule|routine|technique|trick|tool|method|approach|exercise|card|plan|list|step|steps|habit|mantra|phrase|question|script|strategy|skill|reminder|motto|line)s?\b/g;

function inSkillName(sentence: Sentence, from: number, to: number): boolean {
  for (const m of sentence.text.matchAll(NAMED_SKILL)) {
    const start = m.index! + 1;
    if (from >= start && to <= start + m[1]!.length) return true;
  }
  return false;
}

// A topic the therapist raised that the client turned away from ("When I raised what finishing might feel like, he went quiet and
// asked about his forms") is mentioned only to say it did not happen: the action's words sit inside the raising clause, and the
// client's deflection follows them: going quiet, changing the subject, a shrugging answer ("it's just another visit"), carrying on
// with something else or looking at the phone.
const RAISED_BEFORE = /\b(?:when|as|after|once|each time|whenever) (?:I|we|T|the therapist|writer) (?:raised|asked(?: about)?|brought up|mentioned|named|invited (?:him|her|them) to (?:talk|think) about|tried to (?:raise|open|talk about|bring up)|wondered(?: aloud)?(?: about)?|turned to)\b[^.;]{0,80}$/i;
const DEFLECTED_AFTER = /^[^.;]{0,60}?\b(?:went quiet|fell silent|go quiet|changed the subject|changed topic|moved (?:on|the conversation)|steered (?:away|back|the conversation)|shrugged|laughed it off|brushed it (?:off|aside)|waved it (?:off|away)|didn't want to|did not want to|would not|wouldn't|declined|deflected|said (?:nothing|little|he didn't know|she didn't know|they didn't know)|(?:then )?asked (?:whether|if|about|me to|for)|(?:said|says)\s*["“]?\s*(?:it's|it is|it was|that's|that is)\s+(?:just|only|no)\s+(?:a thing|another [\w-]+|one of those things|nothing|no big deal|a big deal|whatever|life)|(?:carried on|carries on|went back to|goes back to|kept on|got on) (?:with|sorting|scrolling|looking|playing|reading|tidying)|looked (?:at (?:his|her|their) (?:phone|watch|hands|feet)|away|down|out of the window)|checked (?:his|her|their) (?:phone|watch))\b/i;

function raisedButDeflected(sentence: Sentence, from: number, to: number): boolean {
  return RAISED_BEFORE.test(sentence.text.slice(0, from)) && DEFLECTED_AFTER.test(sentence.text.slice(to));
}

// Ongoing work that a referral or a transfer hands on ("referred to the community team for ongoing work") is further treatment
// elsewhere, not change framed as a practice the client keeps up.
const REFERRED_ON_BEFORE = /\b(?:refer\w*|signpost\w*|transfer\w*|hand(?:ed|ing)? (?:over|on)|step(?:ped)? (?:up|down)|discharged)\b[^.;]{0,50}?\b(?:for|to)\s+$/i;

function referredOn(sentence: Sentence, from: number): boolean {
  return REFERRED_ON_BEFORE.test(sentence.text.slice(0, from));
}

// A hedged change in one area with nothing measured or described ("some improvement in mood", "slight improvement in sleep") is
// a verdict, not a concrete change named.
const HEDGE_BEFORE = /\b(?:some|slight|slightly|mild|mildly|modest|modestly|minor|marginal|marginally|a little|a bit|partial|partially|partly|limited|small|minimal|little)\s+$/i;

function hedgedChange(sentence: Sentence, from: number, to: number): boolean {
  if (!/^improve(?:d|ment|ments)?\b/i.test(sentence.text.slice(from, to))) return false;
  if (!HEDGE_BEFORE.test(sentence.text.slice(0, from))) return false;
  // The rest of the sentence names no number, and its clause says no more than the area ("in mood"; "in mood: 7 h sleep" is concrete).
  const rest = sentence.text.slice(to);
  return !/\d/.test(rest) && (rest.split(/[;:,(]/)[0]!.match(/[\p{L}'-]+/gu) ?? []).length <= 4;
}

// A return still to come, given as the reason the sessions end ("ending agreed because he is going back to work full-time", "we stop
// here as she is returning to college in May"), is the ending's reason, not a change named: the return has not happened yet.
const ENDING_WORD = /\b(?:end\w*|finish\w*|stop\w*|discharg\w*|clos\w*|last session|final session|no (?:more|further) sessions)\b/i;
const RETURN_TO_COME_BEFORE = /\b(?:because|as|since|due to the fact that)\s+(?:she|he|they|the client|cl|clt|pt)\s*(?:is|are|'s|'re|will be|'ll be|will|'ll)\s+(?:(?:going|returning|starting|heading|moving|due|about)\s+)?(?:(?:to|back)\s+)?(?:go\s+|start\s+|return\s+)?(?:back\s+)?$/i;

// A change looked forward to inside a "once" or "when" clause after an expectation ("expects to feel steadier once the season starts and
// she is back on the water every day") has not happened yet.
const STILL_TO_COME_BEFORE = /\b(?:expects?|expected|expecting|hopes?|hoping|plans?|planning|will|'ll|going to|wants?|looks? forward)\b[^.;]*\b(?:once|until|as soon as|by the time|when)\b[^.;:]*$/i;

function returnStillToCome(sentence: Sentence, from: number): boolean {
  const before = sentence.text.slice(0, from);
  const cause = RETURN_TO_COME_BEFORE.exec(before);
  return (cause !== null && ENDING_WORD.test(before.slice(0, cause.index))) || STILL_TO_COME_BEFORE.test(before);
}

// A change in someone else's life, picked up by a pronoun after they are named ("Tom's contract ended in August; he now works for his
// brother", "Her husband lost his job, and he drives a cab now"): the pronoun is not the client's when the note speaks of the client
// by the other pronoun throughout.
const CLAUSE_PRONOUN = /(?:^|[;:,—–]\s*(?:and\s+|but\s+|so\s+)?|\b(?:and|but|so)\s+)(she|he)\s+(?:\w+\s+){0,2}$/i;
const SOMEONE_ELSE_NAMED = new RegExp(String.raw`\b\p{Lu}\p{Ll}+(?:'s|’s)\s|\b(?:her|his|their)\s+(?:${[...OTHER_PEOPLE].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\b`, 'u');
function someoneElsesChange(note: Note, sentence: Sentence, from: number): boolean {
  // The pronoun may open the matched words themselves ("Her husband's firm closed; he listed these himself"), not only precede them.
  const lead = /^(?:she|he)\s+/i.exec(sentence.text.slice(from));
  const before = sentence.text.slice(0, lead ? from + lead[0].length : from);
  const m = CLAUSE_PRONOUN.exec(before);
  if (!m || !SOMEONE_ELSE_NAMED.test(before.slice(0, m.index))) return false;
  const client = clientPronoun(note);
  return client !== null && client !== m[1]!.toLowerCase();
}

// Endings counted over a stretch of the therapist's working week ("I felt drained after this one, the fourth ending this week", "my
// third goodbye today", "so many endings this month") are the therapist's caseload, not what ending this therapy means to the
// client: their words are read as blank. "A second goodbye" with no stretch of time after it may be this ending's meaning.
const COUNTED_ENDINGS = /\b(?:(?:the|a|my|our) )?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|another|one more|yet another|several|many|so many|too many|a lot of|lots of|a run of|a string of|a spate of|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ )?(?:endings?|goodbyes?|closures?|discharges?|terminations?|last sessions?|final sessions?)(?: (?:I(?:'ve| have)? had|in a row))?,? (?:(?:this|that|the same|in (?:a|one|the same)|of the|in two|in three) (?:week|month|day|term|fortnight|morning|afternoon|clinic|list)|today|tonight|in a row|(?:on|from|in) my (?:caseload|list))\b/gi;

function blankCountedEndings(text: string): string {
  return text.replace(COUNTED_ENDINGS, (m) => ' '.repeat(m.length));
}

/** Whether the cue's words overlap an ending counted over the therapist's week. */
function countedEnding(sentence: Sentence, from: number, to: number): boolean {
  for (const m of sentence.text.matchAll(COUNTED_ENDINGS)) if (m.index! < to && from < m.index! + m[0].length) return true;
  return false;
}

// One session picked out by its time or by what happened in it ("talked about the session in March when she walked out", "went over
// the session where he cried") is an episode recalled, not the course of the therapy looked back on together.
const ONE_SESSION_RECALLED = /^\s+(?:in|on|when|where|that|after|before|back in|last|at which|in which)\b/i;

function oneSessionRecalled(sentence: Sentence, to: number): boolean {
  return /\bsession$/i.test(sentence.text.slice(0, to)) && ONE_SESSION_RECALLED.test(sentence.text.slice(to));
}

/** The words of the sentence's clause before `from`. */
function clauseBefore(sentence: Sentence, from: number): string {
  const before = sentence.text.slice(0, from);
  return before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('. ')) + 1);
}

// The action's own words hold their subject ("how much I admired the way she kept going", "how proud we both were"): the person named
// before them as the one told ("Expressed to Lily and her dad how much I admired…") is the listener, not whose pride it is.
function ownSubjectInside(sentence: Sentence, from: number, to: number): boolean {
  return /\b(?:I|we)\b/.test(sentence.text.slice(from, to)) && /^(?:how|what|that)\b/i.test(sentence.text.slice(from, to));
}

// What the ending means asked or wondered about, by the client or aloud in the room ("He wondered aloud whether stopping meant I was
// giving up on him", "asked if finishing means she has to cope alone"): the question is the meaning being explored, not a
// hypothetical.
const WONDERED_BEFORE = /\b(?:wonder(?:ed|s|ing)?(?: aloud)?|asked|asks|asking|questioned|was unsure|puzzled over|voiced (?:a |the )?(?:worry|fear|question))(?: (?:me|us|T))? (?:whether|if)\s+$/i;

function wonderedAbout(sentence: Sentence, from: number): boolean {
  return WONDERED_BEFORE.test(clauseBefore(sentence, from)) && !RAISED_BEFORE.test(sentence.text.slice(0, from));
}

// The client's history named after the action as its reason ("Explored what finishing means for her given her history of abrupt
// losses") is why the action matters, not the action put in the past: only a history trigger after the words puts them there.
function historyAsReason(sentence: Sentence, from: number, to: number): boolean {
  const ctx = contextOf(sentence);
  const covering = ctx.scopes.filter((x) => x.category === 'historical' && from >= x.start && to <= x.end);
  return covering.length > 0 && covering.every((x) => x.triggerStart >= to && /^(?:history|histories|background)\b/i.test(ctx.text.slice(x.triggerStart, x.triggerEnd)));
}

// Not done, in words the classifier does not read as a negation: the action named and then "not addressed" or "not covered"
// ("Use of skills outside the clinic not addressed"), or the client declining it ("declined to talk about future triggers").
const NOT_REACHED_AFTER = /^(?:(?!\b(?:which|that|who|whom|and|but|because|as|when|while|although|though|her|his|their)\b)[^.;,]){0,40}?\b(?:(?:was|were|is|are) )?(?:not|never) (?:yet )?(?:addressed|discussed|covered|explored|reached|raised|reviewed|talked about|got to|gone into|touched on)\b/i;
const DECLINED_BEFORE = /\b(?:declined|refused|did not want|didn't want|was unwilling|wasn't willing|was not willing|chose not|preferred not|would not|wouldn't)(?: to)? (?:talk about|discuss|go into|look at|think about|name|consider|revisit|do|write|make|start|go over|touch on)\b[^.;]{0,30}$/i;

// Put off to a later meeting: "Plan: next (final) session to look back over the work together", "At the closing session I plan to
// tell her…", "Review of gains to be done at the 3-month follow-up". The action has not happened in this one.
const LATER_MEETING = String.raw`(?:(?:next|following|upcoming|remaining|later|another|a further|an extra|extra)(?: \([\w -]+\))? (?:session|appointment|appt|meeting|visit|call)s?|(?:final|closing|last|leaving) (?:session|appointment|meeting)|(?:\d+|one|two|three|six|twelve)[- ](?:week|month)s?(?:'|’)? ?follow-?up|follow-?up (?:session|appointment|appt|review|call|meeting)|review (?:appointment|session))`;
const PUT_OFF_BEFORE = new RegExp(String.raw`\b(?:${LATER_MEETING})\b[^.;,]{0,25}?\b(?:to|we'll|I'll|we will|I will|(?:I|we) plan to|(?:I|we) intend to|planned to|is to|are to)\s+(?:[\w'-]+\s+){0,10}$`, 'i');
// A sentence that opens with the later meeting and what the therapist plans for it ("At the closing session I plan to tell her…").
const LATER_THEN_PLAN = new RegExp(String.raw`^(?:[\w:()-]+\s+){0,3}?(?:at|in|for|during) (?:the|our|her|his|their) ${LATER_MEETING},? (?:I|we) (?:plan|intend|hope|want|am going|are going|will|'ll)\b`, 'i');
const PUT_OFF_AFTER = new RegExp(String.raw`^[^.;]{0,30}?\b(?:to be (?:done|held|covered|completed|revisited|discussed|picked up|written|looked at|had)|(?:is|are|was|were) (?:planned|scheduled|left|saved|kept|booked) for)\b[^.;]{0,20}?\b(?:at|in|during|for|next|the)\b[^.;]{0,15}?\b(?:${LATER_MEETING}|next (?:time|week|month))`, 'i');

function putOffToLater(sentence: Sentence, from: number, to: number): boolean {
  return PUT_OFF_BEFORE.test(sentence.text.slice(0, from)) || PUT_OFF_AFTER.test(sentence.text.slice(to)) || LATER_THEN_PLAN.test(sentence.text.slice(0, to));
}

// Another treatment, or the client's childhood, dates the action ("In his last rehab stay they did a relapse plan", "her CAMHS
// worker telling her she was proud of her, aged 13"): it belongs to that time, not to this ending.
const ELSEWHERE_BEFORE = /\b(?:in|during|at|from|on) (?:(?:her|his|their|a|an|the) )?(?:last|previous|earlier|former|prior|old|first|other) (?:[\w-]+ ){0,2}?(?:rehab|admission|stay|therapy|therapist|counsell?ing|counsell?or|treatment|programme|program|course|hospital|service|placement|worker|psychologist|psychiatrist|CAMHS|unit|clinic)\b[^.;]{0,60}$/i;
const IN_CHILDHOOD = /\b(?:aged|at age|at the age of) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\b|\bas a (?:child|teenager|teen|kid|little girl|little boy|young child)\b/i;

function datedElsewhere(sentence: Sentence, from: number, action: TerminationAction): boolean {
  if (LOOKS_BACK.has(action)) return false;
  return ELSEWHERE_BEFORE.test(sentence.text.slice(0, from)) || IN_CHILDHOOD.test(sentence.text);
}

// "Not only when panic hits", "not just when she's anxious": the moment a skill is used in, set against another, not a setback
// planned for.
const NOT_ONLY_BEFORE = /\bnot (?:only|just|simply|merely) $/i;

// A gain forecast is not a gain named: "gains likely to keep consolidating", "anticipate further reduction in avoidance".
const GAINS_FORECAST_AFTER = /^\s+(?:are |is |were |will be )?(?:(?:very |highly |most )?(?:likely|expected|set|predicted|anticipated|hoped) )?(?:to|will|should|may|might) (?:keep|continue|be (?:maintained|sustained|held)|consolidat\w*|hold|last|generali[sz]e|carry)/i;
const GAINS_FORECAST_BEFORE = /\b(?:anticipat\w+|expect\w*|predict\w*|hop(?:e|es|ed|ing)|foresee\w*|likely|should see|would expect)\s+(?:a |an |some |the )?(?:further|more|continued|ongoing|additional)\s+$/i;

// A parent, carer or teacher giving the report, with the change told after it.
const REPORTED_BY_FAMILY = /\b(?:mum|mom|mummy|dad|daddy|mother|father|parents?|carers?|foster carers?|grandparents?|gran|nan|grandma|grandad|teachers?|the school|school staff)\b[^.;]{0,20}?(?:\b(?:reports?|reported|says|said|notes?|noted|describes?|described|tells|told|confirms?|confirmed)\b|:)/i;

// The course of the therapy retraced or looked back over ("retracing the journey together") is a review, not change called ongoing.
const LOOKED_BACK_OVER = /\b(?:retrac\w+|trac(?:ed|ing)|look(?:ed|ing|s)? back (?:on|over|at)|review\w*|went over|go(?:ing)? over|recap\w*|summari[sz]\w*|mapp(?:ed|ing)|map(?:s)?|walked through|talked through)\s+(?:the |our |her |his |their |this |that )?$/i;

function notTheAction(note: Note, sentence: Sentence, from: number, to: number, action: TerminationAction, experiencer: string): boolean {
  if (NOT_REACHED_AFTER.test(sentence.text.slice(to)) || DECLINED_BEFORE.test(clauseBefore(sentence, from))) return true;
  if (putOffToLater(sentence, from, to) || datedElsewhere(sentence, from, action)) return true;
  if (action === 'future-coping' && NOT_ONLY_BEFORE.test(sentence.text.slice(0, from))) return true;
  if (action === 'gains' && (GAINS_FORECAST_AFTER.test(sentence.text.slice(to)) || GAINS_FORECAST_BEFORE.test(sentence.text.slice(0, from)))) return true;
  // Someone else's change ("Client's sister is sleeping much better"), outside couple or family work; a change a parent, carer or
  // teacher reports ("Mum reports…", "Parents report Oscar has had…", "Dad: gaming down to…") is the child's.
  if (action === 'gains' && experiencer === 'other' && !conjoint(note) && !REPORTED_BY_FAMILY.test(sentence.text.slice(0, from))) return true;
  return action === 'ongoing-growth' && LOOKED_BACK_OVER.test(sentence.text.slice(0, from));
}

// Change framed as something one keeps doing ("framed recovery as something she will keep practising, like a language") is change
// called ongoing, not growth forecast for after the sessions.
const FRAMED_AS_PRACTICE = /\b(?:as|is|was|it's|it is) (?:something|a thing|a skill|a practice|a habit|work|a job) (?:that )?(?:she|he|they|you|I|we|one)(?:'ll|’ll| will| would| has to| have to| needs to| need to| must)? $/i;

// Pride now in something done before ("she is proud she did not give up in March", "Proud he ran 3k last Sunday"): the date is the
// deed's, not the pride's; pride told as then ("was proud of it at the time") is not this ending's.
const PRIDE_TOLD_AS_THEN = /\b(?:was|were|had been|used to be|felt)\s+(?:\w+\s+)?$/i;
const BACK_THEN = /\b(?:at the time|back then)\b/i;

function prideInWhatWasDone(cue: Cue, action: TerminationAction): boolean {
  return action === 'pride' && !PRIDE_TOLD_AS_THEN.test(cue.sentence.text.slice(Math.max(0, cue.from - 25), cue.from)) && !BACK_THEN.test(cue.sentence.text);
}

function present(note: Note, cue: Cue, action: TerminationAction): boolean {
  const x = cue.context;
  if (action === 'post-therapy-growth' && FRAMED_AS_PRACTICE.test(cue.sentence.text.slice(0, cue.from))) return false;
  if (action === 'ongoing-growth' && (FORECAST_BEFORE.test(cue.sentence.text.slice(0, cue.from)) || referredOn(cue.sentence, cue.from))) return false;
  if (action === 'gains' && (wishedFor(cue.sentence, cue.from) || globalVerdict(cue.sentence, cue.from, cue.to) || inSkillName(cue.sentence, cue.from, cue.to) || hedgedChange(cue.sentence, cue.from, cue.to) || returnStillToCome(cue.sentence, cue.from) || someoneElsesChange(note, cue.sentence, cue.from))) return false;
  if (raisedButDeflected(cue.sentence, cue.from, cue.to)) return false;
  if (notTheAction(note, cue.sentence, cue.from, cue.to, action, x.experiencer)) return false;
  if (action === 'mutual-review' && oneSessionRecalled(cue.sentence, cue.to)) return false;
  if (action === 'meaning-of-ending' && countedEnding(cue.sentence, cue.from, cue.to)) return false;
  if (action === 'future-coping' && weatheredBefore(cue.sentence, cue.from)) return false;
  // Looking back is what a review and a list of gains do: their words may sit in the past.
  if (x.negated || (x.temporality === 'historical' && !LOOKS_BACK.has(action) && !prideInWhatWasDone(cue, action) && !historyAsReason(cue.sentence, cue.from, cue.to))) return false;
  // Someone else's pride, or another word sense of ending ("her marriage ending was hard"), is not the action.
  // A coping plan someone else will make later ("his key worker will pick up relapse planning") is not made here.
  // A child's parents knowing the signs to look out for hold the child's coping plan ("Parents know what to look out for").
  const parentsPlan = action === 'future-coping' && namesCarer(clauseBefore(cue.sentence, cue.from));
  if (((action === 'pride' || action === 'future-coping') && x.experiencer === 'other' && !parentsPlan && !ownSubjectInside(cue.sentence, cue.from, cue.to)) || x.sense !== 'default') return false;
  if (cue.sentence.block.kind === 'heading' && !headingWithContent(note, cue)) return false;
  if (x.temporality === 'hypothetical' && !FORWARD.has(action) && !(action === 'meaning-of-ending' && wonderedAbout(cue.sentence, cue.from))) return false;
  if (HANDED_ON.test(cue.sentence.text)) return false;
  return !bareLabel(cue.sentence, cue.to);
}

/** Whether words ending at `to` are a label with nothing written after it ("**Pride:**"). */
function bareLabel(sentence: Sentence, to: number): boolean {
  const label = LEADING_LABEL.exec(sentence.text);
  return label !== null && to <= label[0].length && sentence.text.slice(label[0].length).replace(/[\s*_]/g, '').length < 3;
}

const HANDED_ON = /\b(?:(?:left|deferred|handed (?:over|on)|passed (?:on|over)?)\s+(?:for|to)|(?:(?:is |are )?to be |will be |being |gets? )(?:picked up|taken (?:up|forward|on)|covered|addressed|done|followed up|worked on|looked at|handled|drawn up|written)\s+(?:by|with))\s+(?:the|your|her|his|their)\s+(?:(?:community|mental health|crisis|home treatment|primary care|new|local|practice|ward|school)\s+)?(?:GP|doctor|psychiatrist|team|next (?:therapist|service|clinician)|review|(?:key|support|case|care|housing|outreach|social) (?:worker|manager|coordinator))\b/i;

/**
 * The lenient second look (ending-concepts.ts): the action's core concept named in a sentence of the
 * note, not negated and not under a bare label, withdraws the "missing" finding.
 */
function conceptPresent(note: Note, action: TerminationAction): boolean {
  const concept = ENDING_CONCEPTS[action];
  return note.sentences.some((sentence) => {
    if (sentence.block.kind === 'heading') return false;
    // An ending counted over the therapist's week is read as blank (offsets hold).
    const m = concept.exec(action === 'meaning-of-ending' ? blankCountedEndings(sentence.text) : sentence.text);
    if (!m) return false;
    if (bareLabel(sentence, m.index + m[0].length)) return false;
    // Handed on rather than done ("What to do if the low comes back is left for your GP").
    if (HANDED_ON.test(sentence.text)) return false;
    const end = m.index + m[0].length;
    if (action === 'gains' && (wishedFor(sentence, m.index) || globalVerdict(sentence, m.index, end) || inSkillName(sentence, m.index, end) || hedgedChange(sentence, m.index, end) || returnStillToCome(sentence, m.index) || someoneElsesChange(note, sentence, m.index))) return false;
    if (action === 'ongoing-growth' && (referredOn(sentence, m.index) || FORECAST_BEFORE.test(sentence.text.slice(0, m.index)))) return false;
    if (raisedButDeflected(sentence, m.index, end)) return false;
    if (action === 'mutual-review' && oneSessionRecalled(sentence, end)) return false;
    if (action === 'future-coping' && weatheredBefore(sentence, m.index)) return false;
    const x = classifyInSentence(sentence, m.index, m.index + m[0].length);
    if (notTheAction(note, sentence, m.index, end, action, x.experiencer)) return false;
    if (x.negated || x.sense !== 'default') return false;
    // Someone else's pride or plans are not the client's; a parent's or carer's in family work are.
    if (x.experiencer === 'other' && !carerSpeaks(note, sentence.text.slice(0, m.index)) && !(action === 'future-coping' && namesCarer(clauseBefore(sentence, m.index))) && !ownSubjectInside(sentence, m.index, end)) return false;
    if (x.temporality === 'hypothetical' && !FORWARD.has(action) && !(action === 'meaning-of-ending' && wonderedAbout(sentence, m.index))) return false;
    return !(x.temporality === 'historical' && !LOOKS_BACK.has(action) && !historyAsReason(sentence, m.index, end));
  });
}

export const terminationActions = defineRule({
  meta: {
    id: 'termination-actions',
    category: 'ending',
    defaultSeverity: 'warning',
    appliesTo: ['termination'],
    docs: {
      summary: 'A termination note lacks one of the eight ending actions (one finding per missing action).',
      why:
        'A good ending consolidates the work: looking back together, naming gains, planning for setbacks, carrying skills into life, and saying what the ending means. ' +
        EVIDENCE.ending,
      satisfies:
        'Each of: `mutual-review` (looking back together at how therapy went), `future-coping` (warning signs and what the client will do), `skills-beyond` ' +
        '(skills used in other parts of life), `ongoing-growth` (change as a continuing practice), `post-therapy-growth` (expecting to keep improving after sessions ' +
        'stop), `meaning-of-ending` (what ending this therapy means or feels like), `gains` (concrete changes named: a measure or a count before and after, a run without the problem, back within range, a change a parent reports; not progress said only in general), `pride` (in the progress or the relationship). ' +
        'Each counts in your own words too: a sentence that names the action\'s core idea (a setback plan, skills used at work or at home, pride, ' +
        'what the ending means or feels like, change carrying on after the sessions) is enough. ' +
        'An action mentioned only to say it did not happen is missing; a heading or label with nothing under it does not count. Last, a learned second look (a model trained by `npm run learn` on the project\'s labelled notes, never on the shared corpus) may read it in words no phrase list holds; it only ever withdraws a finding, and the option `learned: false` turns it off.',
      failing: [
        {
          title: 'Gains only',
          note: FRONT('0781') + '# Final session\n\nGains she listed: sleeping 7 hrs, back at choir, PHQ-9 18 → 5.\n\nDischarged.\n',
        },
      ],
      passing: [
        {
          title: 'All eight actions',
          note:
            FRONT('0782') +
            '# Final session\n\nWe looked back over our work together: the sleep window helped most, the worry diary least.\n' +
            'Gains she listed: sleeping 7 hrs, back at choir, PHQ-9 18 → 5.\n' +
            'Relapse plan: early warning signs are lying in past 9 and skipping choir; she will restart the sleep window and call her GP.\n' +
            'She already uses the wind-down routine at work before hard meetings.\n' +
            'She called recovery "a practice, not a finish line," and expects to keep getting better after we stop.\n' +
            'We talked about what ending here means for her: "sad, but ready."\n' +
            'She is proud of how hard she worked, and I told her I am proud of our work.\n',
        },
      ],
    },
    messages: {
      missing: 'This termination note does not record the ending action `{{action}}`.',
    },
    options: z.object({ learned: learnedOption }).strict(),
    fixable: true,
    hasSuggestions: false,
  },
  check({ note, cues, options, report }) {
    for (const action of TERMINATION_ACTIONS) {
      if (cues.of(`termination-action:${action}`).some((cue) => present(note, cue, action)) || conceptPresent(note, action)) continue;
      // Last, the learned second look: the action in words no phrase list holds.
      if (options.learned && note.sentences.some((sentence) => learnedWithdraws(note, cues, sentence, `termination-action:${action}`))) continue;
      const { label, prompt } = ACTIONS[action];
      report({
        messageId: 'missing',
        data: { action },
        span: noteAnchor(note),
        detail: action,
        excerpt: null,
        fixes: [beforePlanFix(note, `Add: ${label}`, `**${escapeSnippet(label)}:** \${1:${escapeSnippet(prompt)}}`)],
      });
    }
  },
});
