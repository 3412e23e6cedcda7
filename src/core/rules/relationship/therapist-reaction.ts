import { z } from 'zod';
import { learnedSays } from '../../cues/learned.js';
import type { Cue } from '../../cues/index.js';
import { escapeSnippet, insertFix } from '../../fixes.js';
import { sentencesIn, type Note } from '../../parse/note.js';
import { ALL_NOTE_TYPES, defineRule } from '../../rule.js';
import { aimedElsewhere, EVIDENCE, excerptOf, firstPerLine, lineOf, unquoted } from './shared.js';
import { learnedOption } from './learned-option.js';

const FRONT = (n: string) => `---\ntype: progress\nformat: DAP\nclient: C-${n}\ndate: 2026-04-09\nsession: 11\n---\n\n`;
// How far a reflection may follow its reaction: the rest of the sentence and the next two sentences of the paragraph.
const REFLECTION_REACH = 2;

/**
 * Whether a reaction is reflected on in its own paragraph. A reflection belongs to the nearest reaction before it: another
 * reaction in between takes it, unless that reaction is named inside a reflection ("I recognised this was my anger at the
 * service"). Built once per note, so a running record with thousands of reactions is read in one pass.
 */
function reflectionReader(reactions: readonly Cue[], reflections: readonly Cue[]): (reaction: Cue) => boolean {
  const bySentence = new Map<number, Cue[]>();
  for (const x of reflections) {
    const list = bySentence.get(x.sentence.index);
    if (list) list.push(x);
    else bySentence.set(x.sentence.index, [x]);
  }
  // A reaction named after a reflection began, or as its own first words ("my irritation was partly hers"), is what the
  // reflection is about; it takes nothing from the reaction before it.
  const namedInReflection = (r: Cue) => (bySentence.get(r.sentence.index) ?? []).some((x) => x.sentence === r.sentence && x.from <= r.from);
  // Sentence indexes of the reactions that can take a reflection, ascending.
  const takers = [...new Set(reactions.filter((r) => !namedInReflection(r)).map((r) => r.sentence.index))].sort((a, b) => a - b);
  return (reaction) => {
    const from = reaction.sentence.index;
    let lo = 0;
    let hi = takers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (takers[mid]! > from) hi = mid;
      else lo = mid + 1;
    }
    const next = Math.min(lo < takers.length ? takers[lo]! : Infinity, from + REFLECTION_REACH + 1);
    for (let i = from; i < next; i++) if ((bySentence.get(i) ?? []).some((r) => r.sentence.block === reaction.sentence.block)) return true;
    return false;
  };
}

