import { z } from 'zod';
import { contextOf, type Cue, type Cues } from '../../cues/index.js';
import { learnedFinds, learnedWithdraws } from '../../cues/learned.js';
import { TASK, WEEKDAY } from '../../cues/lexicons/words.js';
import type { Note } from '../../parse/note.js';
import type { Sentence } from '../../parse/sentences.js';
import { ALL_NOTE_TYPES, defineRule } from '../../rule.js';
import { doneBySomeoneElse } from '../language/voice.js';
import { afterBlockFix, EVIDENCE, excerptOf, firstPerLine, inFormulation, inReview, lineOf, planAnchor, sentenceReadByModel, tellsAnEarlierTime } from './shared.js';
import { learnedOption, learnedTasksOption } from './learned-option.js';

// The weeks between sessions are when an agreed task is done or not: "last week", "since our last
// session" date the report, they do not put it in the past of the therapy.
const SINCE_LAST_SESSION = new RegExp(
  String.raw`^(?:last (?:week|wk|session|time|appointment|appt|visit|${WEEKDAY}|weekend)|since (?:our |the )?last (?:session|week|appointment|appt|visit|time)|(?:this|the) past week|(?:a|one) (?:week|wk) ago|(?:in|at) (?:the|our) (?:previous|prior|preceding|last) (?:session|appointment|appt|meeting|visit))$`,
  'i',
);

/** Current, or dated only by the interval since the last session. */
function thisInterval(cue: Cue): boolean {
  if (cue.context.temporality === 'current') return true;
  if (cue.context.temporality !== 'historical') return false;
  const ctx = contextOf(cue.sentence);
  const covering = ctx.scopes.filter((x) => x.category === 'historical' && cue.from >= x.start && cue.to <= x.end);
  return covering.length > 0 && covering.every((x) => SINCE_LAST_SESSION.test(ctx.text.slice(x.triggerStart, x.triggerEnd)));
}

const TASK_WORD = new RegExp(String.raw`\b${TASK}\b`, 'i');
// Phrases that can only be about a task left undone.
/**
 * One finding per missed task: a line soon after that names the same task again restates it ("Mood log not brought, third week."
 * then "Pt non-compliant w/ log."). The same head word with words of one phrase inside the other is the same task ("log", "mood
 * log"); "sleep diary" and "mood diary" are two. Far apart, in a running record, the same task missed again is a new finding.
 */
function oncePerTask(missed: readonly Cue[]): Cue[] {
  const seen: Array<{ words: string[]; index: number }> = [];
  return missed.filter((cue) => {
    const m = TASK_WORD.exec(cue.sentence.text.slice(cue.from, cue.to)) ?? TASK_WORD.exec(cue.sentence.text);
    if (!m) return true;
    const words = m[0].toLowerCase().split(/\s+/);
    const head = words[words.length - 1];
    const within = (w: string[], v: string[]): boolean => w.every((x) => v.includes(x));
    // A generic word ("homework", "tasks") after a named task refers back to it ("He did not fill in the sleep diary…", then "non-compliant
    // with homework" in the Assessment).
    const generic = GENERIC_TASK.test(m[0]);
    const same = seen.some((s) => cue.sentence.index - s.index <= RESTATED_WITHIN && (generic || (s.words[s.words.length - 1] === head && (within(s.words, words) || within(words, s.words)))));
    seen.push({ words, index: cue.sentence.index });
    return !same;
  });
}
const GENERIC_TASK = /^(?:homework|home work|HW|tasks?|assignments?|between[- ]sessions? (?:tasks?|work|assignments?))$/i;
// How many sentences on a task named again is still the same missed task (a note's Assessment restating its Data).
const RESTATED_WITHIN = 15;

const INHERENTLY_ABOUT_TASK = /\b(?:got|gets|get|getting) in the way|\bbarriers?\b|\bobstacles?\b|\bstopped (?:her|him|them)\b|\bmissing[- ]links?\b|\bprevented\b|\bmade it (?:hard|difficult)/i;

