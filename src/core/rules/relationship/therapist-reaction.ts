import { z } from 'zod';
import { contextOf, type Cue } from '../../cues/index.js';
import { escapeSnippet, insertFix } from '../../fixes.js';
import { sentencesIn, type Note } from '../../parse/note.js';
import { ALL_NOTE_TYPES, defineRule } from '../../rule.js';
import { aimedElsewhere, EVIDENCE, excerptOf, firstPerLine, lineOf } from './shared.js';

const FRONT = (n: string) => `---\ntype: progress\nformat: DAP\nclient: C-${n}\ndate: 2026-04-09\nsession: 11\n---\n\n`;
// How far a reflection may follow its reaction: the rest of the sentence and the next two sentences of the paragraph.
const REFLECTION_REACH = 2;

function reflectedOn(reaction: Cue, reactions: readonly Cue[], reflections: readonly Cue[]): boolean {
  const from = reaction.sentence.index;
  // A reflection belongs to the nearest reaction before it: another reaction in between takes it,
  // unless that reaction is named inside a reflection ("I recognised this was my anger at the service").
  const namedInReflection = (r: Cue) => reflections.some((x) => x.sentence === r.sentence && x.from < r.from);
  const next = Math.min(...reactions.filter((r) => !namedInReflection(r)).map((r) => r.sentence.index).filter((i) => i > from), from + REFLECTION_REACH + 1);
  return reflections.some((r) => r.sentence.block === reaction.sentence.block && r.sentence.index >= from && r.sentence.index < next);
}

// A note drops the feeler ("Felt intimidated by his size; kept the door open"): it is the therapist when the sentence speaks as
// the therapist ("my", "I put to Tom"), places the feeling in the session ("all session", "through the second half"), or sets it
// off by what the client did in the room ("when she asked for a third extension", "as C. listed the side effects").
const AS_THERAPIST = /\b(?:I|I'd|I'm|my|me|myself|mine)\b/;
const IN_THE_SESSION = /\b(?:all session|the (?:whole |entire )?(?:session|hour|visit|call)|this session|today'?s session|(?:the )?(?:first|second|last) half|throughout|in the room|going in|the end)\b/i;
const THE_CLIENT_DID = /\b(?:when|as|while|once|after) (?:she|he|they|pt|cl|c\.|the client|mum|dad|[A-Z][a-z]+) (?:\w+ )?(?:said|asked|described|told|talked|spoke|arrived|left|walked|cancelled|texted|rang|phoned|started|repeated|listed|insisted|shouted|threw|answered|went on|read|recounted)\b|\b(?:of|by|with|at|towards?) (?:him|them|her(?=\s*(?:[.,;:!?)]|$|\s(?:when|as|while|because|for|and|but|about|during|in|at|after|before|again|today)\b)))\b|\b(?:his|her|their) (?:size|tone|manner|questions|silence|remark|comment|story|account|voice|anger)\b/;

function theTherapistFelt(cue: Cue): boolean {
  // The feeling opens the sentence (the dropped subject belongs to it), and is not aimed at someone else ("Irritated with the GP").
  if (!/^\W*(?:\w+\W+){0,3}$/.test(cue.sentence.text.slice(0, cue.from)) || aimedElsewhere(cue)) return false;
  // Quoted words are someone's speech: their "I" is not the therapist's.
  const text = contextOf(cue.sentence).quotes.reduceRight((t, q) => t.slice(0, q.start) + ' '.repeat(q.end - q.start) + t.slice(q.end), cue.sentence.text);
  return AS_THERAPIST.test(text) || IN_THE_SESSION.test(text) || THE_CLIENT_DID.test(text);
}

// A section of the note given to supervision or reflection ("## Supervision (22/10): we spent most of the hour on my sleepiness and
// boredom") reflects on a reaction it names.
const SUPERVISION_HEADING = /\b(?:supervis\w*|reflect\w*|consult\w*|counter-?transference)\b/i;
const NOT_A_FEELING = new Set(['felt', 'feel', 'feeling', 'found', 'myself', 'quite', 'really', 'rather', 'noticed', 'became', 'increasingly', 'slightly']);

function takenToSupervision(note: Note, reaction: Cue): boolean {
  // The feeling and the words just after it ("felt heavy, bored and very sleepy").
  const stems = (reaction.sentence.text.slice(reaction.from, reaction.to + 40).toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !NOT_A_FEELING.has(w)).map((w) => w.slice(0, 5));
  if (stems.length === 0) return false;
  return note.sections.some(
    (section) =>
      section.kind === 'heading' &&
      section.span.start > reaction.span.start &&
      SUPERVISION_HEADING.test(section.title) &&
      sentencesIn(note, section.contentSpan).some((x) => stems.some((stem) => x.text.toLowerCase().includes(stem))),
  );
}

const POSSESSED = /(?:\b(?:her|his|their|your)|'s|’s)\s+$/i;

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
        'Positive reactions and the client\'s own feelings do not fire.',
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
    options: z.object({}).strict(),
    fixable: true,
    hasSuggestions: false,
  },
  check({ note, cues, report }) {
    const reactions = cues.of('therapist-reaction').filter((c) => {
      const x = c.context;
      // "her frustration with me" is the client's feeling, whoever noticed it.
      if (POSSESSED.test(c.sentence.text.slice(Math.max(0, c.from - 12), c.from))) return false;
      return !x.negated && !x.quoted && x.temporality === 'current' && (x.experiencer === 'therapist' || (!x.subjectExplicit && theTherapistFelt(c)));
    });
    if (reactions.length === 0) return;
    const reflections = cues.of('therapist-reflection').filter((c) => !c.context.negated && !c.context.quoted && c.context.experiencer !== 'other' && c.context.temporality !== 'historical');
    const unreflected = reactions.filter((r) => !reflectedOn(r, reactions, reflections) && !takenToSupervision(note, r));
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
