import { z } from 'zod';
import { classifyInSentence, type Cue } from '../../cues/index.js';
import { escapeSnippet } from '../../fixes.js';
import { isInSection, type Note } from '../../parse/note.js';
import { ALL_NOTE_TYPES, defineRule } from '../../rule.js';
import { headingLine, noteAnchor, planSections } from '../anchors.js';
import { aboutTheRelationship, aimedElsewhere, currentRuptures, EVIDENCE, inPlan, lineOf, markerWords, planItemFix, repairSteps } from './shared.js';

const FRONT = (n: string) => `---\ntype: progress\nformat: DAP\nclient: C-${n}\ndate: 2026-04-04\nsession: 6\n---\n\n`;

// The lenient second look, before a note is told its Plan does not come back to the rupture: a Plan
// sentence that both plans to return to something (check in, ask, revisit, explore…) and names the
// relationship or the moment (us, the sessions, how she felt, the disagreement, the pace…). An
// absence rule is only as precise as its reading of presence, and clinicians word check-backs in
// more ways than any phrase list holds.
const COME_BACK = /\b(?:check(?:ing)?[- ]?in|ask(?:ing)?|explor(?:e|ing)|revisit(?:ing)?|return(?:ing)? to|come back to|go back to|circle back|follow(?:ing)?[- ]?up|f\/u|debrief|discuss(?:ing)?|talk(?:ing)? (?:about|through)|nam(?:e|ing)|acknowledg(?:e|ing)|process(?:ing)?|invit(?:e|ing)|repair(?:ing)?|clarif(?:y|ying)|apologi[sz](?:e|ing)|open (?:by|with)|start (?:by|with)|make (?:room|space) for|hear (?:how|what|more)|go(?:ing)? back over|look(?:ing)? again at|review(?:ing)? (?=(?:the|how|what|whether|our|her|his|their)\b))/i;
const THERAPY_OBJECT = String.raw`(?:me|us|T|the therapist|(?:the|our|these) (?:sessions?|therapy|work|exercise|homework|plan|pace|pacing|approach|task|worksheet|exposure|recording|group))`;
const THE_MOMENT = new RegExp(
  String.raw`\b(?:us|our (?:work|sessions?|relationship|alliance|time)|working together|the (?:sessions?|therapy|relationship|alliance|rupture|tension|strain|disagreement|exchange|pace|pacing|fit|approach)|(?:her|his|their) (?:frustration|anger|upset|hurt|disappointment|reaction|response|feedback|concerns?|complaints?|doubts|reservations|feelings?) (?:with|at|toward|towards|about|re:?|over|to) ${THERAPY_OBJECT}|(?:the|that) moment (?:she|he|they|when|where (?:she|he|they|I|we)|I|we|in (?:the )?session|last (?:session|week|time)|today)|how (?:she|he|they|it|that|this|the session|last session|today) (?:felt|feels|was|went|sat|sits|landed|found)|how (?:the |that |this |today'?s |last (?:session|week)'?s? )?(?:[\w-]+ ){0,3}?(?:switch|change|pause|stop|break|exercise|imagery|exposure|role-?play|task|conversation|feedback|session|challenge|question|suggestion|interpretation|comment|moment)s? (?:[\w-]+ ){0,4}?(?:landed|sat|felt|went down|came across) (?:for|with) (?:her|him|them)|how (?:the |that |this |today'?s |last (?:session|week|time)'?s? |our |my )?(?:[\w'-]+ ){0,3}?(?:session|conversation|moment|exchange|discussion|talk|comment|question|feedback|pause|silence|change|challenge|disagreement|suggestion|interpretation|exercise|mistake|push) (?:[\w'-]+ ){0,4}?(?:sat|sits|landed|lands|felt|feels) (?:with|for)|how we (?:work|are working|worked|work together)|the way we work|what (?:happened|came up|got in the way|made it hard) (?:between us|in (?:the|that|last) (?:session|moment)|last (?:session|time|week)|today|when I)|what I (?:said|did|missed|may be missing|might be missing|got wrong)|last (?:session|week|time)|today'?s session|trust|safe(?:ty)? (?:here|with me|in sessions)|what (?:she|he|they) (?:is|are|was|were|felt|feels|gets) (?:worried|concerned|upset|angry|unhappy|uneasy|anxious|scared|afraid) (?:about |that )?(?:I|me|we|the (?:sessions?|therapy|work|notes|report|letter)))\b`,
  'i',
);