// What was agreed, stated in a sentence of its own ("We had agreed she would try…", "His plan from last week was to…", "Agreed task
// from last time was to…").
const AGREEMENT = /\b(?:agreed|committed to|promised)\b|\b(?:plan|task|homework|HW|step|experiment|target) (?:from|for|set) (?:last|the last|this)\b[^.;]{0,40}\bwas to\b|\bsaid (?:she|he|they)(?:'d| would)\b/i;

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const COUNT = /\b(\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:of|out of|\/)\s*(?:the\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;

function mostlyDone(text: string): boolean {
  const m = COUNT.exec(text);
  // "Skipped two of the three walks" counts what was missed, not what was done.
  if (!m || /\b(?:skipped|missed|avoided|dropped|cancelled|canceled|forgot|not)\b/i.test(text.slice(0, m.index))) return false;
  const value = (w: string): number => (/^\d+$/.test(w) ? Number(w) : NUMBER_WORDS.indexOf(w.toLowerCase()));
  const [done, of] = [value(m[1]!), value(m[2]!)];
  return of > 0 && done * 2 >= of;
}

function agreedJustBefore(note: Note, cue: Cue): boolean {
  const before = note.sentences[cue.sentence.index - 1];
  return before !== undefined && before.block.kind !== 'heading' && AGREEMENT.test(before.text);
}

// The reason given is the therapist's own omission ("No pacing diary because I hadn't sent him the sheet", "(my omission)"): the
// task was never put in the client's hands.
const THERAPISTS_OMISSION = /(?:\b(?:because|as|since|so)\s+|[:;–—]\s*|\s-\s+)(?:I|T|the therapist|writer)\s+(?:had(?:n't| not)|did(?:n't| not)|never|forgot to|failed to|neglected to)\s+(?:(?:yet|actually)\s+)?(?:send|sent|give|given|gave|email|emailed|e-mail|e-mailed|post|posted|print|printed|share|shared|upload|uploaded|forward|forwarded|set up|book|booked|explain|explained|hand|handed)\b|\b(?:my|T's|therapist's|writer's) (?:own )?(?:omission|oversight|error|mistake|fault)\b/i;

const NO_TASK_AGREED = /\bby (?:mutual |joint |shared |our |her |his |their )?(?:agreement|consent|choice)\b|\b(?:agreed|decided|chose)(?: together)? (?:not to set|to pause|to hold off|to give (?:it|the tasks?|homework) a rest|on a (?:pause|break))\b|\b(?:none|no (?:task|homework|HW|between-session task)) (?:was |were )?(?:set|agreed|given)\b/i;

const FRONT = (n: string) => `---\ntype: progress\nformat: BIRP\nclient: C-${n}\ndate: 2026-04-05\nsession: 4\n---\n\n`;

const SCREENER = /\b(?:AUDIT(?:-C)?|PHQ-?\d*|GAD-?\d*|EPDS|CORE-?\d*|PCL-?5?|DASS-?\d*|K10|WEMWBS|questionnaires?|screeners?|screening (?:form|tool)s?|intake forms?)\b/;

export const nonadherenceExplored = defineRule({
  meta: {
    id: 'nonadherence-explored',
    category: 'responsiveness',
    defaultSeverity: 'warning',
    appliesTo: ALL_NOTE_TYPES,
    docs: {
      summary: 'An agreed task not done or put off, with neither an exploration of why nor an adjustment.',
      why:
        'An undone task is information: it may not fit, be too big, or carry a worry about the therapist. Asking what got in the way and adjusting the task is ' +
        'responsiveness; reassigning it unchanged invites a rupture. ' +
        EVIDENCE.responsiveness + ' ' + EVIDENCE.reactance,
      satisfies:
        'An exploration of what got in the way (barriers, reasons, worries), or an adjustment of the task (smaller steps, fewer days, a new version), anywhere in the note ' +
        'when it names the task or refers back to it, or just after the line that records it. Problem-solving something else, or a change to medication, is not it. ' +
        'Not non-adherence: homework that was done, history ("earlier in our work she often came without it"; at intake, a task from an earlier therapy), someone else not doing something ' +
        '(a parent\'s no-show, the therapist forgetting a link), the presenting problem (missed school), a task missed, declined or delayed that the sentence does not name as the agreed one ("missed his practice slots at the gym", "declined the homework sheet"; "missed the planned exposure practice" is one). A hypothetical adjustment ("if it feels too much, we\'ll cut it") ' +
        'and reassigning the same task do not count. Before reporting a task, the learned second look reads its sentence and the two after it in its paragraph: ' +
        'one it reads as saying what got in the way or how the task changed, in words no phrase list holds, answers it (option `learned: false` turns this off). The learned second look also counts as a task not done a ' +
        'sentence told with a negation ("never got round to the walks") that it reads as one where no phrase matched, reported only where nothing just after it explores or adjusts; ' +
        'that finding says so (option `learnedTasks: false` turns this off).',
      failing: [
        {
          title: 'Reassigned as it was',
          note:
            FRONT('0731') +
            '## Behavior\n\nThought records not completed this week.\n\n## Intervention\n\nCognitive restructuring in session.\n\n## Response\n\nEngaged.\n\n' +
            '## Plan\n\n- Thought records daily; bring next week.\n',
        },
      ],
      passing: [
        {
          title: 'Explored and adjusted',
          note:
            FRONT('0732') +
            '## Behavior\n\nThought records not completed this week. Asked what got in the way: evenings are chaotic with the twins.\n\n' +
            '## Intervention\n\nWe cut it to one record on two mornings.\n\n## Response\n\nEngaged.\n\n## Plan\n\n- Two morning thought records; bring next week.\n',
        },
      ],
    },
    messages: {
      unexplored: 'An agreed task was not done, and the note neither explores what got in the way nor adjusts the task.',
      unexploredRead:
        'The learned look reads this sentence as an agreed task not done (no listed phrase matched), and nothing near it explores what got in the way or adjusts the task.',
    },
    options: z.object({ learned: learnedOption, learnedTasks: learnedTasksOption }).strict(),
    fixable: true,
    hasSuggestions: false,
  },
  check({ note, cues, options, report }) {
    // An intake is the first meeting: no task has been agreed in this therapy yet, so one not done belongs to an earlier one.
    if (note.type === 'intake') return;
    const missed = cues.of('nonadherence').filter((c) => {
      const x = c.context;
      // A screening questionnaire left blank is a measure not completed, not a therapy task the client agreed to.
      if (SCREENER.test(c.sentence.text.slice(Math.max(0, c.from - 40), c.to))) return false;
      // A formulation describes patterns ("checking and avoiding exercise"). (A risk assessment's "nil plan/intent" is another sense of "plan".)
      if (inFormulation(note, c)) return false;
      // A count of what was done says how much was missed: most of it done ("filled in 6 of 7 days") is the task kept.
      if (mostlyDone(c.sentence.text.slice(c.from, c.to))) return false;
      // A guess is not a record: "likely not followed", "probably not done" says the clinician does not know whether it was done.
      if (HEDGED.test(c.sentence.text.slice(Math.max(0, c.from - 20), c.to))) return false;
      // Not sent or not given by the therapist: the omission is the therapist's, not the client's.
      if (THERAPISTS_OMISSION.test(c.sentence.text.slice(c.to))) return false;
      // No task set this week by agreement ("No between-session task this week, by mutual agreement") is nothing missed.
      if (NO_TASK_AGREED.test(c.sentence.text)) return false;
      // A bare "She didn't." counts after the sentence that states what was agreed.
      if (c.entry?.needsAnchor && !agreedJustBefore(note, c)) return false;
      // The bare form is itself a negation; the rest are read by the classifier.
      // "We had agreed that he would keep the log; not started": the agreement is both of theirs, the task the client's.
      const clients = x.experiencer === 'client' || (x.experiencer === 'dyad' && /^(?:we |we'd |we had )?(?:had )?agreed\b/i.test(c.sentence.text.slice(c.from, c.to)));
      return (c.entry?.needsAnchor || !x.negated) && thisInterval(c) && !x.quoted && clients && x.sense === 'default' && !doneBySomeoneElse(c.sentence, c.to) && !inReview(note, cues, c);
    });
    const read = options.learnedTasks ? tasksReadByModel(note, cues) : [];
    if (missed.length === 0 && read.length === 0) return;
    // An exploration or an adjustment must be about the task: in or just after the sentence that records it, naming a task or referring back
    // to it ("broke it down"), or saying what got in the way. Problem-solving a housing form or a GP lowering a dose is not it.
    const near = (c: Cue): boolean => missed.some((m) => justAfter(m, c.sentence));
    // "Ask what made it hard", beside a withdrawal or a confrontation and far from the task, asks about that moment, not the task.
    // The marker may sit in the sentence just before ("pt changed subject. T named the shift and asked what made it hard"), and a
    // repair step beside the question says the same.
    const aboutRupture = (c: Cue): boolean =>
      !TASK_WORD.test(c.sentence.text) &&
      cues.all.some(
        (o) =>
          ((o.sentence === c.sentence && (o.kind === 'repair-step' || o.kind === 'withdrawal-marker' || o.kind === 'confrontation-marker')) ||
            (o.sentence.index === c.sentence.index - 1 && (o.kind === 'withdrawal-marker' || o.kind === 'confrontation-marker'))),
      );
    const aboutTask = (c: Cue): boolean => {
      const words = c.sentence.text.slice(c.from, Math.min(c.sentence.text.length, c.to + 25));
      if (!near(c) && aboutRupture(c)) return false;
      return near(c) || TASK_WORD.test(c.sentence.text) || INHERENTLY_ABOUT_TASK.test(words) || /\b(?:it|them)\b/i.test(words) || /\b(?:this|that|these|those)\b/i.test(c.sentence.text.slice(c.from, c.to));
    };
    const explored = cues.of('barrier-explored').some((c) => !c.context.negated && !c.context.quoted && c.context.temporality !== 'historical' && aboutTask(c));
    const adjusted = cues.of('task-adjusted').some((c) => !c.context.negated && !c.context.quoted && c.context.temporality === 'current' && c.context.experiencer !== 'other' && aboutTask(c));
    if (explored || adjusted) return;
    const plan = planAnchor(note);
    const reportTask = (cue: Cue, messageId: 'unexplored' | 'unexploredRead'): void =>
      report({
        messageId,
        span: lineOf(note, cue.span.start),
        excerpt: excerptOf(note, [cue]),
        ...(plan ? { related: [{ message: 'An adjusted task can be planned here.', span: plan.span }] } : {}),
        fixes: [afterBlockFix(note, cue.sentence, 'Record what got in the way', 'Explored', 'what got in the way, and how the task was adjusted')],
      });
    // The learned look, asked last: the task's sentence or one of the two after it in its paragraph says what got in the way or how it changed.
    const exploredInWords = (cue: Cue): boolean =>
      options.learned && note.sentences.slice(cue.sentence.index, cue.sentence.index + 3).some((s) => justAfter(cue, s) && learnedWithdraws(note, cues, s, 'nonadherence-explored'));
    for (const cue of oncePerTask(firstPerLine(note, missed))) if (!exploredInWords(cue)) reportTask(cue, 'unexplored');
    // A task only the model read is reported where nothing just after it explores or adjusts: it names no task for the note-wide
    // reading above to refer back to, and it never changes what the phrases' tasks are answered by.
    const reported = new Set(missed.map((m) => note.lines.position(m.span.start).line));
    const answered = [...cues.of('barrier-explored'), ...cues.of('task-adjusted')].filter((c) => !c.context.negated && !c.context.quoted);
    for (const cue of firstPerLine(note, read)) {
      const line = note.lines.position(cue.span.start).line;
      if (!reported.has(line) && !answered.some((c) => justAfter(cue, c.sentence)) && !exploredInWords(cue)) reportTask(cue, 'unexploredRead');
    }
  },
});

// A hedge right before the negation that says the task was not done.
const HEDGED = /\b(?:likely|probably|possibly|presumably|perhaps|maybe)\s+(?:not|never|wasn't|was not|hasn't|has not|didn't|did not)\b/i;

/** Whether a sentence is the task's own or one of the two after it in the same paragraph: where what answers a task needs not name it. */
function justAfter(task: Cue, sentence: Sentence): boolean {
  return sentence.block === task.sentence.block && sentence.index >= task.sentence.index && sentence.index <= task.sentence.index + 2;
}

/**
 * Whether ConText finds a negation in the sentence. A task not done is told with one ("not done", "didn't manage", "never got round
 * to", "forgot to"); on unseen notes the sentences the look read as a task not done without any were mostly about something else.
 */
function toldWithANegation(sentence: Sentence): boolean {
  return contextOf(sentence).scopes.some((scope) => scope.category === 'negated');
}

/**
 * The sentences the learned look reads as an agreed task not done where no phrase of the kind matched (the `learnedTasks` option). Not a
 * sentence with such a phrase, even one the rule set aside (a screener, someone else's task), nor one in the formulation, nor one ConText
 * reads as telling an earlier time: a phrase there would be set aside too. And only one told with a negation.
 */
function tasksReadByModel(note: Note, cues: Cues): Cue[] {
  // The model first: it reads few sentences so, and ConText's reading of every sentence would cost more.
  return note.sentences
    .filter((s) => learnedFinds(note, cues, s, 'nonadherence') && !tellsAnEarlierTime(s) && toldWithANegation(s))
    .map((s) => sentenceReadByModel('nonadherence', s))
    .filter((c) => !inFormulation(note, c));
}
