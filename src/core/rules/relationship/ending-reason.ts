import { z } from 'zod';
import { escapeSnippet } from '../../fixes.js';
import { defineRule } from '../../rule.js';
import { noteAnchor } from '../anchors.js';
import { beforePlanFix, EVIDENCE } from './shared.js';

const FRONT = (n: string) => `---\ntype: termination\nformat: free\nclient: C-${n}\ndate: 2026-04-11\nsession: 12\n---\n\n`;

export const endingReason = defineRule({
  meta: {
    id: 'ending-reason',
    category: 'ending',
    defaultSeverity: 'info',
    appliesTo: ['termination'],
    docs: {
      summary: 'A termination note does not record why therapy ended (mutual, client-initiated, administrative).',
      why:
        'Discharge summaries must give the reason for ending (state licensing rules), and when clients end unilaterally therapists often misjudge how much they ' +
        'improved or how dissatisfied they were (Westmacott et al. 2010): recording the client\'s own reason keeps the record fair. ' +
        EVIDENCE.ending,
      satisfies:
        'Who decided and why: mutual agreement or a planned ending, the client\'s decision and reason, goals met, a move or transfer of care, insurance or ' +
        'administrative reasons, or the client no longer attending.',
      failing: [
        {
          title: 'No reason given',
          note: FRONT('0791') + '# Closing note\n\nWe reviewed the course of therapy together. Gains: panic-free for 6 weeks.\n',
        },
      ],
      passing: [
        {
          title: 'A mutual, planned ending',
          note: FRONT('0792') + '# Closing note\n\nPlanned ending by mutual agreement after goals were met. We reviewed the course of therapy together.\n',
        },
      ],
    },
    messages: {
      missing: 'This termination note does not record why therapy ended (mutual, client-initiated, administrative).',
    },
    options: z.object({}).strict(),
    fixable: true,
    hasSuggestions: false,
  },
  check({ note, cues, report }) {
    if (cues.of('ending-reason').some((c) => !c.context.negated && !c.context.quoted)) return;
    report({
      messageId: 'missing',
      span: noteAnchor(note),
      excerpt: null,
      fixes: [beforePlanFix(note, 'Record the reason for ending', `Reason for ending: \${1|mutual,client-initiated,administrative|}; \${2:${escapeSnippet("in the client's words")}}`)],
    });
  },
});
