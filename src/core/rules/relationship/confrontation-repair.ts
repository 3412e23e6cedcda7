import { z } from 'zod';
import { learnedMarkersOption } from './learned-option.js';
import { ALL_NOTE_TYPES, defineRule } from '../../rule.js';
import { afterBlockFix, confrontationMarkers, EVIDENCE, excerptOf, firstPerLine, lineOf, planAnchor, unrepaired as unrepairedMarkers } from './shared.js';

const FRONT = (n: string) => `---\ntype: progress\nformat: SOAP\nclient: C-${n}\ndate: 2026-04-03\nsession: 8\n---\n\n`;

export const confrontationRepair = defineRule({
  meta: {
    id: 'confrontation-repair',
    category: 'rupture',
    defaultSeverity: 'warning',
    appliesTo: ALL_NOTE_TYPES,
    docs: {
      summary: 'A client confrontation marker aimed at the therapist or the therapy, with no repair step recorded or planned.',
      why:
        'When a client complains about the therapist, rejects an intervention, questions whether therapy helps or pressures the therapist, the alliance is under strain; ' +
        'responding non-defensively — inviting the complaint, acknowledging your part, giving a rationale or changing course — turns it into repair. ' +
        EVIDENCE.rupture,
      satisfies:
        'A repair step anywhere in the note, done or planned (away from the marker\'s paragraph it must be about the relationship or the moment): thanking the client ' +
        'for saying it, validating, acknowledging your own contribution, asking what would help, ' +
        'explaining the rationale, changing the task or the pace; right after the marker, any words of yours that answer the moment ("we paused the worksheet"), with a subject or without one ("Heard him out; acknowledged…"), conceding or welcoming the point ("said he was right", "agreed the forms can feel pointless", "said it was a fair question"); what the client says when you name it, in the next sentence ("she said she felt I was rushing her"), is the rupture being explored. ' +
        'Anger at someone else (a partner, a manager; you named only to be set aside: "not us", "calm with me"), negated or historical markers, the therapist as subject, ' +
        'reassurance-seeking questions and stated preferences are not confrontation markers. The learned second look also counts as a marker a sentence it reads as one where no phrase matched: that finding says so, and its excerpt is the whole sentence. A hostile manner or a feeling aimed only by the session around it ("curt and dismissive in session today") counts when the look gives its sentence some weight as a rupture; one aimed by its own words ("sarcastic with me") needs no second reading. A phrase in a sentence the look all but rules out as a rupture (a score below 0.0003 for either kind) is set aside, aimed or not; so is one in a sentence the look reads as something else the note records, and gives little weight as a rupture: the client\'s feedback when asked for it ("said the homework review went on too long and she liked it better when we just talked"), a check-back planned for next session, an ending review. In an intake, a termination note or a treatment plan, a marker whose words do not aim it at you or the therapy counts only where the look gives its sentence some weight as a rupture (option `learnedMarkers: false` turns all of this off; a phrase the clinic added in `lexicon` is never set aside).',
      failing: [
        {
          title: 'A complaint about the therapy with no response',
          note:
            FRONT('0711') +
            '## Subjective\n\nCl. questioned whether therapy is helping at all: "Six weeks and nothing has changed."\n\n## Objective\n\nTense.\n\n' +
            '## Assessment\n\nGAD, moderate.\n\n## Plan\n\n- Next session 4/10: worry postponement.\n',
        },
      ],
      passing: [
        {
          title: 'Repaired in the session',
          note:
            FRONT('0712') +
            '## Subjective\n\nCl. questioned whether therapy is helping at all: "Six weeks and nothing has changed."\n\n## Objective\n\nTense.\n\n' +
            '## Assessment\n\nI thanked him for raising it, acknowledged that I had kept us on assessment for too long, and we changed the focus to one worry skill.\n\n' +
            '## Plan\n\n- Next session 4/10: check in about how our work feels after today.\n',
        },
        {
          title: 'Anger at someone else',
          note: FRONT('0713') + '## Subjective\n\nFurious with her landlord about the deposit.\n\n## Plan\n\n- Next session 4/10: assertiveness script.\n',
        },
      ],
    },
    messages: {
      unrepaired: 'A confrontation marker aimed at the therapist or the therapy has no repair step recorded or planned in this note.',
      unrepairedRead:
        'The learned look reads this sentence as a confrontation with the therapist or the therapy (no listed phrase matched), and no repair step is recorded or planned in this note.',
    },
    options: z.object({ learnedMarkers: learnedMarkersOption }).strict(),
    fixable: true,
    hasSuggestions: false,
  },
  check({ note, cues, options, report }) {
    const markers = confrontationMarkers(note, cues, options.learnedMarkers);
    // Most notes hold no marker: their repair steps need no classifying.
    if (markers.length === 0) return;
    const unrepaired = unrepairedMarkers(markers, note, cues);
    const related = planAnchor(note);
    for (const marker of firstPerLine(note, unrepaired)) {
      const line = note.lines.position(marker.span.start).line;
      const sameLine = unrepaired.filter((m) => note.lines.position(m.span.start).line === line);
      report({
        // A marker only the model read says so: the clinician has no listed words to weigh it against.
        messageId: sameLine.every((m) => m.readByModel) ? 'unrepairedRead' : 'unrepaired',
        span: lineOf(note, marker.span.start),
        excerpt: excerptOf(note, sameLine),
        ...(related ? { related: [related] } : {}),
        fixes: [afterBlockFix(note, marker.sentence, 'Record the repair', 'Repair', 'how the complaint was invited and acknowledged, and what changed')],
      });
    }
  },
});
