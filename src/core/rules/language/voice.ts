// Whose words a phrase is, for the language rule: the clinician's own label, or someone else's
// (a quote, a reported view, a third party's act). These are small local checks that the shared
// ConText classifier (src/core/cues) does not make: reported speech and belief ("Mom said she
// used to think he was lazy"), subjects behind prepositions ("angry at her boss, uncooperative"),
// and a negation window so "did not X and refused" still counts the refusal.

import { OTHER_PEOPLE, wordSet } from '../../cues/people.js';
import { contextOf } from '../../cues/index.js';
import { isInsideQuote } from '../../parse/quotes.js';
import type { Sentence } from '../../parse/sentences.js';

export type Subject = 'client' | 'therapist' | 'dyad' | 'other';

const words = wordSet;

const THERAPIST = words("i i'd i've i'm i'll my myself writer therapist clinician counselor counsellor trainee this_writer");
const DYAD = words("we we've we'd we'll we're together");
// With the names services give the client: EE (an employee assistance programme), YP and CYP (young person), SU (service user).
const CLIENT = words("client cl clt pt patient ee yp cyp su she he they her him them his their herself himself themselves member youth adolescent couple both she's he's they're");
const OTHER = new Set([
  ...OTHER_PEOPLE,
  ...words(
    'mommy supervisor principal school prescriber insurer insurance court judge pharmacy agency clinic hospital police officer caseworker ' +
      'lawyer attorney probation company provider team office stepmother stepfather stepmom stepdad guardian carer caregiver others everyone nobody',
  ),
]);
// A word right after one of these is an object, not the one who acts ("angry at her boss").
const PREPOSITIONS = words('at with to for about of from by toward towards against than like without around near after before behind');
const DETERMINERS = words("her his their my our your the a an this that mom's dad's");

// Saying, thinking and feeling verbs: what follows is that person's view, not the clinician's.
const NEW_CLIENT_CLAUSE = /(?:[,;:→>]|\s-\s|\band\b)\s*(?:pt|cl|clt|client|the client|she|he|they)\b/i;
const REPORTING =
  /\b(?:said|says|say|stated|states|state|reports|reported|report|reporting|describes|described|describe|describing|calls|called|call|calling|thinks|thought|think|thinking|believes|believed|believe|feels|felt|feel|worries|worried|fears|feared|complains|complained|complaining|told|tells|tell|accused|accuses|labels|labelled|labeled|considers|considered|sees|saw|views|viewed|admits|admitted|acknowledged|acknowledges|mentioned|mentions|wrote|writes|texted|emailed|joked|jokes|insists|insisted|claims|claimed|argued|argues|blames|blamed|shared|shares|explained|explains|wonders|wondered|asked|asks)\b/gi;
const ATTRIBUTION =
  /\b(?:per|according to|in (?:her|his|their|the client's|cl's|pt's|[a-z]+'s) (?:own )?(?:words|view|eyes|account)|(?:seen|viewed|perceived|labell?ed|judged|regarded|branded|dismissed|treated|written off|thought of) as)\b/i;

// "and" then a verb of being or seeming opening a new predicate, with nothing reported in between.
const NEW_PREDICATE = /^[^"“”.;:]{0,60}?\band (?:then |also |often |again |generally |mostly )?(?:comes? across|came across|seems?|seemed|appears?|appeared|presents?|presented|is|was|were|remains?|remained|looks?|looked|became|becomes?|has been|had been|can be)\b(?:(?!\b(?:that|if|whether)\b)[^"“”])*$/i;

const CONDITIONAL = /\b(?:if|unless|in case|in the event(?: that)?|should (?:she|he|they|cl|pt|client))\b/gi;