// Without a Plan section, a sentence that plans ahead ("Next week: ask her how it felt to stop me").
const AHEAD = /\b(?:next (?:week|session|time|visit|call|appointment)|(?:I|we|T) (?:will|'ll|plan to|intend to|want to|hope to)|to (?:do|try) next|at the next)\b/i;

/** The content words of every current rupture's phrase and quoted words. */
function wordsOfRuptures(note: Note, ruptures: readonly Cue[]): Set<string> {
  return new Set(ruptures.flatMap((r) => [...markerWords(r, note)]));
}

function planComesBack(note: Note, hasPlan: boolean, ruptureWords: ReadonlySet<string>): boolean {
  return note.sentences.some((sentence) => {
    if (sentence.block.kind === 'heading') return false;
    if (hasPlan ? !isInSection(note, sentence.span.start, 'Plan') : !AHEAD.test(sentence.text)) return false;
    const verb = COME_BACK.exec(sentence.text);
    if (!verb) return false;
    // About the relationship or the moment, or about what the rupture itself was over ("ask whether the calendar feels less like school than the diary did").
    const rest = sentence.text.slice(verb.index);
    if (!THE_MOMENT.test(rest) && !(rest.toLowerCase().match(/\p{L}{5,}/gu) ?? []).some((w) => ruptureWords.has(w))) return false;
    const x = classifyInSentence(sentence, verb.index, verb.index + verb[0].length);
    return !x.negated && !x.quoted;
  });
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
        'the relationship or the moment (us, the sessions, how last session sat, his doubts about the work). One finding per note, on the Plan heading, however many markers.',
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
    options: z.object({}).strict(),
    fixable: true,
    hasSuggestions: false,
  },
  check({ note, cues, report }) {
    const ruptures = currentRuptures(note, cues);
    if (ruptures.length === 0) return;
    const plan = planSections(note)[0];
    // A Plan item looks ahead even when it names the past it checks back on ("ask how last week's session sat with her").
    // A repair step planned in the Plan is a follow-up when it is about the relationship or the moment ("- Validate grief" is not).
    const followups = [...cues.of('rupture-followup'), ...repairSteps(cues).filter(aboutTheRelationship)].filter(
      (c) => !c.context.negated && !c.context.quoted && !aimedElsewhere(c) && (c.context.temporality !== 'historical' || (plan !== undefined && c.kind === 'rupture-followup' && inPlan(note, c))),
    );
    // Without a Plan section, a check-back planned anywhere ("next week I'll ask how…") is the follow-up.
    if (followups.some((c) => (plan ? inPlan(note, c) : c.context.temporality === 'hypothetical'))) return;
    if (planComesBack(note, plan !== undefined, wordsOfRuptures(note, ruptures))) return;
    report({
      messageId: 'noFollowup',
      span: plan ? headingLine(note, plan) : noteAnchor(note),
      excerpt: null,
      // One related location per line, however many markers the line holds.
      related: ruptures
        .map((r) => lineOf(note, r.span.start))
        .filter((span, i, spans) => spans.findIndex((s) => s.start === span.start) === i)
        .slice(0, 3)
        .map((span) => ({ message: 'The rupture recorded here.', span })),
      fixes: [planItemFix(note, 'Add a follow-up to the Plan', `Check in next session about \${1:${escapeSnippet('how the moment of strain felt, and how our work is going')}}`)],
    });
  },
});
