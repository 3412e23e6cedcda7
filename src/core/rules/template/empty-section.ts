import { z } from 'zod';
import { escapeSnippet, insertFix } from '../../fixes.js';
import { defineRule, TEMPLATE_NOTE_TYPES } from '../../rule.js';
import { headingLine } from '../anchors.js';
import { sectionPrompt } from './section-prompts.js';

export const emptySection = defineRule({
  meta: {
    id: 'empty-section',
    category: 'template',
    defaultSeverity: 'warning',
    appliesTo: TEMPLATE_NOTE_TYPES,
    docs: {
      summary: 'A heading, or a section label such as "O:" or "**Response:**", has nothing under it.',
      why:
        'An empty heading reads as if something was assessed and left unrecorded. An auditor, a covering clinician or the client reading an open note ' +
        'cannot tell "nothing to report" from "forgot to write it".',
      satisfies:
        'Any content before the next heading of the same or higher level (after a label, before the next label or heading): a sentence, a list, a table, or a sub-heading that holds content. ' +
        'A short "None." or "Not explored today." counts; write it when there is nothing to say.',
      failing: [
        {
          title: 'An Objective heading followed straight by the Assessment',
          note:
            '---\ntype: progress\nformat: SOAP\nclient: C-0201\ndate: 2026-03-02\nsession: 8\n---\n\n## Subjective\n\n"Work has been calmer."\n\n## Objective\n\n' +
            '## Assessment\n\nStable.\n\n## Plan\n\n- Next session 3/9: relapse-prevention plan, first draft together.\n',
        },
        {
          title: 'A label with nothing after it before the next label',
          note:
            '---\ntype: progress\nformat: SOAP\nclient: C-0203\ndate: 2026-03-04\nsession: 4\n---\n\nS: "Work has been calmer."\nO:\nA: Stable.\n' +
            'P: Next session 3/11: relapse-prevention plan, first draft together.\n',
        },
      ],
      passing: [
        {
          title: '"Not assessed today." is content',
          note:
            '---\ntype: progress\nformat: SOAP\nclient: C-0202\ndate: 2026-03-03\nsession: 9\n---\n\n## Subjective\n\n"Better week."\n\n## Objective\n\nNot assessed today (phone session).\n\n' +
            '## Assessment\n\nImproving.\n\n## Plan\n\n- Next session 3/10: graded task list, step 3.\n',
        },
      ],
    },
    messages: {
      empty: 'The `{{section}}` section is empty.',
      emptyOther: 'This section is empty.',
    },
    options: z.object({}).strict(),
    fixable: true,
    hasSuggestions: false,
  },
  check({ note, report }) {
    for (const section of note.sections) {
      if (!section.isEmpty) continue;
      const line = headingLine(note, section);
      const prompt = section.name ? sectionPrompt(section.name) : sectionPrompt('');
      // Headings other than template sections are the clinician's words, so the message does not repeat them.
      report({
        messageId: section.name ? 'empty' : 'emptyOther',
        data: { section: section.name ?? '' },
        span: line,
        // A label takes its content on its own line ("O: …"); a heading, in a paragraph under it.
        fixes: [
          section.kind === 'label'
            ? insertFix('Add content after this label', line.end, ` \${1:${escapeSnippet(prompt)}}`)
            : insertFix('Add content under this heading', line.end, `\n\n\${1:${escapeSnippet(prompt)}}`),
        ],
      });
    }
  },
});