const WORD = /[\p{L}\p{N}'’./-]+/gu;

interface WordAt {
  word: string;
  start: number;
  end: number;
}

function wordsIn(text: string, from: number, to: number): WordAt[] {
  const out: WordAt[] = [];
  WORD.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(WORD)) {
    const word = m[0].replace(/^['’]+|['’.]+$/g, '').replace(/’/g, "'");
    if (word) out.push({ word, start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

/** Start of the clause holding `offset`, from the classifier's clauses. */
function clauseStart(sentence: Sentence, offset: number): number {
  const clause = contextOf(sentence).clauses.find((c) => offset >= c.start && offset < c.end);
  return clause ? clause.start : 0;
}

function classifyWord(word: string): Subject | null {
  const lower = word.toLowerCase();
  if (DYAD.has(lower)) return 'dyad';
  if (THERAPIST.has(lower) || word === 'T' || word === 'Th') return 'therapist';
  if (OTHER.has(lower) || OTHER.has(lower.replace(/'s$/, ''))) return 'other';
  if (CLIENT.has(lower)) return 'client';
  return null;
}

// The client's parents and carers, whom a clinician in child and family work describes in the note as the client is described: a
// label the clinician gives them ("Mum was uncooperative about the form", "Dad manipulative re: weighing") is the clinician's own.
const PARENT = words('mother mom mum mommy father dad parent parents carer carers caregiver caregivers guardian stepmother stepfather stepmom stepdad family gran grandma grandmother grandfather grandad grandpa grandparents');

/** Whether the subject of the words at `at` is the client's parent, carer or family. */
export function parentSubjectBefore(sentence: Sentence, at: number): boolean {
  const word = subjectWordBefore(sentence, at);
  return word !== null && PARENT.has(word.toLowerCase().replace(/'s$/, ''));
}

/** Who acts at `at` in a sentence: the nearest subject word before it, skipping quotes and objects of prepositions. */
export function subjectBefore(sentence: Sentence, at: number, from = clauseStart(sentence, at)): Subject {
  const word = subjectWordBefore(sentence, at, from);
  // Notes drop the subject ("Refused the worksheet"): the client is who a note is about.
  return word === null ? 'client' : classifyWord(word)!;
}

/** The nearest subject word before `at`, or null when the sentence names none. */
function subjectWordBefore(sentence: Sentence, at: number, from = clauseStart(sentence, at)): string | null {
  const quotes = contextOf(sentence).quotes;
  for (const start of from > 0 ? [from, 0] : [0]) {
    const list = wordsIn(sentence.text, start, at).filter((w) => !isInsideQuote(quotes, w.start, w.end));
    for (let i = list.length - 1; i >= 0; i--) {
      const kind = classifyWord(list[i]!.word);
      if (!kind) continue;
      const prev = list[i - 1]?.word.toLowerCase();
      const prev2 = list[i - 2]?.word.toLowerCase();
      const isObject = (prev && PREPOSITIONS.has(prev)) || (prev && DETERMINERS.has(prev) && prev2 && PREPOSITIONS.has(prev2));
      if (isObject) continue;
      return list[i]!.word;
    }
    if (start === 0) break;
  }
  return null;
}

/** The label sits in someone else's reported words or view ("Mom said he was lazy", "calls himself lazy"). */
export function isReported(sentence: Sentence, from: number): boolean {
  const text = sentence.text;
  const quotes = contextOf(sentence).quotes;
  // A closed quote before the label ends what was reported ("she said, '…,' and refused").
  let scopeStart = clauseStart(sentence, from);
  for (const q of quotes) if (q.end <= from && q.end > scopeStart) scopeStart = q.end;
  const before = text.slice(scopeStart, from);
  if (ATTRIBUTION.test(before)) return true;
  REPORTING.lastIndex = 0;
  for (const m of before.matchAll(REPORTING)) {
    const verbAt = scopeStart + m.index;
    // A second predicate of the same subject after "and" ("tells the story differently each week and comes across as …", "said little
    // and was …"): the label is said of the client, not inside what was told.
    if (NEW_PREDICATE.test(before.slice(m.index + m[0].length))) continue;
    // A note's subjectless "Asked re …" is the therapist asking; a new clause with the client as its subject then holds the label
    // ("Asked re the incident → pt v. uncooperative"). "Mum said, he is lazy" keeps its speaker.
    if (!/\p{L}/u.test(before.slice(0, m.index)) && NEW_CLIENT_CLAUSE.test(before.slice(m.index + m[0].length))) continue;
    if (subjectBefore(sentence, verbAt, scopeStart) !== 'therapist') return true;
  }
  return false;
}

/** The label sits right before another person ("a manipulative partner"): it describes them, not the client. */
export function describesSomeoneElse(sentence: Sentence, to: number): boolean {
  const next = /^\s+(?:(?:and|or|,)\s*[\p{L}-]+\s+)?([\p{L}'’-]+)/u.exec(sentence.text.slice(to));
  if (!next) return false;
  const word = next[1]!.toLowerCase().replace(/['’]s$/, '');
  return OTHER.has(word) || /^(?:ex-?(?:partner|husband|wife|boyfriend|girlfriend)|partners|husbands|wives|boyfriends|girlfriends|abusers?|perpetrators?|men|women|peers)$/.test(word);
}

const LABEL_OBJECT = /\b(?:re|with|about|over|regarding|towards?|around)\b/i;

/** A label followed by "by her ex" or "from his father" describes what someone else does. */
export function doneBySomeoneElse(sentence: Sentence, to: number, agentOnly = false): boolean {
  const rest = sentence.text.slice(to, to + 60).split(/[.;:!?]/)[0]!;
  // After an active verb "from" names where something came from ("refuses help from his sister"), not who did it.
  const by = (agentOnly ? /\bby\s+(?:(?:her|his|their|the|a|an)\s+)?([\p{L}'’-]+)/u : /\b(?:by|from)\s+(?:(?:her|his|their|the|a|an)\s+)?([\p{L}'’-]+)/u).exec(rest);
  if (!by) return false;
  // The label's own object comes first ("manipulative re sick notes from GP", "non-compliant with the tablets from her GP"): the
  // "from" tells where that object came from, not who did the labelled thing.
  if (LABEL_OBJECT.test(rest.slice(0, by.index))) return false;
  const word = by[1]!.toLowerCase().replace(/['’]s$/, '');
  return OTHER.has(word) || /^ex-?(?:partner|husband|wife|boyfriend|girlfriend)?$|^(?:abusers?|perpetrators?|peers)$/.test(word);
}

// What a label can be said of when it is not a person: an illness, a symptom, a thing.
const CONDITION_SUBJECT =
  /\b(?:depression|anxiety|symptoms?|infections?|ocd|ptsd|insomnia|pain|illness|disorder|condition|mood|bacteria|tumou?rs?|cancer|seizures?|epilepsy|hypertension|it|this|that|building|office|form|policy|application|request|claim)\s+(?:(?:is|was|were|are|has been|have been|remains|remained|appears|appeared|seems|seemed|proved|proving)\s+)?(?:(?:very|quite|highly|somewhat|largely|partially|partly|fairly)\s+)?$/i;

/** The label's subject is an illness or a thing ("depression resistant to two SSRIs"), not the client. */
export function saidOfCondition(sentence: Sentence, from: number): boolean {
  return CONDITION_SUBJECT.test(sentence.text.slice(Math.max(0, from - 60), from));
}

// Adverbs that may sit between the auxiliary and the participle ("was again refused", "has been twice declined").
const PASSIVE_ADVERB = String.raw`(?:again|also|then|later|since|finally|eventually|already|just|once more|once again|recently|twice|repeatedly|promptly|now|still|never|\p{L}+ly)`;
const PASSIVE_BEFORE = new RegExp(String.raw`\b(?:was|were|been|being|is|are|be|get|got|gets|getting)\s+(?:${PASSIVE_ADVERB}\s+){0,2}$`, 'iu');

/** A passive verb ("her application was refused", "the claim was again refused"): someone else did it to the client. */
export function isPassive(sentence: Sentence, from: number): boolean {
  return PASSIVE_BEFORE.test(sentence.text.slice(Math.max(0, from - 40), from));
}

/** Inside an "if …" or "unless …": a contingency, not something that happened. */
export function isConditional(sentence: Sentence, from: number): boolean {
  const start = clauseStart(sentence, from);
  CONDITIONAL.lastIndex = 0;
  return CONDITIONAL.test(sentence.text.slice(start, from));
}

const NOT_A_TASK_DONE = /^(?:not|n't|never)\s+(?:yet\s+|really\s+)?(?:done|completed|attempted|tried|started|finished|returned|brought(?: in)?|practised|practiced|used|filled(?: in)?|kept|logged)\b[^,;]{0,20}[,;]\s/i;

/**
 * Negated by a trigger close enough to govern it: the classifier's negation scope, cut at "and"
 * and limited to six words, as NegEx's window was ("did not finish it and refused" keeps the refusal).
 */
export function isNegated(sentence: Sentence, from: number, to: number): boolean {
  const text = sentence.text;
  for (const scope of contextOf(sentence).scopes) {
    if (scope.category !== 'negated' || from < scope.start || to > scope.end) continue;
    if (from < scope.triggerEnd && to > scope.triggerStart) continue;
    if (scope.triggerEnd <= from) {
      const between = text.slice(scope.triggerEnd, from);
      if (/\band\b|\bbut\b/i.test(between)) continue;
      // "not done, non-compliant again", "HW not completed, Cl resistant": a "not" that follows its task and negates one participle
      // ends at the comma; the label after it is said, not denied.
      if (NOT_A_TASK_DONE.test(text.slice(scope.triggerStart, from))) continue;
      if ((between.match(/\S+/g) ?? []).length > 6) continue;
    }
    return true;
  }
  return false;
}
