import { z } from 'zod';
import { escapeSnippet, insertFix } from '../../fixes.js';
import { sentencesIn } from '../../parse/note.js';
import type { Sentence } from '../../parse/sentences.js';
import { defineRule } from '../../rule.js';
import { endOfSectionContent, headingLine, planSections } from '../anchors.js';

const WEEKDAY_WORD = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri)(?:day)?s?|saturdays?|sundays?)`;

// A date, a weekday, a clock time, a frequency, a session number or "this week": the step has a when.
const SPECIFIC_WHEN = new RegExp(
  [
    // Not a count of weeks or months as clinicians write them ("2/52", "3/12" is a date, "6/52" is not).
    String.raw`\b(?:[0-2]?\d|3[01])\/(?:[0-2]?\d|3[01])(?:\/\d{2,4})?\b(?!\/)`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b`,
    // The day before the month, as most of the world writes it ("5 May", "21st Sept").
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b`,
    String.raw`\b${WEEKDAY_WORD}\b`,
    // A short weekday with its date ("Sat 10th", "Sun 3"), and a day of the month on its own ("on the 17th").
    String.raw`\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b`,
    String.raw`\b(?:on|by|from|before|until|till) the\s+\d{1,2}(?:st|nd|rd|th)\b`,
    String.raw`\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b`,
    // The day and month with a dot, as much of Europe writes them ("12.03", "12.03.2027"), and the 24-hour clock ("14:00",
    // "9.30", "1400h"). Two digits after the dot, so a dose ("12.5 mg") is not read as a date.
    String.raw`\b(?:[0-2]?\d|3[01])\.\d{2}(?:\.(?:\d{4}|\d{2}))?\b(?!\.?\d|\s*(?:mg|ml|mcg|g|kg|%|points?|pts)\b)`,
    String.raw`\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:h|hrs)\b`,

    String.raw`\b(?:at|by|in) session\s+\d+\b|\bsessions?\s+\d+(?:\s*[-–]\s*\d+)?\b`,
    String.raw`\b(?:this|by the end of the) week\b|\btomorrow\b|\btonight\b|\bbefore next session\b`,
  ].join('|'),
  'i',
);

// How often a task is done: concrete for a task ("walk daily"), not for the work going on ("Continue counselling weekly").
const FREQUENCY = new RegExp(
  [
    String.raw`\b(?:daily|nightly|weekly|every\s+(?:day|night|morning|evening|week)|each\s+(?:day|night|morning|evening)|twice|once a|per (?:day|week)|a day|a week)\b`,
    String.raw`\b(?:\d+|one|two|three|four|five)\s*(?:x|times)\b|\bx\s?\d+\b|\b\d+x\/(?:day|wk|week)\b`,
  ].join('|'),
  'i',
);

// A weekday, or its short form, on its own: the usual day of the work going on.
const WEEKDAY = new RegExp(String.raw`\b(?:${WEEKDAY_WORD}|sat|sun)\b\.?`, 'gi');

// "Next session", "next week", "next appt": a when, but vague on its own for "Continue …".
const NEXT_TIME = /\b(?:next|following|upcoming)\s+(?:session|appt|appointment|visit|time|week|meeting|1:1|one-to-one|individual|group|call|HV|home visit)(?!\w|:\d)|\bnext\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

// A named task: homework labels and verbs that say what will be done.
const TASK = new RegExp(
  [
    String.raw`\b(?:hw|homework|home\s*work|between[- ]session task)\b\s*(?:\([^)]*\))?\s*:`,
    String.raw`^(?:call|phone|ring|email|e-mail|send|write|complete|fill|bring|log|record|track|practi[cs]e|read|listen|schedule|book|refer|request|administer|re-?administer|introduce|start|begin|try|trial|do|go through|review(?!\s+(?:in|at|after|on|as|if|when|prn)\b|\s*[.;]?$)|discuss|ask|check in|open|name|plan|draft|rehearse|role-?play|coordinate|contact|obtain|complete|assign|set up|meet|attend|walk|drive|take|add|use|repeat|revisit|explore|return to|agree|sign|give|teach|teach-back|model|set)\b`,
  ].join('|'),
  'i',
);

// Steps that only say the work goes on: not concrete on their own (corpus README).
const REVIEW_LATER = /^(?:review|reassess|re-?evaluate)(?: (?:progress|goals|the plan|plan))? (?:at|in|after|by) (?:session|week|wk|the next|next|\d)[^.;]*[.;]?$/i;
// "Review next week", "Reassess next session": the same, with the next meeting and nothing after it.
const REVIEW_NEXT = /^(?:review|reassess|re-?evaluate|recheck|check in)(?: (?:progress|goals|the plan|plan|things|how (?:it|things) (?:go|goes|went)))? (?:next|the following|following|at the next) (?:week|wk|session|sess|time|appt|appointment|visit|meeting)[.;!]?$/i;
// "See how she is next time" and "wait and see" name a when but no step.
const ONGOING = /^(?:continue|continuing|cont\.?|maintain|monitor|keep|support|follow(?:ing)? up|f\/u|ongoing|carry on|as needed|prn|reassess|encourage|work on|focus on|address|provide|process|tx as usual|same plan|no change|see how|wait and see)\b/i;

// A run-in label for the clinician's own aside ("Counsellor note: came away drained — third this week", "Reflection: …", "Note to
// self: …") opens what the clinician writes of themself, not a step: it and the rest of its paragraph are no Plan items.
const OWN_NOTE_LABEL =
  /^\W*(?:(?:(?:counsell?or|therapist|clinician|writer|practitioner|worker|personal|process|supervision|reflective|self)(?:'s|’s)?[ -](?:note|notes|comment|comments|reflection|reflections|aside|memo))|note to self|self-reflection|reflection|reflections|countertransference)\s*(?:\*\*|__)?\s*[:—–]/i;

function ownNotesOut(items: Sentence[]): Sentence[] {
  const from = new Map<Sentence['block'], number>();
  for (const s of items) if (!from.has(s.block) && OWN_NOTE_LABEL.test(s.text)) from.set(s.block, s.index);
  return from.size === 0 ? items : items.filter((s) => !(from.has(s.block) && s.index >= from.get(s.block)!));
}

export const planNextStep = defineRule({
  meta: {
    id: 'plan-next-step',
    category: 'template',
    defaultSeverity: 'info',
    appliesTo: ['progress'],
    docs: {
      summary: "A progress note's Plan has no concrete next step.",
      why:
        'The plan is where collaboration becomes action: a step with a when and a what is something client and therapist can check together next time. ' +
        '"Continue current plan" cannot be followed up, and payers read it as the absence of a treatment plan.',
      satisfies:
        'At least one Plan item with a named task and a when: a dated appointment with what will happen, a specific homework ("HW: sleep diary nightly"), ' +
        'or a specific conversation planned for next session. "Continue…", "Monitor." and "Continue to support…" alone are not concrete.',
      failing: [
        {
          title: 'Only "continue" and "monitor"',
          note:
            '---\ntype: progress\nformat: DAP\nclient: C-0601\ndate: 2026-07-01\nsession: 6\n---\n\n## Data\n\nReports a steady week; she rated the session 9/10.\n\n' +
            '## Assessment\n\nStable.\n\n## Plan\n\n- Continue CBT.\n- Monitor mood.\n',
        },
      ],
      passing: [
        {
          title: 'A dated appointment with a task',
          note:
            '---\ntype: progress\nformat: DAP\nclient: C-0602\ndate: 2026-07-02\nsession: 7\n---\n\n## Data\n\nReports a steady week; she rated the session 9/10.\n\n' +
            '## Assessment\n\nStable.\n\n## Plan\n\n- Continue CBT.\n- Next session 7/9: build the relapse-prevention card together.\n',
        },
      ],
    },
    messages: {
      vague: 'The Plan has no concrete next step: add a task with a when (date, session, or frequency).',
    },
    options: z
      .object({
        concretePhrases: z.array(z.string()).default([]).describe('Extra phrases that make a Plan item concrete'),
      })
      .strict(),
    fixable: true,
    hasSuggestions: false,
  },
  check({ note, options, report }) {
    const extra = options.concretePhrases.map((p) => p.toLowerCase());
    for (const plan of planSections(note)) {
      const written = sentencesIn(note, plan.contentSpan).filter((s) => s.block.kind !== 'heading');
      if (written.length === 0) continue; // empty-section says so
      const items = ownNotesOut(written);
      if (items.some((item) => isConcrete(item.text) || extra.some((p) => item.text.toLowerCase().includes(p)))) continue;
      const line = headingLine(note, plan);
      const at = endOfSectionContent(note, plan);
      const bullet = written.every((item) => item.block.listDepth > 0) ? '- ' : '';
      report({
        messageId: 'vague',
        span: line,
        excerpt: null,
        fixes: [
          insertFix(
            'Add a concrete next step',
            at,
            `\n${bullet}Next session \${1:date}: \${2:${escapeSnippet('task, and who does what')}}`,
          ),
        ],
      });
    }
  },
});

/** A step with a when and a what, or a homework, or an action named by its verb. */
export function isConcrete(item: string): boolean {
  // A list marker or its number ("1.", "2)"), not a date's day ("5 May: …").
  const text = item.replace(/^[\s\-*+•]*(?:\d+[.)]\s+)?/, '').trim();
  // "Review at session 6", "Review in 4 weeks": when the work is looked at again, not a step.
  if (REVIEW_LATER.test(text) || REVIEW_NEXT.test(text)) return false;
  // "Continue to attend group Tues": the work going on, on its usual day, is no new step.
  if (ONGOING.test(text) && !SPECIFIC_WHEN.test(text.replace(WEEKDAY, ''))) return false;
  if (SPECIFIC_WHEN.test(text)) return true;
  if (ONGOING.test(text)) return false;
  if (FREQUENCY.test(text)) return true;
  if (TASK.test(text)) return true;
  return NEXT_TIME.test(text) && text.split(/\s+/).length >= 4;
}
