// A ConText-style classifier (Chapman et al. 2007; Harkema et al. 2009; DOMAIN.md §7): for a
// phrase found in a sentence, is it negated, historical or hypothetical/planned, who does it,
// and is it inside quoted words? Triggers scope forward or backward to the end of the clause; a
// pseudo-trigger ("not only") is skipped; a termination term ("but", ";") ends a scope.
// Compiled once at module load; classify() is linear in the sentence's length.

import { OTHER_PEOPLE, wordSet } from './people.js';
import { findQuotes, isInsideQuote, type Quote } from '../parse/quotes.js';
import { senseOf, type WordSense } from './senses.js';
import { targetOf, type Target } from './target.js';
import { WordStarts } from '../match/word-starts.js';
import { WEEKDAY } from './lexicons/words.js';

export type { Target } from './target.js';
export type { WordSense } from './senses.js';

export type Temporality = 'current' | 'historical' | 'hypothetical';
export type Experiencer = 'client' | 'therapist' | 'dyad' | 'other';

export interface CueContext {
  negated: boolean;
  temporality: Temporality;
  /** Who does what the phrase says: the subject of its clause. */
  experiencer: Experiencer;
  /** Inside quotation marks: someone's own words, not the clinician's. */
  quoted: boolean;
  /** True when a subject word was found; false when the client was assumed (a note's dropped subject). */
  subjectExplicit: boolean;
  /** Whether the phrase is aimed at the therapist or the therapy, or at someone or something else. */
  target: Target;
  /** A word sense that is not a relationship event (alcohol withdrawal, treatment-resistant depression…). */
  sense: WordSense;
}

type Category = 'negated' | 'historical' | 'hypothetical';
type Direction = 'forward' | 'backward' | 'both';

interface Trigger {
  pattern: RegExp;
  /** The pattern without its leading word boundary. */
  source: string;
  category: Category;
  direction: Direction;
  /** Words the scope reaches; default is the whole clause. */
  maxWords?: number;
}

const t = (source: string, category: Category, direction: Direction = 'forward', maxWords?: number): Trigger => ({
  pattern: new RegExp(`\\b(?:${source})\\b`, 'gi'),
  source: `(?:${source})\\b`,
  category,
  direction,
  ...(maxWords ? { maxWords } : {}),
});

