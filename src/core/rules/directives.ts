import { z } from 'zod';
import { ALL_NOTE_TYPES, defineRule } from '../rule.js';

export const DIRECTIVES_RULE_ID = 'directives';

/**
 * Reports problems with inline `rapport-disable` comments. The engine applies the comments and
 * reports through this rule's metadata (lint.ts), since only it sees every other rule's findings.
 */
export const directives = defineRule({
  meta: {
    id: DIRECTIVES_RULE_ID,
    category: 'directives',
    defaultSeverity: 'warning',
    appliesTo: ALL_NOTE_TYPES,
    docs: {
      summary: 'A `rapport-disable` comment names an unknown rule, silences nothing, or lacks a reason the clinic requires.',
      why:
        'A disable comment is a clinical decision recorded in the note ("discussed in supervision", "client declined"). ' +
        'One that names a rule that does not exist, or no longer silences anything, hides nothing but misleads the next reader; ' +
        'a clinic that sets `requireReason` wants that decision explained.',
      satisfies:
        'Every directive names existing rules (see `rapport rules`), sits where it silences a finding, and, with `requireReason`, ' +
        'gives a reason after `--`: `<!-- rapport-disable-next-line withdrawal-repair -- repaired next session -->`.',
      failing: [
        {
          title: 'A directive that names a rule that does not exist',
          note: '---\ntype: psychotherapy\n---\n<!-- rapport-disable-next-line no-such-rule -->\nSession focused on grief.\n',
        },
      ],
      passing: [
        {
          title: 'A directive that silences a finding, with its reason',
          note:
            '---\ntype: progress\nformat: SOAP\nclient: C-0001\ndate: 2026-01-05\nsession: 3\n---\n' +
            '<!-- rapport-disable-file required-sections -- clinic uses a shortened SOAP for phone check-ins -->\n' +
            '## Subjective\n\nBrief phone check-in; she said the call "was enough for this week".\n\n## Plan\n\n- Next session 1/12: review the sleep log together.\n',
        },
      ],
    },
    messages: {
      unknownRule: 'The directive names a rule that Rapport does not have (see `rapport rules`).',
      unused: 'This `{{kind}}` directive silences no finding; remove it or move it to the line it is meant for.',
      missingReason: 'The clinic requires a reason for disabling a rule: add one after `--`.',
    },
    options: z.object({}).strict(),
    fixable: false,
    hasSuggestions: false,
  },
  check() {
    // Reported by the engine after every other rule has run (see lint.ts).
  },
});
