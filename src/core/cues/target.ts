// Is a marker aimed at the therapist or the therapy, or at someone else (DOMAIN.md (c): "rupture
// markers count only when the client acts toward the therapist or therapy")? First the object of
// the phrase ("angry at her sister", "frustrated with the homework"), then the relational anchors
// of the sentence ("when I asked", "in session", "the exercise"), then third parties and places
// outside the session ("at home", "her manager").

import type { Quote } from '../parse/quotes.js';
import { isInsideQuote } from '../parse/quotes.js';

export type Target = 'therapy' | 'other' | 'unspecified';

// The therapist and the work, as notes name them. `me/my/I/we` count only outside quotes, where
// they are the clinician's; `you/your` inside a client's quote are addressed to the therapist.
const THERAPY_WORDS = new Set(
  ('therapist clinician counselor counsellor writer therapy therapies treatment tx homework hw exercise exercises task tasks ' +
    'exposure exposures erp worksheet worksheets plan approach intervention interventions technique reframe interpretation suggestion ' +
    'suggestions rationale formulation fee fees cancellation cancelled canceled cancelling appointment appointments appt schedule diary log ' +
    'hierarchy imaginal protocol manual chart measure measures srs ors here pace asked asking question questions prompted prompting discussion cr cbt dbt erp emdr ba cpt role-play roleplay debrief skills skill module agenda check-in worksheet').split(' '),
);
// Where the talk happened, not what it was about: they anchor a phrase's own object ("angry about the
// session") but not the sentence ("angry in session about the eviction").
const SETTING_WORDS = new Set(['session', 'sessions', 'hour', 'room', 'today']);
const FIRST_PERSON = new Set(['me', 'my', 'myself', 'i', "i'd", "i'm", "i've", "i'll", 'we', "we're", "we'd", "we've", "we'll", 'us', 'our']);
const SECOND_PERSON = new Set(['you', 'your', "you're", "you've", "you'd", 'yourself']);
const THERAPIST_ABBREVIATIONS = new Set(['T', 'Th']);

const OTHER_PARTY = new Set(
  ('mother mom mum mummy mama father dad daddy papa parent parents stepmother stepfather stepmom stepdad partner husband wife spouse ' +
    'boyfriend girlfriend fiance fiancee ex sister sisters brother brothers sibling siblings son sons daughter daughters child children kid kids baby ' +
    'boss manager managers supervisor coworker coworkers co-worker co-workers colleague colleagues team friend friends roommate roommates ' +
    'flatmate flatmates housemate housemates teacher teachers classmate classmates boys girls peers grandmother grandfather grandma grandpa grandparents aunt uncle ' +
    'cousin doctor gp psychiatrist dietitian dietician nurse landlord neighbor neighbour neighbors neighbours employer family officer police ' +
    'lawyer judge court school college university job work office staff stranger strangers in-laws inlaws someone everyone people member members').split(' '),
);
const OUTSIDE_PLACES = /\b(?:at home|at work|at school|in class|at the office|at the weekend|at weekends|on the weekend|at night|in bed|at dinner|at family)\b/i;

// An object right after the phrase: "at/with/toward … " up to four words or a clause break.
const OBJECT = /^\s*(?:at|with|w\/|@|toward|towards|against|about|re:?|over|by|from)(?![a-z])\s*((?:[^\s,;:.!?()—–]+\s*){1,4})/i;

interface Word {
  text: string;
  lower: string;
  start: number;
  quoted: boolean;
  /** Inside words quoted as someone else's. */
  othersWords: boolean;
}

const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}'’/-]*/gu;

function wordsOf(text: string, from: number, to: number, quotes: readonly Quote[]): Word[] {
  const out: Word[] = [];
  const span = text.slice(from, to);
  const pattern = WORD_PATTERN;
  pattern.lastIndex = 0;
  // An exec loop, as matchAll would run it (no match is empty), without the copy of the expression matchAll makes.
  for (let m = pattern.exec(span); m; m = pattern.exec(span)) {
    const start = from + m.index;
    const raw = m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0];
    const lower = raw.toLowerCase();
    const quoted = isInsideQuote(quotes, start, start + raw.length);
    // Only a quoted "you" asks whose words it is in.
    const quote = quoted && SECOND_PERSON.has(lower) ? quotes.find((q) => start >= q.start && start < q.end) : undefined;
    out.push({ text: raw, lower: lower.endsWith("'s") ? lower.slice(0, -2) : lower, start, quoted, othersWords: quote !== undefined && quotedBySomeoneElse(text, quote) });
  }
  return out;
}

// A sentence's words, once per sentence: its quotes array is made once per sentence analysis.
const sentenceWords = new WeakMap<readonly Quote[], Word[]>();

function allWords(text: string, quotes: readonly Quote[]): Word[] {
  let words = sentenceWords.get(quotes);
  if (!words) {
    words = wordsOf(text, 0, text.length, quotes);
    sentenceWords.set(quotes, words);
  }
  return words;
}

