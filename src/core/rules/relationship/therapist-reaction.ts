import { z } from 'zod';
import type { Cue } from '../../cues/index.js';
import { escapeSnippet, insertFix } from '../../fixes.js';
import { ALL_NOTE_TYPES, defineRule } from '../../rule.js';
import { EVIDENCE, excerptOf, firstPerLine, lineOf } from './shared.js';

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
      return !x.negated && !x.quoted && x.temporality === 'current' && x.experiencer === 'therapist';
    });
    if (reactions.length === 0) return;
    const reflections = cues.of('therapist-reflection').filter((c) => !c.context.negated && !c.context.quoted && c.context.experiencer !== 'other' && c.context.temporality !== 'historical');
    const unreflected = reactions.filter((r) => !reflectedOn(r, reactions, reflections));
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