// Pre- and post-negation triggers [NEG01b][NSP], with the forms notes use ("didn't", "nil").
const TRIGGERS: Trigger[] = [
  t("no|not|never|without|nor|neither|none|nil|cannot|can't|won't|didn't|doesn't|don't|wasn't|weren't|isn't|aren't|hasn't|haven't|hadn't", 'negated'),
  t('denies|denied|deny|denying|no evidence of|no sign of|no signs of|absence of|free of|negative for|ruled out|rather than|instead of|nothing in the way of|nothing to suggest|no hint of|no trace of|no indication of', 'negated'),
  // Something that did not get done in the session: "ran out of time before…", "never got to…".
  t("forgot to|forgotten to|neglected to|failed to|omitted to|ran out of time|out of time|no time (?:left )?(?:to|for)|(?:didn't|did not|never|couldn't|could not) get (?:round |around )?to|wasn't time|was no time|not enough time (?:to|for)|did not have time|didn't have time", 'negated'),
  t('not noted|not observed|not seen|none noted|not present|absent|ruled out|not evident|not apparent', 'negated', 'backward', 6),
  // Historical: before this session [MSP][CTXD].
  t('history of|h/o|hx of|previously|historically|in the past|used to|years ago|in (?:19|20)\\d\\d|as a (?:child|teen|teenager|kid|student|schoolboy|schoolgirl)|in childhood|in (?:her|his|their) (?:teens|twenties|childhood)|in (?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) grade|in (?:year|yr) \\d{1,2}|(?:at|in) (?:primary|secondary|high|middle|junior|grammar|boarding) school', 'historical', 'both', 8),
  t('(?:in|during) (?:a |her |his |their )?(?:previous|prior|past|earlier|former|last) (?:therapy|therapist|treatment|course|episode|admission)|(?:in|during) (?:her|his|their) first (?:admission|episode|hospitali[sz]ation|inpatient stay)', 'historical', 'both'),
  t('(?:in|during) (?:the|our|her|his|their) (?:first|early|earlier|initial) (?:few |couple of |two |three |four |five |six |\\d+ )?(?:weeks?|months?|sessions?|phase|stage|year)(?! back| since| after| following| of the new)|early (?:on )?in (?:therapy|treatment|our work|the work)|at the (?:start|beginning) of (?:therapy|treatment|our work)|when we (?:first )?(?:started|began)(?= ?(?:[.,;)]|$|(?:therapy|treatment|working together|our work|the work|sessions|seeing each other|to meet|meeting)\b))|last (?:session|sess|week|month|year|time|term|semester|visit|appointment|appt)|in (?:our |the )?(?:sessions?|sess) (?:#|no\\.? ?)?\\d+|(?:in|during|at|since) (?:s|sess|wk|week) ?#?\\d+(?! (?:of|out of)\\b)|(?:weeks|months|years) ago|(?:since|at) intake', 'historical', 'both', 6),
  // What the client recalls ("reminded me that in our first month she told me…") happened then, not today.
  t('reminded (?:me|us|T) (?:that|how|of)|looking back (?:on|at|over)', 'historical', 'forward', 14),
  // A past session recalled by its number or its place in the work ("She remembered session 4, when she told me…", "recalled our
  // first session"): what happened in it is not today's.
  t('(?:remembered|recalled|remembers|recalls|remembering|recalling|thought back to|brought up|mentioned) (?:our |the |that )?(?:sessions? (?:#|no\\.? ?)?\\d+|(?:first|second|third|fourth|fifth|earlier|last|previous|early) sessions?)', 'historical', 'forward', 14),
  // What the client remembers doing ("she remembers going silent for whole sessions") was then.
  t('(?:remembered|recalled|remembers|recalls|remembering|recalling) (?=[a-z]+ing\\b)', 'historical', 'forward', 10),
  // Another session or a time between sessions, told by how long ago or by its place ("two sessions ago", "a week ago", "in the
  // previous session", "in our first meeting", "the session before last", "when she first came", "earlier this year"). Not "over
  // the summer" or "before the break": as often what is expected after the ending as what has been. Not "our first session back"
  // or "when he first arrived for the session today": today's.
  t('(?:a|an|one|two|three|four|five|six|several|a few|a couple of|couple of|\\d+) (?:sessions?|appointments?|appts?|meetings?|visits?) (?:ago|back)|(?:a|one) (?:week|wk|month|year|fortnight) ago|a fortnight ago|(?:weeks|months|years) back|(?:in|during|at) (?:the|our|a|an|her|his|their|that) (?:previous|prior|preceding|earlier|last|first|initial) (?:sessions?|sess|appointments?|appts?|meetings?|visits?|calls?|reviews?|groups?)(?! back| since| after| following| of the new)|the (?:session|appointment|week|meeting|visit) before last|when (?:she|he|they|pt|cl|clt|client|the client) first (?:came|started|arrived|attended|began|joined|presented|was referred|were referred|met (?:me|us))(?! in\\b| into\\b| back\\b|(?: \\w+){0,5} today\\b)|earlier (?:this|that|in the) (?:year|month|term|semester|spring|summer|autumn|fall|winter)|last (?:' + WEEKDAY + '|weekend)', 'historical', 'both', 8),
  t('(?:the|those) (?:first|early|earlier|initial) (?:few )?(?:weeks|months|sessions)|earlier in (?:(?:our|the|her|his|their) )?(?:work|therapy|treatment|calls|sessions|visits|meetings|course|programme|program|contact)(?![\\w-])|back then|at the time|(?:back )?in (?:the )?(?:spring|summer|autumn|fall|winter)|last (?:spring|summer|autumn|fall|winter)|in (?:January|February|March|April|June|July|August|September|October|November|December)|as a (?:child|teenager|teen)|growing up', 'historical', 'both', 6),
  // Earlier meetings named in the plural with no determiner ("In earlier sessions she went quiet when…", "during previous
  // appointments"): those sessions, not today's.
  t('(?:in|during|at) (?:previous|prior|preceding|earlier|past|early|former) (?:sessions|sess|appointments|appts|meetings|visits|calls|reviews|groups|weeks|months)(?! back| since| after| following)', 'historical', 'both', 8),
  // Today set against an earlier meeting ("Unlike in session 1, when she sat silent…", "more open than at our first meeting, when
  // she sat with her coat on…", "Compared with our first session, when he walked out…"): what the comparison tells is that meeting.
  t('(?:unlike|than|compared (?:with|to)|in contrast to|as opposed to) (?:in |at |during )?(?:(?:our|the|her|his|their|that) )?(?:(?:first|last|previous|earlier|early|initial|opening|\\d+(?:st|nd|rd|th)) (?:sessions?|sess|meetings?|appointments?|appts?|visits?|calls?)|(?:session|sess|s|wk|week) ?#?\\d+)', 'historical', 'forward', 14),
  // A field that holds the history ("Psych hx: …", "Previous therapy: …", "Prior help: …"): its label speaks for what follows.
  t('(?:psych(?:iatric)? |past |previous |prior |forensic |medical |family |social |treatment |therapy )?(?:hx|history)(?= ?:)|(?:previous|prior|past|former|earlier) (?:therapy|therapies|treatment|treatments|counsell?ing|help|contact|input|support|services?|engagement|episodes?|admissions?|care)(?= ?:)', 'historical', 'forward'),
  // Another service's story reaches further: "the last counsellor 'didn't have a clue' and he walked out of that service".
  t('(?:her|his|their|a|the|that) (?:previous|prior|former|old|last|first|other|school|guidance|college|university|student|bereavement|grief|hospice|hospital|couples?|marriage|family|addiction|drug|alcohol|private|EAP|employee assistance|GP practice|practice) (?:therapist|therapy|counsell?or|counsell?ing|clinician|psychologist|psychiatrist|treatment|service|team|clinic|program|programme|group)', 'historical', 'both', 14),
  // Hypothetical and planned: not (yet) happening [MSP].
  t('if|unless|in case|in the event|whether|should (?:she|he|they|client|cl|pt)|were (?:she|he|they) to', 'hypothetical', 'forward'),
  t("will|won't|would|could|might|may|plan to|plans to|planning to|planned|going to|intend to|intends to|aim to|consider|watch for|monitor for|risk of|likely to|next (?:session|time|week|appointment|appt)|going forward|in future|in the future|warning signs?|early (?:warning )?signs?|red flags?|signs? of (?:a |an )?(?:slide|relapse|setback|dip|lapse|slip)|relapse (?:warning )?(?:signs?|signals?|indicators?|signature)|(?:signs?|things) to (?:watch|look out) for|(?:she|he|they)'d(?= (?:go|get|become|turn|shut|walk|storm|sit|stay|fall))", 'hypothetical', 'forward'),
];