function isTherapyWord(w: Word): boolean {
  return THERAPY_WORDS.has(w.lower) || namesTheTherapist(w) || (!w.quoted && FIRST_PERSON.has(w.lower));
}

// Words quoted as someone else's ("the paediatrician's words ('I'm sorry to tell you')", "her boss said: 'you're late'"): their
// "you" is whoever that person spoke to, not the therapist. Someone else is a relative, a colleague or a professional by title.
const SOMEONE_ELSES_WORDS =
  /\b([\p{L}-]+)(?:'s|’s) (?:words|phrase|comment|line|message|letter|text|e-?mail|note|verdict)\s*[:,]?\s*\(?\s*$|\b([\p{L}-]+) (?:said|says|told (?:her|him|them|us)|wrote|put it)\s*[:,]?\s*$/iu;
const TITLE = /(?:ian|ist|nurse|doctor|consultant|midwife|visitor|worker|officer|manager|teacher|boss|gp|surgeon|registrar)$/i;

const othersByQuote = new WeakMap<Quote, boolean>();

function quotedBySomeoneElse(text: string, quote: Quote): boolean {
  let found = othersByQuote.get(quote);
  if (found === undefined) {
    const m = SOMEONE_ELSES_WORDS.exec(text.slice(Math.max(0, quote.start - 60), quote.start));
    const who = m ? (m[1] ?? m[2])!.toLowerCase() : null;
    othersByQuote.set(quote, (found = who !== null && (OTHER_PARTY.has(who) || TITLE.test(who))));
  }
  return found;
}

// A phrasal "on" with a person as its object says whom it was done to ("went quiet on me", "has gone cold on her since the
// meeting", "walked out on his brother"); "on" before a topic ("quiet on the subject of money") or a thing ("on her phone") does not.
const ON_PERSON = /^\s*on\s+(?:((?:me|us|T|the therapist)(?![\p{L}\p{N}'’]))|(?:her|him|them)(?=\s*(?:$|[,.;:!?()—–]|(?:and|but|since|for|again|after|when|last|this|today|recently|lately|completely|altogether|too)\b))|(?:her|his|their|the)\s+[\p{L}-]+(?=\s*(?:$|[,.;:!?()—–]|(?:and|but|since|for|again|after|when|last|this|today|recently|lately)\b)))/iu;

// Places and institutions among the other parties are not whom a feeling is at ("frustrated with work and the homework").
const NOT_A_PERSON = new Set('school college university job work office court'.split(' '));

function isAPerson(word: string): boolean {
  return (OTHER_PARTY.has(word) && !NOT_A_PERSON.has(word)) || TITLE.test(word);
}

/** The target named right after the phrase ("angry at her sister", "frustrated with the homework"), if any. */
export function objectTarget(text: string, quotes: readonly Quote[], end: number): Target | null {
  const object = OBJECT.exec(text.slice(end));
  if (!object) {
    const on = ON_PERSON.exec(text.slice(end));
    if (on && !isInsideQuote(quotes, end, end + on[0].length)) {
      if (on[1]) return 'therapy';
      // "on her partner": a person; "on her phone", "on the list": a thing, which says nothing about whom.
      const noun = /([\p{L}-]+)$/u.exec(on[0])![1]!.toLowerCase();
      if (/^(?:her|him|them)$/.test(noun) || OTHER_PARTY.has(noun)) return 'other';
    }
    return grievanceClause(text, quotes, end);
  }
  const from = end + object[0].length - object[1]!.length;
  const words = wordsOf(text, from, from + object[1]!.length, quotes);
  // The first the object names decides: the therapist or the work ("angry with me about the form"), or a person, whatever that
  // person then did ("angry at the surgeon for cancelling the date", "with her manager about the session").
  // "About" a person is a topic ("a long story about her roommate's boyfriend"), not whom the feeling is at.
  const topic = /^\s*(?:about|over|re\b)/i.test(object[0]);
  for (const w of words) {
    if (isTherapyWord(w) || SETTING_WORDS.has(w.lower)) return 'therapy';
    if (!topic && !w.quoted && isAPerson(w.lower)) return 'other';
  }
  // "at her", "with his dietitian": someone else. "About the weekend" is a topic, not a target.
  if (words.length > 0 && !topic) return 'other';
  return null;
}

// What a feeling is about, told as a clause ("annoyed that the slot had been moved again", "cross because I was late"): up to the
// clause's end.
const GRIEVANCE_CLAUSE = /^\s*(?:that|because)\s+([^,;:.!?()—–]{1,80})/i;

/**
 * A clause that names the therapist or the therapy's arrangements and nobody else aims the feeling at the therapy; any other
 * clause says nothing about its target (it is not a person the feeling is aimed at).
 */
function grievanceClause(text: string, quotes: readonly Quote[], end: number): Target | null {
  const clause = GRIEVANCE_CLAUSE.exec(text.slice(end));
  if (!clause) return null;
  const from = end + clause[0].length - clause[1]!.length;
  const words = wordsOf(text, from, from + clause[1]!.length, quotes);
  if (words.some((w) => OTHER_PARTY.has(w.lower))) return null;
  return words.some((w) => namesTheTherapist(w) || ARRANGEMENT_WORDS.has(w.lower)) ? 'therapy' : null;
}

// The therapy's arrangements, as a complaint about its parameters names them (3RS). Not the work's own words: "frustrated that the
// plan for weekends keeps slipping" is about the client's week.
const ARRANGEMENT_WORDS = new Set(
  'slot slots session sessions appointment appointments appt fee fees cancellation cancelled canceled rebooked rescheduled waitlist waiting referral'.split(' '),
);

/** The therapist as a person: "I", "me", "T", "you" to the therapist, or by title. */
function namesTheTherapist(w: Word): boolean {
  if (THERAPIST_ABBREVIATIONS.has(w.text.endsWith("'s") ? w.text.slice(0, -2) : w.text)) return true;
  if (['therapist', 'clinician', 'counselor', 'counsellor'].includes(w.lower) || (SECOND_PERSON.has(w.lower) && !w.othersWords)) return true;
  return !w.quoted && FIRST_PERSON.has(w.lower) && !['we', "we're", "we'd", "we've", "we'll", 'us', 'our'].includes(w.lower);
}

/** Whether the sentence names the therapist as a person (I, me, T, the therapist, "you" in a quote), outside the phrase [start, end). */
export function namesTherapist(text: string, quotes: readonly Quote[], start: number, end: number): boolean {
  return allWords(text, quotes).some(
    (w) =>
      (w.start < start || w.start >= end) &&
      (THERAPIST_ABBREVIATIONS.has(w.text.endsWith("'s") ? w.text.slice(0, -2) : w.text) || SECOND_PERSON.has(w.lower) || ['therapist', 'clinician', 'writer', 'counselor', 'counsellor'].includes(w.lower) || (!w.quoted && ['i', 'me', 'my', 'myself', "i'd", "i'm", "i've"].includes(w.lower))),
  );
}

/** Whether the phrase [start, end) itself names the therapist or the therapy ("complained about the homework"). */
export function phraseNamesTherapy(text: string, quotes: readonly Quote[], start: number, end: number): boolean {
  return allWords(text, quotes).some((w) => w.start >= start && w.start < end && isTherapyWord(w));
}

/** Whether the sentence places the behaviour outside the session ("at home", "at work"). */
export function outsideSession(text: string): boolean {
  return OUTSIDE_PLACES.test(text);
}

// The therapist named only to be set aside: "not with me", "not us", "calm with me", "no irritation with me or the sessions".
const DENIED_TARGET =
  /\b(?:not|never|rather than|instead of)\s+(?:at|with|w\/|re:?|toward|towards|twds|about|against|(?:aimed|directed) at)\s+(?:me|T|Th|the therapist|us|therapy|the sessions?|the work)(?![\w'])|\bnot\s+(?:me|us|T|the therapist|therapy|the sessions?|the service|the team)(?![\w'])|\b(?:calm|fine|settled|warm|friendly|pleasant|polite|civil|relaxed|easy|ok|okay|good|gentle)\s+(?:with|towards?)\s+(?:me|us|T|the therapist|writer)(?![\w'])|\bno\s+(?:irritation|anger|frustration|hostility|annoyance|edge|impatience)\s+(?:with|at|towards?|in)\s+(?:me|us|T|the therapist|the room)(?:\s+or\s+(?:the\s+|our\s+)?(?:sessions?|therapy|work))?(?![\w'])/g;

/** What the phrase [start, end) of a sentence is aimed at. */
export function targetOf(text: string, quotes: readonly Quote[], start: number, end: number): Target {
  const object = objectTarget(text, quotes, end);
  if (object) return object;
  const all = allWords(text, quotes);
  // A phrase that names the therapist itself ("each time I tried to bring us back…") is relational.
  if (all.some((w) => w.start >= start && w.start < end && !w.quoted && (FIRST_PERSON.has(w.lower) || THERAPIST_ABBREVIATIONS.has(w.text)))) return 'therapy';
  let words = all.filter((w) => w.start < start || w.start >= end);
  // The therapist named only to be ruled out ("fuming re the rota, not re T", "angry with her boss, not with me") is no target.
  // Every such mention ("not us; no irritation with me or the sessions") is set aside.
  const denied = [...text.matchAll(DENIED_TARGET)].map((m) => [m.index, m.index + m[0].length] as const);
  if (denied.length > 0) {
    words = words.filter((w) => !denied.some(([from, to]) => w.start >= from && w.start < to));
    if (!words.some(isTherapyWord)) return 'other';
  }
  if (words.some(isTherapyWord)) return 'therapy';
  if (words.some((w) => !w.quoted && OTHER_PARTY.has(w.lower)) || OUTSIDE_PLACES.test(text)) return 'other';
  return 'unspecified';
}
