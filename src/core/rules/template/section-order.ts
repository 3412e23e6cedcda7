import { z } from 'zod';
import { defineRule, TEMPLATE_NOTE_TYPES } from '../../rule.js';
import { templateFor } from '../../templates.js';
import { headingLine } from '../anchors.js';

export const sectionOrder = defineRule({
  meta: {
    id: 'section-order',
    category: 'template',
    defaultSeverity: 'info',
    appliesTo: TEMPLATE_NOTE_TYPES,
    docs: {
      summary: "Template sections appear out of the format's or the clinic's order.",
      why:
        'The order of a format is its reasoning: what the client said and what was observed come before the assessment, and the plan follows from the assessment. ' +
        'Readers who audit many notes look for each section where the template puts it.',
      satisfies: 'The template sections that are present appear in template order. Other headings may sit anywhere.',
      failing: [
        {
          title: 'Plan written before the Assessment',
          note:
            '---\ntype: progress\nformat: DAP\nclient: C-0301\ndate: 2026-04-01\nsession: 3\n---\n\n## Data\n\nReports two good days.\n\n## Plan\n\n' +
            '- Next session 4/8: values card sort.\n\n## Assessment\n\nEarly gains in activation.\n',
        },
      ],
      passing: [
        {
          title: 'DAP in order, with an extra heading between',
          note:
            '---\ntype: progress\nformat: DAP\nclient: C-0302\ndate: 2026-04-02\nsession: 4\n---\n\n## Data\n\nReports two good days.\n\n## Risk\n\nNo current risk.\n\n' +
            '## Assessment\n\nEarly gains in activation.\n\n## Plan\n\n- Next session 4/9: values card sort.\n',
        },
      ],
    },
    messages: {
      outOfOrder: '`{{section}}` comes after `{{after}}` here, but the {{source}} order puts it before.',
    },
    options: z.object({}).strict(),
    fixable: false,
    hasSuggestions: false,
  },
  check({ note, config, report }) {
    const template = templateFor(note, config);
    if (!template || !template.checkOrder || template.sections.length < 2) return;
    const rank = new Map(template.sections.map((s, i) => [s.name, i]));
    // First occurrence of each template section, in note order.
    const seen = new Set<string>();
    const present = note.sections.filter((s) => {
      if (!s.name || !rank.has(s.name) || seen.has(s.name)) return false;
      seen.add(s.name);
      return true;
    });
    const keep = longestInOrder(present.map((s) => rank.get(s.name!)!));
    present.forEach((section, i) => {
      if (keep.has(i)) return;
      const after = present.slice(0, i).reverse().find((other) => rank.get(other.name!)! > rank.get(section.name!)!);
      report({
        messageId: 'outOfOrder',
        data: { section: section.name!, after: after?.name ?? '', source: template.source },
        span: headingLine(note, section),
      });
    });
  },
});

/** Indexes of a longest increasing run of ranks: the sections that are in order; the rest moved. */
function longestInOrder(ranks: number[]): Set<number> {
  const length = ranks.map(() => 1);
  const previous = ranks.map(() => -1);
  for (let i = 0; i < ranks.length; i++) {
    for (let j = 0; j < i; j++) {
      if (ranks[j]! < ranks[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  let best = 0;
  for (let i = 1; i < ranks.length; i++) if (length[i]! > length[best]!) best = i;
  const keep = new Set<number>();
  for (let i = ranks.length ? best : -1; i !== -1; i = previous[i]!) keep.add(i);
  return keep;
}