// A note drops the feeler ("Felt intimidated by his size; kept the door open"): it is the therapist when the sentence speaks as
// the therapist ("my", "I put to Tom"), places the feeling in the session ("all session", "through the second half"), or sets it
// off by what the client did in the room ("when she asked for a third extension", "as C. listed the side effects").
const AS_THERAPIST = /\b(?:I|I'd|I'm|my|me|myself|mine)\b/;
const IN_THE_SESSION = /\b(?:(?:after|before|during|in|through(?:out)?|for the rest of the (?:day|afternoon|morning) after) (?:(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.? )?\p{Lu}\p{Ll}+(?:'s|’s) (?:session|appointment|visit|call|hour|group)|(?:of|after|before|since) (?:(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.? )?\p{Lu}\p{Ll}+ (?:starting|arriving|talking|speaking|beginning|describing|sitting down|coming in|leaving)|all session|the (?:whole |entire )?(?:session|hour|visit|call)|this session|today'?s session|(?:the )?(?:first|second|last) half|throughout|in the room|going in|the end)\b/iu;
const THE_CLIENT_DID = /\b(?:when|as|while|once|after) (?:she|he|they|pt|cl|c\.|the client|mum|dad|[A-Z][a-z]+) (?:\w+ )?(?:said|asked|described|told|talked|spoke|arrived|left|walked|cancelled|texted|rang|phoned|started|repeated|listed|insisted|shouted|threw|answered|went on|read|recounted)\b|\b(?:of|by|with|at|towards?) (?:him|them|her(?=\s*(?:[.,;:!?)]|$|\s(?:when|as|while|because|for|and|but|about|during|in|at|after|before|again|today)\b)))\b|\b(?:his|her|their) (?:size|tone|manner|questions|silence|remark|comment|story|account|voice|anger)\b/;

// "Felt criticised by me", "let down by me": the therapist as the agent of what was felt is not the feeler either.
const AT_ME = /\b(?:at|towards?|against|with|on|by) me\b/gi;

// A subject written as initials or a titled name ("R. was furious with him", "Mr K. got angry") is someone else, not a dropped one;
// so is a capitalised name before a verb ("Dana was furious"), unless it is a sentence-opening adverb ("Later felt drained").
const NAMED_SUBJECT = /^\W*(?:(?:\p{Lu}\.\s?){1,3}|(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?\s+\p{Lu}[\p{L}'-]*\.?|(?!(?:Then|Later|Again|Also|Still|Soon|Today|Yesterday|Tonight|Afterwards|Initially|Eventually|Honestly|Frankly|Really|Admittedly|Privately|Mostly|Often|Sometimes|Increasingly)\b)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+$/u;
const VERB_FIRST = /^(?:was|is|got|gets|became|becomes|grew|grows|felt|feels|seemed|seems|looked|looks|sounded|sounds)\b/i;

function theTherapistFelt(cue: Cue): boolean {
  const before = cue.sentence.text.slice(0, cue.from);
  // The feeling opens the sentence (the dropped subject belongs to it), and is not aimed at someone else ("Irritated with the GP").
  if (!/^\W*(?:\w+\W+){0,3}$/.test(before) || aimedElsewhere(cue)) return false;
  if (NAMED_SUBJECT.test(before) && VERB_FIRST.test(cue.sentence.text.slice(cue.from, cue.to))) return false;
  // Quoted words are someone's speech: their "I" is not the therapist's.
  // "Aimed at me", "angry with me": the therapist as the one the feeling is directed at makes it someone else's feeling.
  const text = unquoted(cue.sentence).replace(AT_ME, ' ');
  return AS_THERAPIST.test(text) || IN_THE_SESSION.test(text) || THE_CLIENT_DID.test(text);
}

// Words only a clinician writes of their own state: an interjection standing as the note's voice ("Ugh."), and the clinical pull
// to rescue or reassure ("Felt a strong pull to reassure her"), which names the therapist's countertransference.
const WRITERS_OWN = /^(?:ugh+|urgh+|argh+|sigh|groan|ffs)\b|^(?:(?:a |the )?(?:strong |powerful )?pull to (?:rescue|reassure|fix|agree|side))/i;

function writersOwn(cue: Cue): boolean {
  return WRITERS_OWN.test(cue.sentence.text.slice(cue.from, cue.to)) && /^\W*(?:(?:felt|feel|noticed|was aware of|had)\s+)?(?:a\s+|the\s+)?$/i.test(cue.sentence.text.slice(0, cue.from).replace(/\b(?:strong|powerful)\s+$/i, ''));
}

// A reaction in an earlier post or placement ("In a previous placement I once felt out of my depth") is not this client's.
const EARLIER_POST = /\b(?:in|at|during|from) (?:a|my|an|the) (?:previous|former|earlier|last|old|first) (?:placement|job|post|role|service|team|clinic|practice|training|rotation)\b|\bonce felt\b/i;

// A "would" inside what the client said he would do ("As he described what he would do to his ex I felt a wave of disgust") is his
// plan, reported: it makes the therapist's "I felt" after it no hypothetical.
function reportedPlanOnly(cue: Cue): boolean {
  const before = cue.sentence.text.slice(0, cue.from);
  return /\bwhat (?:she|he|they) (?:would|'d|might|could|wanted to)\b/i.test(before) && /\bI (?:felt|was|noticed|found|got|became)\s+(?:[\w-]+\s+){0,2}$|\bI $/i.test(before);
}

// A label that names the therapist before the reaction ("Me: drained afterwards", "Therapist's reaction: irritated") says whose it is.
const MINE_LABEL = /^\W*(?:Me|Myself|Self|Note to self|My (?:reaction|response|state|feelings?|process|side)|(?:Therapist|Clinician|Counsell?or|Writer|Practitioner)(?:'s)? (?:reaction|response|state|feelings?|process|note|notes|comment|aside))\s*[:—–-]/;

function labelledMine(cue: Cue): boolean {
  return MINE_LABEL.test(cue.sentence.text.slice(0, cue.to)) && cue.sentence.text.slice(0, cue.from).replace(MINE_LABEL, '').trim() === '';
}

// A reaction named again in a later paragraph that reflects on it or takes it to supervision ("Reflection: my irritation was partly
// the old hurt…", "Bring the boredom to supervision"): the reflection names the reaction's own word, so it is about that reaction and
// no other. It belongs to the nearest reaction before it that bears the word. A reaction to one's own reaction ("irritated with
// myself for being bored") is reflected on with the reaction it is about.
const NOT_A_STEM = new Set(['felt', 'feel', 'feeling', 'found', 'myself', 'quite', 'really', 'rather', 'noticed', 'became', 'increasingly', 'slightly', 'flash', 'surge', 'sense', 'being', 'getting', 'about', 'towards', 'during', 'session']);

function stemsOf(cue: Cue): string[] {
  const own = cue.sentence.text.slice(cue.from, cue.to);
  const about = /^\s*(?:with|at) myself (?:for|about) (?:being|feeling|getting) ([\p{L}-]+)/iu.exec(cue.sentence.text.slice(cue.to));
  const words = [...(own.match(/\p{L}{5,}/gu) ?? []), ...(about ? [about[1]!] : [])];
  return [...new Set(words.map((w) => w.toLowerCase()).filter((w) => !NOT_A_STEM.has(w)).map((w) => w.slice(0, 5)))];
}

function namedInLaterReflection(reactions: readonly Cue[], reflections: readonly Cue[], reaction: Cue): boolean {
  const stems = stemsOf(reaction);
  if (stems.length === 0) return false;
  const names = (text: string) => stems.some((stem) => new RegExp(String.raw`\b${stem}`, 'i').test(text));
  // The next reaction bearing the same word takes the reflections after it.
  const nextSame = reactions.filter((r) => r.sentence.index > reaction.sentence.index && r.sentence.block !== reaction.sentence.block && stemsOf(r).some((s) => stems.includes(s)) && !reflections.some((x) => x.sentence === r.sentence)).map((r) => r.sentence.index);
  const until = nextSame.length ? Math.min(...nextSame) : Infinity;
  return reflections.some((x) => x.sentence.index > reaction.sentence.index && x.sentence.index < until && x.sentence.block !== reaction.sentence.block && names(x.sentence.text));
}

// A supervisor in the client's world ("his supervisor at the depot", "went back over the supervisor's decision"), not the therapist's.
function someoneElsesSupervisor(c: Cue): boolean {
  const text = c.sentence.text;
  if (!/^supervisors?$/i.test(text.slice(c.from, c.to))) return false;
  const before = text.slice(Math.max(0, c.from - 30), c.from);
  if (/\b(?:my|our)\s+(?:[\w-]+\s+)?$/i.test(before)) return false;
  return /\b(?:his|her|their|the client's|client's|[A-Z][\w-]*'s)\s+(?:[\w-]+\s+)?$/.test(before) || /^['’]s\b/.test(text.slice(c.to));
}

// A section of the note given to supervision or reflection ("## Supervision (22/10): we spent most of the hour on my sleepiness and
// boredom") reflects on a reaction it names.
const SUPERVISION_HEADING = /\b(?:supervis\w*|reflect\w*|consult\w*|counter-?transference)\b/i;
const NOT_A_FEELING = new Set(['felt', 'feel', 'feeling', 'found', 'myself', 'quite', 'really', 'rather', 'noticed', 'became', 'increasingly', 'slightly']);

const supervisionByNote = new WeakMap<Note, Array<{ start: number; text: string }>>();

/** The note's Supervision or Reflection sections, in order, each with its text lower-cased: read once per note. */
function supervisionSections(note: Note): Array<{ start: number; text: string }> {
  let list = supervisionByNote.get(note);
  if (!list) {
    list = note.sections
      .filter((section) => section.kind === 'heading' && SUPERVISION_HEADING.test(section.title))
      .map((section) => ({ start: section.span.start, text: sentencesIn(note, section.contentSpan).map((x) => x.text.toLowerCase()).join(' ') }));
    supervisionByNote.set(note, list);
  }
  return list;
}

function takenToSupervision(note: Note, reaction: Cue): boolean {
  // The nearest such section after the reaction (in a running record, the same session's), not every one in the note.
  const section = supervisionSections(note).find((s) => s.start > reaction.span.start);
  if (!section) return false;
  // The feeling and the words just after it ("felt heavy, bored and very sleepy").
  const stems = (reaction.sentence.text.slice(reaction.from, reaction.to + 40).toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !NOT_A_FEELING.has(w)).map((w) => w.slice(0, 5));
  return stems.some((stem) => section.text.includes(stem));
}

// A verb coordinated with the sentence's opening verb shares its dropped subject, the client the note is about ("Gave short
// answers when I asked about the fall and kept looking at the clock"): an "I" inside a "when I asked…" clause or a quotation
// on the way is not its subject. Feeling and noticing verbs that open a sentence are the therapist's own dropped subject.
const OPENS_ON_VERB = /^\W*(?!(?:Felt|Noticed|Found|Caught|Realised|Realized|Struggled|Wondered|Became aware)\b)(?:\p{Lu}\p{Ll}+ed|Gave|Kept|Got|Went|Said|Took|Made|Came|Sat|Spoke|Told|Grew|Began|Ran|Left|Stood|Fell|Held|Shook|Turned|Wrote|Brought|Was|Were)\b/u;
const SUBORDINATE_MINE = /\b(?:when|as|while|after|before|once|until|whenever|because|since|each time|every time) (?:I|we|T)\b[^,;:—–]*/gi;

function sharesDroppedSubject(cue: Cue): boolean {
  const before = unquoted(cue.sentence).slice(0, cue.from);
  if (!OPENS_ON_VERB.test(before) || !/\b(?:and|then)\s*$/i.test(before)) return false;
  return !AS_THERAPIST.test(before.replace(SUBORDINATE_MINE, ' '));
}

const POSSESSED = /(?:\b(?:her|his|their|your)|'s|’s)\s+$/i;
// A feeling aimed at the therapist ("was annoyed with me for a week", "got cross at me") is someone else's, whatever "I" the
// sentence holds before it (a quotation's, a reported "told me I…").
const AIMED_AT_ME_AFTER = /^\s*(?:(?:so|very|really|quite|a bit|a little|properly) )?(?:with|at|towards?|against) me\b/i;
// The same when the cue's own words end on the preposition, or on the preposition and "me" ("the anger at me was about feeling
// interrogated", "frustration towards me came through"): a feeling noun aimed at the therapist is the client's, whoever writes
// about it. "Frustration in me" is the therapist's own.
const ENDS_ON_AIM = /\b(?:with|at|towards?|against)(?:\s+me)?\s*$/i;

function aimedAtMe(cue: Cue): boolean {
  const words = cue.sentence.text.slice(cue.from, cue.to);
  const after = cue.sentence.text.slice(cue.to);
  const aim = ENDS_ON_AIM.exec(words);
  return AIMED_AT_ME_AFTER.test(after) || (aim !== null && (/\bme\s*$/i.test(aim[0]) || /^\s*me\b/i.test(after)));
}

// A reaction told in the writer's own reflexive words ("found myself speaking for her", "caught myself half-listening") is the
// writer's, whoever else the sentence names before them.
function inFirstPerson(cue: Cue): boolean {
  return /\bmyself\b/i.test(cue.sentence.text.slice(cue.from, cue.to));
}

// A feeling named as a noun after "to the", "about the" ("come back to the anger about the break", "talk about the frustration
// with his boss") is a topic of the work, the client's feeling to return to, not the therapist's reaction.
const FEELING_NOUN = /^(?:resentment|irritation|annoyance|frustration|boredom|impatience|dread|anger|exasperation|fatigue|exhaustion)\b/i;
const AS_A_TOPIC = /\b(?:to|about|into|on|around|over|re:?)\s+the\s+$/i;

function feelingAsTopic(cue: Cue): boolean {
  return FEELING_NOUN.test(cue.sentence.text.slice(cue.from, cue.to)) && AS_A_TOPIC.test(cue.sentence.text.slice(Math.max(0, cue.from - 20), cue.from));
}

export const therapistReaction = defineRule({
  meta: {
    id: 'therapist-reaction',
    category: 'emotions',
    defaultSeverity: 'info',
    appliesTo: ALL_NOTE_TYPES,
    docs: {
      summary: 'The therapist records their own negative reaction with no reflection on it or plan to manage it.',
      why:
        'Frustration, irritation, boredom or fatigue toward a client is information about the work, and unexamined it leaks into the session. ' +
        EVIDENCE.countertransference +
        ' Such reflection may properly live in a separately kept psychotherapy note.',
      satisfies:
        'In the same sentence or the next two of the paragraph: a reflection on that reaction (what it may be about, whose it is), taking it to supervision or ' +
        'consultation, or a plan to manage it. Merely noticing the reaction is not a reflection, and supervision about something else does not count. ' +
        'Positive reactions and the client\'s own feelings do not fire. Last, a learned second look (a model trained by `npm run learn` on the project\'s labelled notes, never on the shared corpus) ' +
        'may read the reflection, in the reaction\'s sentence or the next, in words no phrase list holds; it only ever withdraws a finding, and the option `learned: false` turns it off.',
      failing: [
        {
          title: 'Irritation, unexamined',
          note: FRONT('0771') + '## Data\n\nLong account of the week\'s arguments with his brother.\n\n## Assessment\n\nI felt impatient and irritated for most of the hour.\n\n## Plan\n\n- Next session 4/16: conflict map.\n',
        },
      ],
      passing: [
        {
          title: 'Irritation, reflected on and taken to supervision',
          note:
            FRONT('0772') +
            '## Data\n\nLong account of the week\'s arguments with his brother.\n\n## Assessment\n\nI felt irritated for most of the hour. I wonder whether the irritation mirrors how his brother ' +
            'reacts to him; I will take it to supervision on Friday.\n\n## Plan\n\n- Next session 4/16: conflict map.\n',
        },
      ],
    },
    messages: {
      unreflected: 'A negative reaction of the therapist is recorded with no reflection on it or plan to manage it (supervision, consultation, self-reflection).',
    },
    options: z.object({ learned: learnedOption }).strict(),
    fixable: true,
    hasSuggestions: false,
  },
  check({ note, cues, options, report }) {
    const reactions = cues.of('therapist-reaction').filter((c) => {
      const x = c.context;
      // "her frustration with me" is the client's feeling, whoever noticed it.
      if (POSSESSED.test(c.sentence.text.slice(Math.max(0, c.from - 12), c.from))) return false;
      if (sharesDroppedSubject(c)) return false;
      if (aimedAtMe(c)) return false;
      if (EARLIER_POST.test(c.sentence.text.slice(0, c.from))) return false;
      if (feelingAsTopic(c)) return false;
      const current = x.temporality === 'current' || (x.temporality === 'hypothetical' && reportedPlanOnly(c));
      return !x.negated && !x.quoted && current && (x.experiencer === 'therapist' || labelledMine(c) || writersOwn(c) || inFirstPerson(c) || (!x.subjectExplicit && theTherapistFelt(c)));
    });
    if (reactions.length === 0) return;
    const reflections = cues
      .of('therapist-reflection')
      .filter((c) => !c.context.negated && !c.context.quoted && c.context.experiencer !== 'other' && c.context.temporality !== 'historical' && !someoneElsesSupervisor(c));
    const reflectedOn = reflectionReader(reactions, reflections);
    // Last, the learned second look: the reaction's sentence or the next one in its paragraph reflects on it in words no phrase list
    // holds. At the look's own threshold, not the lower bar of the other "missing" findings (learnedWithdraws): a sentence that
    // carries a reaction scores part-way as a reflection whether or not it reflects, and at the lower bar true findings went.
    const reflectedInWords = (r: Cue): boolean =>
      options.learned && note.sentences.slice(r.sentence.index, r.sentence.index + 2).some((s) => s.block === r.sentence.block && learnedSays(note, cues, s, 'therapist-reflection'));
    const unreflected = reactions.filter((r) => !reflectedOn(r) && !takenToSupervision(note, r) && !namedInLaterReflection(reactions, reflections, r) && !reflectedInWords(r));
    for (const cue of firstPerLine(note, unreflected)) {
      report({
        messageId: 'unreflected',
        span: lineOf(note, cue.span.start),
        excerpt: excerptOf(note, [cue]),
        fixes: [
          insertFix(
            'Add a reflection on the reaction',
            cue.sentence.span.end,
            ` Reflection: \${1:${escapeSnippet('what the reaction may say about the work')}}; \${2:${escapeSnippet('plan (supervision, consultation)')}}.`,
          ),
        ],
      });
    }
  },
});
