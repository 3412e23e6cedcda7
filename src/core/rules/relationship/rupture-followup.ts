import { z } from 'zod';
import { learnedWithdraws } from '../../cues/learned.js';
import type { Cue, Cues } from '../../cues/index.js';
import { escapeSnippet } from '../../fixes.js';
import { isInSection, type Note } from '../../parse/note.js';
import { ALL_NOTE_TYPES, defineRule } from '../../rule.js';
import { headingLine, noteAnchor, planSections } from '../anchors.js';
import { planComesBack } from './comes-back.js';
import { aboutTheRelationship, aimedElsewhere, currentRuptures, EVIDENCE, exchangeWords, inPlan, lineOf, momentWords, planItemFix, repairSteps } from './shared.js';
import { learnedMarkersOption, learnedOption } from './learned-option.js';

const FRONT = (n: string) => `---\ntype: progress\nformat: DAP\nclient: C-${n}\ndate: 2026-04-04\nsession: 6\n---\n\n`;

/** The content words of every current rupture: its phrase, quoted words and what it was over, and the client's words when it was answered. */
function wordsOfRuptures(note: Note, cues: Cues, ruptures: readonly Cue[]): Set<string> {
  return new Set(ruptures.flatMap((r) => [...momentWords(r, note), ...exchangeWords(note, cues, r)]));
}

export const ruptureFollowup = defineRule({
  meta: {
    id: 'rupture-followup',
    category: 'rupture',
    defaultSeverity: 'info',
    appliesTo: ALL_NOTE_TYPES,
    docs: {
      summary: 'A rupture is recorded but the Plan does not come back to it.',
      why:
        'Experts rate validating and exploring a rupture in the session as most effective, and linking it to patterns as effective in later sessions ' +
        '(Eubanks, Burckell & Goldfried 2018): a rupture, even one repaired today, deserves a check-in next time. ' +
        EVIDENCE.rupture,
      satisfies:
        'A Plan item that checks back on the moment: asking how it felt or how it sits now, how the work together is going, whether the pace is right, ' +
        'or a planned repair conversation, in any words: a Plan sentence that plans to come back to something (check in, ask, revisit, make room to hear) and names ' +
        'the relationship or the moment (us, the sessions, how last session sat, his doubts about the work, today\'s silence, "the hood-up moment", that you raised something too soon; noticing it with the client counts too). Checking in with someone else ("check in with the support worker about the claim") is not coming back to it. One finding per note, on the Plan heading, however many markers. Last, a learned second look (a model trained by `npm run learn` on the project\'s labelled notes, never on the shared corpus) may read it in words no phrase list holds; it only ever withdraws a finding, and the option `learned: false` turns it off. The learned look also counts as a rupture a sentence it reads as a withdrawal or a confrontation where no phrase matched (option `learnedMarkers: false` turns this off).',
      failing: [
        {
          title: 'Repaired today, but the Plan moves on',
          note:
            FRONT('0721') +
            '## Data\n\nWhen I raised the exposure list he changed the subject twice. I named it and asked what was happening; he said the list "felt like a test."\n\n' +
            '## Assessment\n\nPanic disorder.\n\n## Plan\n\n- Next session 4/11: interoceptive exposure, spinning.\n',
        },
      ],
      passing: [
        {
          title: 'The Plan checks back',
          note:
            FRONT('0722') +
            '## Data\n\nWhen I raised the exposure list he changed the subject twice. I named it and asked what was happening; he said the list "felt like a test."\n\n' +
            '## Assessment\n\nPanic disorder.\n\n## Plan\n\n- Next session 4/11: ask how it felt to say the list felt like a test, then interoceptive exposure.\n',
        },
      ],
    },
    messages: {
      noFollowup: 'A rupture is recorded in this note but the Plan does not come back to it: add a check-in about it for next session.',
    },
    options: z.object({ learned: learnedOption, learnedMarkers: learnedMarkersOption }).strict(),
    fixable: true,
    hasSuggestions: false,
  },
  check({ note, cues, options, report }) {
    const ruptures = currentRuptures(note, cues, options.learnedMarkers);
    if (ruptures.length === 0) return;
    const plan = planSections(note)[0];
    // A Plan item looks ahead even when it names the past it checks back on ("ask how last week's session sat with her").
    // A repair step planned in the Plan is a follow-up when it is about the relationship or the moment ("- Validate grief" is not).
    const followups = [...cues.of('rupture-followup'), ...repairSteps(cues).filter(aboutTheRelationship)].filter(
      (c) => !c.context.negated && !c.context.quoted && !aimedElsewhere(c) && (c.context.temporality !== 'historical' || (plan !== undefined && c.kind === 'rupture-followup' && inPlan(note, c))),
    );
    // Without a Plan section, a check-back planned anywhere ("next week I'll ask how…") is the follow-up.
    if (followups.some((c) => (plan ? inPlan(note, c) : c.context.temporality === 'hypothetical'))) return;
    if (planComesBack(note, wordsOfRuptures(note, cues, ruptures))) return;
    // Last, the learned second look: a Plan sentence (without a Plan, any sentence) that checks back in words no phrase list holds.
    if (options.learned && note.sentences.some((sentence) => (!plan || isInSection(note, sentence.span.start, 'Plan')) && learnedWithdraws(note, cues, sentence, 'rupture-followup'))) return;
    report({
      messageId: 'noFollowup',
      span: plan ? headingLine(note, plan) : noteAnchor(note),
      excerpt: null,
      // One related location per line, however many markers the line holds.
      related: ruptures
        .map((r) => ({ span: lineOf(note, r.span.start), readByModel: r.readByModel }))
        .filter(({ span }, i, lines) => lines.findIndex((l) => l.span.start === span.start) === i)
        .slice(0, 3)
        .map(({ span, readByModel }) => ({ message: readByModel ? 'A sentence the learned look reads as a rupture (no listed phrase matched).' : 'The rupture recorded here.', span })),
      fixes: [planItemFix(note, 'Add a follow-up to the Plan', `Check in next session about \${1:${escapeSnippet('how the moment of strain felt, and how our work is going')}}`)],
    });
  },
});
