import { z } from 'zod';
import { learnedMarkersOption } from './learned-option.js';
import { ALL_NOTE_TYPES, defineRule } from '../../rule.js';
import { afterBlockFix, EVIDENCE, excerptOf, firstPerLine, lineOf, planAnchor, unrepaired as unrepairedMarkers, withdrawalMarkers } from './shared.js';

const FRONT = (n: string, type = 'progress', format = 'DAP') => `---\ntype: ${type}\nformat: ${format}\nclient: C-${n}\ndate: 2026-04-02\nsession: 5\n---\n\n`;

export const withdrawalRepair = defineRule({
  meta: {
    id: 'withdrawal-repair',
    category: 'rupture',
    defaultSeverity: 'warning',
    appliesTo: ALL_NOTE_TYPES,
    docs: {
      summary: 'A client withdrawal marker (3RS) with no repair step recorded or planned in the note.',
      why:
        'Withdrawal ruptures — going quiet, one-word answers, changing the subject, deferring without engaging — are the most common and the easiest to miss. ' +
        'Naming the moment, inviting the client to say what happened, validating and adjusting the task are how an alliance recovers. ' +
        EVIDENCE.rupture,
      satisfies:
        'A repair step anywhere in the note, done in the session or planned in the Plan (away from the marker\'s paragraph it must be about the relationship or the moment, ' +
        'not "validated her grief"; right after the marker, any words of yours that answer the moment count, such as "I wondered aloud whether I had pushed too soon", written with a subject or without one ("Heard her out; acknowledged…"), conceding or welcoming the point ("said she was right", "said I\'d want to know"); ' +
        'what the client says when you name the moment, in the next sentence, is the rupture being explored, not a new one): ' +
        'naming the shift, asking what was happening for the client, ' +
        'validating the reluctance, acknowledging your own part, giving a rationale, changing the task or the pace, agreeing the client can pause a topic. ' +
        'Not markers: negated ("no withdrawal noted"), historical or hypothetical ones, the therapist as subject ("I stayed quiet"), the client\'s quoted words, ' +
        'symptoms outside the session (social withdrawal, avoidance of places), a state dated only by "today" ("quiet and guarded today; low mood": how the client presented; "guarded in session" and "guarded with me" are markers), a telegraphic state word tied to you only by a first-person or therapy word elsewhere in its sentence ("quiet and guarded; I will go over the safety plan": a presentation; "quiet and guarded when I asked about the discharge" or "for the rest of the session" is a marker), your own words naming the moment ("named it: that he seemed to be going along with me"), a habit described in the present tense ("often changes the subject when things get heavy"), ' +
        'laughing something off or saying little that does not answer you (a jibe the client reports and laughed off, saying little about the weekend: "when I asked about the exposure she laughed it off" is a marker), ' +
        'a gesture that ends a confrontation told in the same sentence ("said \'this is pointless\' and looked at his phone": one rupture, the confrontation\'s finding; where the learned look reads a withdrawal there too, as in "…and stopped answering for the rest of the hour", both stand), ' +
        'what your own feeling was about ("I was frustrated that he kept returning to it") and other senses (alcohol withdrawal). Exploring interests, psychoeducation ' +
        'and carrying on with the task are not repair steps. The learned second look also counts as a marker a sentence it reads as one where no phrase matched: that finding says so, and its excerpt is the whole sentence. ' +
        'It sets a phrase aside where it all but rules the sentence out as a rupture (a score below 0.0003 for either kind: "made jokes about his partner\'s spreadsheet"), and where it reads the sentence as something else the note records and gives it little weight as a rupture: a check-back planned for next session ("come back to the moment she went quiet"), the client\'s feedback when asked for it, an ending review. In an intake, a termination note or a treatment plan, which mostly tell the client\'s history or look back over the therapy, a marker whose words do not aim it at you or the therapy ("quiet and withdrawn") counts only where the look gives its sentence some weight as a rupture (option `learnedMarkers: false` turns all of this off; a phrase the clinic added in `lexicon` is never set aside).',
      failing: [
        {
          title: 'Going quiet with no repair',
          note:
            FRONT('0701') +
            '## Data\n\nWhen I asked about the move to her aunt\'s house she went silent and gave short answers for the rest of the hour.\n\n' +
            '## Assessment\n\nAdjustment difficulties.\n\n## Plan\n\n- Next session 4/9: grief timeline.\n',
        },
      ],
      passing: [
        {
          title: 'The shift named and explored',
          note:
            FRONT('0702') +
            '## Data\n\nWhen I asked about the move to her aunt\'s house she went silent and gave short answers.\n\n' +
            '## Assessment\n\nI named the change in her and asked what was happening right then; she said it was "too soon." We agreed she can tell me when to pause.\n\n' +
            '## Plan\n\n- Next session 4/9: check in about how it felt to pause today.\n',
        },
        {
          title: 'Negated and symptom senses are not markers',
          note:
            FRONT('0703') +
            '## Data\n\nNo withdrawal in session; talkative throughout. History of alcohol withdrawal in 2019. Social withdrawal at home improving.\n\n' +
            '## Plan\n\n- Next session 4/9: relapse-prevention card.\n',
        },
      ],
    },
    messages: {
      unrepaired: 'A withdrawal marker has no repair step recorded or planned in this note: record how the rupture was named and explored, or plan it.',
      unrepairedRead:
        'The learned look reads this sentence as a withdrawal (no listed phrase matched), and no repair step is recorded or planned in this note: if it was one, record how it was named and explored, or plan it.',
    },
    options: z.object({ learnedMarkers: learnedMarkersOption }).strict(),
    fixable: true,
    hasSuggestions: false,
  },
  check({ note, cues, options, report }) {
    const markers = withdrawalMarkers(note, cues, options.learnedMarkers);
    // Most notes hold no marker: their repair steps need no classifying.
    if (markers.length === 0) return;
    const unrepaired = unrepairedMarkers(markers, note, cues);
    const related = planAnchor(note);
    for (const marker of firstPerLine(note, unrepaired)) {
      const sameLine = unrepaired.filter((m) => note.lines.position(m.span.start).line === note.lines.position(marker.span.start).line);
      report({
        // A marker only the model read says so: the clinician has no listed words to weigh it against.
        messageId: sameLine.every((m) => m.readByModel) ? 'unrepairedRead' : 'unrepaired',
        span: lineOf(note, marker.span.start),
        excerpt: excerptOf(note, sameLine),
        ...(related ? { related: [related] } : {}),
        fixes: [afterBlockFix(note, marker.sentence, 'Record the repair', 'Repair', 'how the rupture was named and explored, and how the client responded')],
      });
    }
  },
});