// Phrases that contain a trigger word without triggering [NEG01b][NSP]. A date that belongs to a noun ("the scan results due next
// week") does not make the sentence a plan, nor the session a task was set in ("agreed at s2") the sentence history.
const PSEUDO = /\b(?:(?:from|since|assigned|set|agreed|given|started|planned) last (?:week|wk|session|sess|time|appt|appointment|visit)|(?:assigned|set|agreed|given|started|planned) (?:at|in) (?:s|sess|session|wk|week) ?#?\d+|(?:due|booked|scheduled|expected|coming up) (?:for )?next (?:week|wk|month|time|session|appointment|appt)|no(?=\s*[,!](?:\s*no\b)?)|last (?:week|session)'s|not only|not necessarily|no change in|no longer (?:needs?|requires?)|not certain whether|not sure (?:if|whether)|(?:don't|do not|didn't|did not|doesn't|does not) (?:know|see|understand|get) why|no doubt|without (?:prompting|being asked|hesitation)|if only|as if|even if|what if|may (?:be|have been) (?:because|due)|will(?:ing|ingness|ingly)|may(?:be)?\b(?= (?:she|he|they) was))\b/gi;

// The triggers and the pseudo-triggers open on a word: a sentence without one of their first words skips them.
if (!PSEUDO.source.startsWith('\\b') || PSEUDO.flags.includes('u')) throw new Error('PSEUDO must open on \\b, without the u flag');
const PSEUDO_INDEX = TRIGGERS.length;
const TRIGGER_STARTS = new WordStarts([...TRIGGERS.map((trigger) => trigger.source), PSEUDO.source.slice(2)]);

/** The word-led patterns analyseSentence may skip, and the filter that decides (for tests). */
export const WORD_LED_PATTERNS = { patterns: [...TRIGGERS.map((trigger) => trigger.pattern), PSEUDO] as readonly RegExp[], starts: TRIGGER_STARTS };

// A scope ends at these (NegEx's termination terms; clause punctuation in notes).
// A comma before a new speaker's words ("When I asked whether…, she said …") ends the clause too, as does a comma before
// a new clause spoken to the therapist ("I'm not your puppet, you keep arranging me") or opening on a question word or "this is"
// ("you're not a urologist, what would you know", "I don't want the hierarchy today, this is a waste of time"), and a bracketed
// aside with its own subject ("without 'blowing up' (he set this at session 2)"). So does the comma after "rather than …",
// and a new speech act joined by "and" ("he asked whether I had ever … and said …": the question's "whether" does not reach
// what he said).
// A comma or "and" before the therapist's next step ("I agreed I don't know the street, apologised for rushing", "clarified it
// was not and thanked her") ends it too: the negation was the first step's.
// The comma after "rather than …" is read before the look-behind that checks what precedes it: a look-behind first would
// run at every character of every sentence (the same matches, a tenth of the time).
const TERMINATORS = /\b(?:but|however|although|though|(?<!\b(?:not|never|nor) |n't )yet|except|aside from|apart from|whereas|while|then|which|who|until|after which|and then)\b|[;:—–]|\s\((?=(?:she|he|they|pt|cl|clt|client|the client|I|we|T)\s)|\s-\s|,\s(?:and|so)\s|,(?=\s(?:she|he|they|I|we|pt|cl|clt|the client)\s(?:\w+ly\s)?(?:said|says|replied|answered|responded|told|laughed|smiled|shrugged|insisted|asked)\b)|,(?=\s(?:you|you're|you've|you'd|you'll)\s)|,(?=\s(?:what|how|why|who)\s)|,(?=\s(?:this|that|it)(?:\s(?:is|was|has been|feels|felt)|'s)\s)|,(?<=\b(?:rather than|instead of)\s[^,;.]{1,40},)|\s(?=and (?:then )?(?:said|says|told (?:me|us)|added|replied|insisted|complained|snapped|muttered)\b)|(?:,|\s(?=and\s))(?=\s(?:and\s)?(?:apologi[sz]ed|acknowledged|named|validated|offered|asked|invited|explained|clarified|thanked|agreed|checked)\b)/gi;
// A sentence inside quoted words ends a clause too ("I still cannot drive alone. When does it start to work?"): the splitter keeps
// a quotation whole, but a negation in its first sentence does not reach into the next. Not after a title or an initial ("Ms. M.").
const SENTENCE_END_INSIDE = /(?<!\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|vs|etc|approx|[A-Za-z]))[.!?](?=\s+["“‘']?[A-Z])/g;

// Who a clause is about, by the nearest subject word before the phrase. "T"/"Th" only in capitals.
const words = wordSet;
const THERAPIST = words("i i've i'd i'm i'll myself writer therapist clinician counselor counsellor trainee");
const THERAPIST_ABBREVIATIONS = words('T Th');
const DYAD = words("we we've we'd we'll we're us our together");
const OTHER = new Set([...OTHER_PEOPLE, ...words('dietitian dietician classmates peers mum-to-be')]);
// Subjects only: object and possessive pronouns (her, him, his) name the client without making
// the client the one who acts ("When I asked her…").
const CLIENT = words("client cl clt clts pt ct patient group members she he they she's he's they're she'd he'd they'd she'll he'll they'll member youth yth yp adolescent couple");

interface Clause {
  start: number;
  end: number;
}

/**
 * The next match of a global, non-unicode regular expression after `previous`, as `matchAll` would
 * give it (an empty match moves on one character), without the copy of the expression `matchAll` makes.
 */
function nextMatch(pattern: RegExp, text: string, previous: RegExpExecArray): RegExpExecArray | null {
  if (previous[0].length === 0) pattern.lastIndex++;
  return pattern.exec(text);
}

function clauses(text: string): Clause[] {
  const cuts = [0];
  TERMINATORS.lastIndex = 0;
  // An opening "When I asked about his brother six years ago," clause ends at its comma: its time, its negation are its own.
  const opening = OPENING_CLAUSE_WITH_COMMA.exec(text);
  const comma = opening ? opening[0].length - 1 : -1;
  const marks: Array<[number, number]> = [];
  for (let m = TERMINATORS.exec(text); m; m = nextMatch(TERMINATORS, text, m)) marks.push([m.index, m.index + m[0].length]);
  SENTENCE_END_INSIDE.lastIndex = 0;
  for (let m = SENTENCE_END_INSIDE.exec(text); m; m = SENTENCE_END_INSIDE.exec(text)) marks.push([m.index, m.index + 1]);
  marks.sort((a, b) => a[0] - b[0]);
  for (const [start, end] of marks) {
    // The terminators hold no full stop, so the two kinds of cut never overlap; if one ever did, the later one is dropped.
    if (start < cuts[cuts.length - 1]!) continue;
    if (comma >= 0 && start > comma && cuts[cuts.length - 1]! <= comma) cuts.push(comma, comma + 1);
    cuts.push(start, end);
  }
  if (comma >= 0 && cuts[cuts.length - 1]! <= comma) cuts.push(comma, comma + 1);
  cuts.push(text.length);
  const out: Clause[] = [];
  for (let i = 0; i < cuts.length; i += 2) if (cuts[i + 1]! > cuts[i]!) out.push({ start: cuts[i]!, end: cuts[i + 1]! });
  return out;
}

function clauseAt(all: Clause[], offset: number): Clause {
  return all.find((c) => offset >= c.start && offset < c.end) ?? { start: 0, end: Number.MAX_SAFE_INTEGER };
}

/** The offset just past the n-th word after `from`. */
const NON_SPACE_RUN = /\S+/g;

function afterWords(text: string, from: number, n: number): number {
  const re = NON_SPACE_RUN;
  re.lastIndex = from;
  let end = from;
  for (let i = 0; i < n; i++) {
    const m = re.exec(text);
    if (!m) return text.length;
    end = m.index + m[0].length;
  }
  return end;
}

/** The offset of the n-th word before `to`. */
function beforeWords(text: string, to: number, n: number): number {
  // Counted back from `to`: the start of the n-th run of non-space before it, or 0 when there are no more than n runs.
  let at = Math.min(to, text.length);
  let found = 0;
  while (at > 0) {
    while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
    if (at === 0) break;
    while (at > 0 && !isSpace(text.charCodeAt(at - 1))) at--;
    if (++found === n) {
      // Only if another run lies before this one.
      let before = at;
      while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
      return before > 0 ? at : 0;
    }
  }
  return 0;
}

/** Whether a code unit is one `\s` matches. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Everything classify() needs about one sentence, computed once and reused for each phrase in it. */
export interface SentenceContext {
  text: string;
  quotes: Quote[];
  clauses: Clause[];
  scopes: Array<{ category: Category; start: number; end: number; triggerStart: number; triggerEnd: number }>;
  /** The note is written to the client: an unquoted "you" is the client. */
  youIsClient: boolean;
}

// A class, not an object literal with getters: V8 stores an accessor's getter in the object's map, so a
// literal whose getters are new closures on every call takes a new map each time, and what those
// closures hold (the sentence's analysis) then outlives every young-generation GC until a full one.
class SentenceAnalysis implements SentenceContext {
  readonly quotes: Quote[];
  readonly youIsClient: boolean;
  // The clauses and the trigger scopes are read on first use: many callers want only the quotes.
  private allClauses: Clause[] | undefined;
  private triggerScopes: SentenceContext['scopes'] | undefined;

  constructor(readonly text: string, youIsClient: boolean) {
    this.quotes = findQuotes(text);
    this.youIsClient = youIsClient;
  }

  get clauses(): Clause[] {
    this.allClauses ??= clauses(this.text);
    return this.allClauses;
  }

  get scopes(): SentenceContext['scopes'] {
    this.triggerScopes ??= scopesOf(this.text, this.quotes, this.clauses);
    return this.triggerScopes;
  }
}

export function analyseSentence(text: string, options: { youIsClient?: boolean } = {}): SentenceContext {
  return new SentenceAnalysis(text, options.youIsClient === true);
}

// "and" opening a clause with the client as its subject and a verb of its own, not an auxiliary that a negation of its own may follow.
const NEW_SUBJECT_CLAUSE = /\sand (?:she|he|they|pt|cl|clt|the client) (?:\w+ly )?(?!(?:did|does|do|was|is|were|are|had|has|could|would|will|can|may|might|should|not|never)\b)[a-z]+\b/gi;

function scopesOf(text: string, quotes: Quote[], all: Clause[]): SentenceContext['scopes'] {
  const pseudo: Array<[number, number]> = [];
  TRIGGER_STARTS.read(text);
  PSEUDO.lastIndex = 0;
  if (TRIGGER_STARTS.mayMatch(PSEUDO_INDEX)) for (let m = PSEUDO.exec(text); m; m = nextMatch(PSEUDO, text, m)) pseudo.push([m.index, m.index + m[0].length]);
  const scopes: SentenceContext['scopes'] = [];
  for (let k = 0; k < TRIGGERS.length; k++) {
    if (!TRIGGER_STARTS.mayMatch(k)) continue;
    const trigger = TRIGGERS[k]!;
    const pattern = trigger.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = nextMatch(pattern, text, m)) {
      const start = m.index;
      const end = start + m[0].length;
      if (pseudo.some(([a, b]) => start >= a && end <= b)) continue;
      // A date that follows the event it dates ("asked about the stillbirth in 2023", "since her divorce last spring") dates
      // that event, not the clause around it: what the client did when it came up is still today's.
      if (trigger.category === 'historical' && DATES_AN_EVENT.test(text.slice(Math.max(0, start - 50), start))) continue;
      // A trigger inside quoted words scopes only within the quote ("I'm not going to do it").
      const clause = clauseAt(all, start);
      const quote = quotes.find((q) => start >= q.start && end <= q.end);
      // Inside parentheses a trigger speaks only for the aside ("ORS 22 (19 last session)").
      const aside = parenthesisAround(text, start, end);
      const limitStart = Math.max(quote ? Math.max(clause.start, quote.start) : clause.start, aside ? aside[0] : 0);
      const limitEnd = Math.min(quote ? Math.min(clause.end, quote.end) : clause.end, aside ? aside[1] : text.length);
      // A trigger with a word limit (ConText's max_scope) reaches only that many words either way.
      // A time phrase that opens its clause ("Last month she told me …") dates the whole clause.
      const fronted = trigger.category === 'historical' && /^[\s\-*•>(]*$/.test(text.slice(limitStart, start));
      let forwardEnd = trigger.maxWords && !fronted ? Math.min(limitEnd, afterWords(text, end, trigger.maxWords)) : limitEnd;
      // Opening the sentence ("In session 1 Rubén called him a liar; Mateo walked out"), it dates the clauses joined to it by
      // semicolons too, up to one that names the present ("; today he stayed", "; she said today was…").
      if (fronted && limitStart === 0 && !quote && !aside) forwardEnd = Math.max(forwardEnd, sentenceTimeEnd(text, end));
      // A trigger in a label ("Signs of a slide he named: …", "History: …") speaks for the list the label heads.
      if (!quote && /^[^.;:!?,]{0,40}:/.test(text.slice(end)) && /^[\s\-*•>(]*(?:\S+\s+){0,2}$/.test(text.slice(limitStart, start))) {
        forwardEnd = Math.max(forwardEnd, aside ? aside[1] : text.length);
      }
      // A trigger inside an opening "When …," clause ("When I read out the item about something awful that might happen, she
      // went quiet") stays inside it: its comma ends the scope.
      if (OPENING_CLAUSE.test(text.slice(limitStart, start))) {
        const comma = text.indexOf(',', end);
        if (comma >= 0 && comma < forwardEnd) forwardEnd = comma;
      }
      // A negation does not reach a clause joined by "and" with a subject of its own ("said therapy never did anything and she
      // only came because the court made her"): that clause says what she did. A time or a condition does reach it ("If he feels
      // rushed and he goes quiet"), so only negation stops there.
      if (trigger.category === 'negated') {
        NEW_SUBJECT_CLAUSE.lastIndex = end;
        const joined = NEW_SUBJECT_CLAUSE.exec(text);
        if (joined && joined.index < forwardEnd) forwardEnd = joined.index;
      }
      const backwardStart = trigger.maxWords ? Math.max(limitStart, beforeWords(text, start, trigger.maxWords)) : limitStart;
      if (trigger.direction !== 'backward') scopes.push({ category: trigger.category, start: end, end: forwardEnd, triggerStart: start, triggerEnd: end });
      if (trigger.direction !== 'forward') scopes.push({ category: trigger.category, start: backwardStart, end: start, triggerStart: start, triggerEnd: end });
    }
  }
  // A time word inside a plan looks ahead, not back ("plans to join a club in the spring"): a
  // historical trigger within a hypothetical scope does not make its words historical.
  const ahead = scopes.filter((x) => x.category === 'hypothetical');
  return scopes.filter((x) => x.category !== 'historical' || !ahead.some((h) => x.triggerStart >= h.start && x.triggerEnd <= h.end));
}

const NOW_AFTER_SEMICOLON = /;[^;]{0,60}?\b(?:today|now|this (?:session|week|time|morning|afternoon|evening)|since then|these days|currently|at present|nowadays|in (?:this|today's) session)\b/i;

/** Where a sentence-opening time phrase stops dating: the sentence's end, or a semicolon that names the present. */
function sentenceTimeEnd(text: string, from: number): number {
  const now = NOW_AFTER_SEMICOLON.exec(text.slice(from));
  return now ? from + now.index : text.length;
}

/** The bounds of the parenthesis [start, end) sits in, if any. */
function parenthesisAround(text: string, start: number, end: number): [number, number] | null {
  const open = text.lastIndexOf('(', start);
  if (open < 0 || text.lastIndexOf(')', start) > open) return null;
  const close = text.indexOf(')', end);
  return close < 0 ? null : [open + 1, close];
}

/** An opening "When I asked about X," clause with its comma: it names the topic and who asked, not who answered. */
// A time word may come first ("Today when I asked about…,", "Later, when…").
export const OPENING_CLAUSE_WITH_COMMA = /^[\s\-*•>(]*(?:(?:today|later|then|again|earlier|once more|at one point|midway|mid-session),?\s+)?(?:when|whenever|as soon as|after|once|while|each time|every time)\b[^,;]*,/i;
const OPENING_CLAUSE = /^[\s\-*•>(]*(?:(?:today|later|then|again|earlier|once more|at one point|midway|mid-session),?\s+)?(?:when|whenever|as soon as|as|after|once|while|each time|every time)\b[^,;]*$/i;
const DATES_AN_EVENT = /\b(?:about|regarding|re:?|of|after|since|following|before)\s+(?:(?:the|her|his|their|a|an|that)\s+)?(?:[\w'-]+\s+){1,3}$/i;

function inScope(ctx: SentenceContext, category: Category, start: number, end: number): boolean {
  // Words inside a quotation are someone's own words: a negation outside it ("does not want to do 'stupid worksheets'") does not unsay them.
  const quote = category === 'negated' ? ctx.quotes.find((q) => start >= q.start && end <= q.end) : undefined;
  return ctx.scopes.some(
    (s) =>
      s.category === category &&
      start >= s.start &&
      end <= s.end &&
      !(start < s.triggerEnd && end > s.triggerStart) &&
      (!quote || (s.triggerStart >= quote.start && s.triggerEnd <= quote.end)),
  );
}

// Words that sit between a subject and its verb ("she then went quiet", "M. also said").
const ADVERBS = new Set(['also', 'then', 'later', 'again', 'repeatedly', 'quickly', 'initially', 'eventually', 'finally', 'briefly', 'just', 'only', 'still', 'often', 'immediately', 'suddenly', 'visibly', 'openly', 'clearly', 'quietly', 'abruptly', 'sharply', 'gradually', 'mostly', 'largely', 'herself', 'himself', 'themselves']);
// A capitalised name ("Maria"), an initial ("M"), or a client abbreviation not in the word lists ("Clt").
const NAME_LIKE = /^(?:[A-Z][a-z]+|[A-Z]|[A-Z]{2,3}|Clt|Clts)$/;

const YOU = words("you you're you've you'd you'll");
const PREPOSITIONS = words('of with to for from by at about towards toward around among between without');
// Words after which "it" opens a clause as its subject ("… and it felt like a test").
// Nouns a clause without "that" often describes ("the things I proposed", "every question we asked").
const RELATIVE_HEAD = /^(?:things?|everything|anything|something|nothing|ideas?|suggestions?|questions?|exercises?|tasks?|plans?|ways?|ones?|points?|steps?|options?|words?|what|whatever|all)$/i;
const CLAUSE_OPENERS = words('and but so then when whenever as because that if while though although since until or');

// "Priya and I agreed", "she and I went through it", "Pt and T agreed": the client with the therapist, as "we" is. Not someone
// else with the therapist ("Mum and I", "her GP and I", "Dr Shah and I", "her sister Jo and I").
const NOT_THE_CLIENT_BEFORE_NAME = words('her his my their your our dr doctor prof nurse');
function clientAndI(before: string, youIsClient: boolean): boolean {
  const tail = /([\p{L}'’-]+\s+)?([\p{L}'’-]+)\s+and\s+$/u.exec(before);
  if (!tail) return false;
  const [, earlier, named] = tail;
  const who = subjectWord(named!, youIsClient);
  if (who === 'client') return !/^(?:they|they're|they'd|they'll|group|members?)$/i.test(named!);
  if (who || !NAME_LIKE.test(named!) || NOT_THE_CLIENT_BEFORE_NAME.has(named!.toLowerCase())) return false;
  const previous = earlier?.trim().toLowerCase();
  return !previous || !(NOT_THE_CLIENT_BEFORE_NAME.has(previous) || OTHER.has(previous));
}

function subjectWord(raw: string, youIsClient = false): Experiencer | null {
  // The replacements only where they change something (most words have no quote mark and no full stop).
  let word = raw;
  if (word.includes("'")) word = word.replace(/^'+|'+$/g, '');
  if (word.includes('’')) word = word.replace(/’/g, "'");
  let lower = word.toLowerCase();
  if (lower.endsWith('.')) lower = lower.slice(0, -1);
  if (youIsClient && YOU.has(lower)) return 'client';
  if (DYAD.has(lower)) return 'dyad';
  // "it was angry", "it felt like a fight": a thing, not a person, is the subject.
  if (OTHER.has(lower) || lower === 'it') return 'other';
  if (THERAPIST.has(lower) || THERAPIST_ABBREVIATIONS.has(word)) return 'therapist';
  if (CLIENT.has(lower)) return 'client';
  return null;
}

const REPORTED_QUESTION = /(?<=\b(?:asked|asks|asking|wondered|wanted to know|demanded to know|queried|questioned)\s+(?:me\s+|us\s+)?)(?:whether|if|why|how|what|when)\b[^;]*?(?=\s(?:and|then)\s)/gi;

// Runs of letters, apostrophes, slashes and hyphens (never empty).
const SUBJECT_CANDIDATE = /[\p{L}'’/-]+/gu;

function subjectBefore(ctx: SentenceContext, from: number, start: number, coordinated: boolean, ownerFirst = false): Experiencer | null {
  // A parenthetical aside ("Pt (44, ward manager) did not…") holds no subject.
  // Nor does a subordinate clause set off by commas ("He opened by saying, before I'd asked anything, that …"): its subject is its own.
  const before = ctx.text
    .slice(from, start)
    .replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length))
    .replace(/,\s*(?:before|after|when|whenever|while|as soon as|once|until|although|though|because|since)\b[^,.;]*,/gi, (m) => ' '.repeat(m.length))
    // Nor does a question reported after "asked" ("he asked whether I had ever worked nights and said…"): the verb after it is
    // the asker's.
    .replace(REPORTED_QUESTION, (m) => ' '.repeat(m.length));
  const found: RegExpExecArray[] = [];
  const wordPattern = SUBJECT_CANDIDATE;
  wordPattern.lastIndex = 0;
  for (let m = wordPattern.exec(before); m; m = wordPattern.exec(before)) found.push(m);
  found.reverse();
  let adjacent = true;
  for (const [i, w] of found.entries()) {
    if (isInsideQuote(ctx.quotes, w.index + from, w.index + from + w[0].length)) continue;
    if (adjacent && ADVERBS.has(w[0].toLowerCase())) continue;
    // "it" after a verb is its object ("He gave it a thumbs-down, then said…"), not the subject of what follows.
    if (w[0].toLowerCase() === 'it' && found[i + 1] && !CLAUSE_OPENERS.has(found[i + 1]![0].toLowerCase())) {
      adjacent = false;
      continue;
    }
    // "his answers got very short": the owner of what the phrase is about does it. "Her" may be an object instead ("gave her
    // feedback", "told her 'you never listen'"): it owns the phrase only where a clause or sentence starts with it.
    if (adjacent && ownerFirst && (/^(?:his|their)$/i.test(w[0]) || (/^her$/i.test(w[0]) && (!found[i + 1] || CLAUSE_OPENERS.has(found[i + 1]![0].toLowerCase()))))) return 'client';
    // "Our" and "us" are never the subject ("for the first part of our session, answered …"): whoever acts is named elsewhere.
    if (/^(?:our|us)$/i.test(w[0])) {
      adjacent = false;
      continue;
    }
    const who = subjectWord(w[0], ctx.youIsClient);
    // The therapist in a clause that describes a noun ("each of the things I proposed", "the exercise we chose") is that clause's
    // subject: the main verb's comes before the noun. ("The plan she …" is left alone: with no comma after an opening clause it is
    // as often the main subject.)
    const previous = found[i + 1];
    if ((who === 'therapist' || who === 'dyad') && previous && RELATIVE_HEAD.test(previous[0]) && /^\s+$/.test(before.slice(previous.index + previous[0].length, w.index))) {
      adjacent = false;
      continue;
    }
    // A name or an initial right before the phrase is its subject ("Maria went quiet", "M. snapped", "Clt said"): a person the note is about.
    // But a name set off by commas after someone else names that person ("her ex, Jo, went quiet", "his boss, Mr K, shouted").
    if (adjacent && !who && NAME_LIKE.test(w[0]) && w.index + from > 0) {
      const named = found[i + 1];
      const appositive = named && OTHER.has(named[0].toLowerCase()) && /^\s*,\s*$/.test(before.slice(named.index + named[0].length, w.index)) && /^\s*,/.test(before.slice(w.index + w[0].length));
      return appositive ? 'other' : 'client';
    }
    adjacent = false;
    // Someone named after a preposition is an object, not who acts ("in front of two section colleagues", "with her mother").
    if (who === 'other' && [found[i + 1], found[i + 2], found[i + 3]].some((p) => p && PREPOSITIONS.has(p[0].toLowerCase()))) continue;
    // So is "T" right after one ("twds T", "w/ T", "to T"): the therapist as the object of what the client did.
    if (who === 'therapist' && /^Th?$/.test(w[0]) && found[i + 1] && (PREPOSITIONS.has(found[i + 1]![0].toLowerCase()) || /^(?:twds|tw|w|re)$/i.test(found[i + 1]![0]))) continue;
    // A coordinated verb shares the main subject; third parties on the way are objects ("… when her father came up and asked").
    if (who === 'other' && coordinated) continue;
    if (who === 'therapist' && /^(?:[iI]|T|Th)$/.test(w[0]) && clientAndI(before.slice(0, w.index), ctx.youIsClient)) return 'dyad';
    if (who) return who;
  }
  return null;
}

// The note's own reflexive, right after the phrase or within its few words ('with myself', 'at myself').
const REFLEXIVE_WRITER = /^[^.;:!?"“”]{0,40}?\b(?:with|at|toward|towards|for)\s+myself\b/i;

// The body as the subject of a feeling ("my stomach sank"): the writer's own reaction.
const MY_BODY = /^my\s+(?:heart|stomach|gut|chest|throat|jaw|shoulders?|hands?|face|mind|head|attention|breath|breathing|skin|neck)\s+(?:sank|sinks|tightened|tightens|churned|churns|turned|turns|knotted|dropped|drops|raced|races|pounded|thumped|clenched|went|goes|wandered|wanders|drifted|drifts|flushed|tensed|tingled|froze|caught)\b/i;

/** Who does the phrase at [start, end): its own first word if that is a subject, else the nearest subject before it. */
export function subjectOf(ctx: SentenceContext, start: number, end = start): { experiencer: Experiencer; explicit: boolean } {
  const own = /^[\p{L}'’]+/u.exec(ctx.text.slice(start, end));
  const ownSubject = own ? subjectWord(own[0], ctx.youIsClient) : null;
  if (ownSubject && own && /^(?:i|i'm|i've|i'd|i'll|we|t|writer|therapist|clinician|she|he|they|cl|pt|client)$/i.test(own[0].replace(/’/g, "'"))) {
    if (ownSubject === 'therapist' && /^i$/i.test(own[0]) && clientAndI(ctx.text.slice(0, start), ctx.youIsClient)) return { experiencer: 'dyad', explicit: true };
    return { experiencer: ownSubject, explicit: true };
  }
  // A phrase that opens on the note's own "my" and a body part or the mind that reacts ("My heart sank", "my stomach tightened") is
  // the therapist's own reaction. ("My boredom", a reaction named, is read as before: it is often the reflection on it.)
  if (own && /^my$/i.test(own[0]) && MY_BODY.test(ctx.text.slice(start, end + 20)) && !isInsideQuote(ctx.quotes, start, start + own[0].length)) {
    return { experiencer: 'therapist', explicit: true };
  }
  const clause = clauseAt(ctx.clauses, start);
  // A verb coordinated with an earlier one ("I named the shift … and asked …") shares its subject.
  // A clause cut at ", and" ("she laughed …, and moved on") shares the subject too.
  const coordinated =
    /(?:^|\s)(?:and|then|&)\s*$/i.test(ctx.text.slice(clause.start, start)) ||
    (/^\s*$/.test(ctx.text.slice(clause.start, start)) && /,\s(?:and|so)\s$/i.test(ctx.text.slice(0, clause.start)));
  // Look back within the clause, and if it has no subject, into the sentence before it, but not into an opening "When I asked…,"
  // clause: its subject asked; the main clause is about whoever answered.
  const opening = OPENING_CLAUSE_WITH_COMMA.exec(ctx.text);
  const sentenceStart = opening && start >= opening[0].length ? opening[0].length : 0;
  // A phrase that opens on a noun outside quotation marks ("answers got very short") may belong to the possessive before it.
  const ownerFirst = own !== null && !ownSubject && !isInsideQuote(ctx.quotes, start, start + own[0].length) && !YOU.has(own[0].toLowerCase());
  for (const from of [Math.max(clause.start, sentenceStart), sentenceStart]) {
    const who = subjectBefore(ctx, from, start, coordinated, ownerFirst);
    if (who) return { experiencer: who, explicit: true };
  }
  // A dropped subject that a reflexive "myself" binds in its clause is the writer ("Frustrated with myself for rushing it",
  // "Annoyed at myself afterwards"): outside quotation marks "myself" is only ever the note's own "I".
  const reflexive = REFLEXIVE_WRITER.exec(ctx.text.slice(start, Math.max(end, clause.end)));
  if (reflexive && !isInsideQuote(ctx.quotes, start + reflexive.index, start + reflexive.index + reflexive[0].length)) return { experiencer: 'therapist', explicit: true };
  // Notes drop the subject ("Went quiet when asked…"): the client is who a note is about.
  return { experiencer: 'client', explicit: false };
}

/** Who the clause containing [start, end) is about, read from the nearest subject before it. */
export function experiencerOf(ctx: SentenceContext, start: number): Experiencer {
  return subjectOf(ctx, start).experiencer;
}

// A comma written inside the closing quotation mark ("…about me," and says she…) ends its clause as the same comma outside the
// mark does (", and" among the TERMINATORS): a negation before it does not reach past it ("not to be 'managed,' and that she
// wasn't doing the chart"). Every cue's negation is read so; the shared clauses (who acts, when) are not cut there, because
// every rule's findings rest on them. The sentence is read again with each such comma moved outside its
// mark: moving it also ends the quotation before the comma, which a cut in clauses() alone would not (same length, so
// offsets hold).
const COMMA_INSIDE_CLOSING_QUOTE = /([,;])(["”’'])(?=\s(?:and|so)\s)/g;

// The sentence read with its quoted commas moved, once per sentence: every negated cue in it asks.
const commaMovedReading = new WeakMap<SentenceContext, SentenceContext>();

/** Whether [start, end) is negated when a comma inside a closing quotation mark ends its clause ("instead of …," and …). */
function negatedWithQuotedCommaEndingClause(ctx: SentenceContext, start: number, end: number): boolean {
  let reading = commaMovedReading.get(ctx);
  if (!reading) {
    const moved = ctx.text.replace(COMMA_INSIDE_CLOSING_QUOTE, '$2$1');
    commaMovedReading.set(ctx, (reading = moved === ctx.text ? ctx : analyseSentence(moved, { youIsClient: ctx.youIsClient })));
  }
  return inScope(reading, 'negated', start, end);
}

/**
 * A cue's context. Its target is read on first use: rules ask it of about one classified cue in six,
 * and it is the costliest part to read (every word of the sentence). A class, not an object literal
 * with a getter, for the reason given at SentenceAnalysis.
 */
class Classification implements CueContext {
  readonly negated: boolean;
  readonly temporality: Temporality;
  readonly experiencer: Experiencer;
  readonly quoted: boolean;
  readonly subjectExplicit: boolean;
  readonly sense: WordSense;
  private aimedAt: Target | undefined;

  constructor(
    private readonly ctx: SentenceContext,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.temporality = inScope(ctx, 'hypothetical', start, end) ? 'hypothetical' : inScope(ctx, 'historical', start, end) ? 'historical' : 'current';
    const subject = subjectOf(ctx, start, end);
    // Only a sentence whose plain reading negates the cue is read again.
    this.negated = inScope(ctx, 'negated', start, end) && negatedWithQuotedCommaEndingClause(ctx, start, end);
    this.experiencer = subject.experiencer;
    this.quoted = isInsideQuote(ctx.quotes, start, end);
    this.subjectExplicit = subject.explicit;
    this.sense = senseOf(ctx.text, start, end);
  }

  get target(): Target {
    this.aimedAt ??= targetOf(this.ctx.text, this.ctx.quotes, this.start, this.end);
    return this.aimedAt;
  }
}

export function classify(ctx: SentenceContext, start: number, end: number): CueContext {
  return new Classification(ctx, start, end);
}
