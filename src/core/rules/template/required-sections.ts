import { z } from 'zod';
import { escapeSnippet, insertFix } from '../../fixes.js';
import type { Note } from '../../parse/note.js';
import { defineRule, TEMPLATE_NOTE_TYPES } from '../../rule.js';
import { templateFor, type TemplateSection } from '../../templates.js';
import { noteAnchor } from '../anchors.js';
import { sectionPrompt } from './section-prompts.js';

export const requiredSections = defineRule({
  meta: {
    id: 'required-sections',
    category: 'template',
    defaultSeverity: 'warning',
    appliesTo: TEMPLATE_NOTE_TYPES,
    docs: {
      summary: "A section the note's format or the clinic's template requires is missing.",
      why:
        'Each format exists so that a reader finds the same things in the same places: SOAP separates what the client said (Subjective) ' +
        'from what the clinician saw (Objective), judged (Assessment) and will do (Plan); BIRP records the client\'s Response to each Intervention. ' +
        'Payers and auditors read notes against these templates, and the "golden thread" from intake to discharge runs through them.',
      satisfies:
        'A heading (any level, any case) or a label line (`**Plan:**`, `Plan:`, `P:`) naming each required section, or one of its aliases ' +
        '(Behaviour for Behavior). Headings that spell out the format\'s initials (`## S`, `## O`, `## A`, `## P`) count too. A present but empty section is `empty-section`, not this rule. `format: free`, or no declared format, requires no sections.',
      failing: [
        {
          title: 'A BIRP note without a Response section',
          note:
            '---\ntype: progress\nformat: BIRP\nclient: C-0102\ndate: 2026-02-03\nsession: 5\n---\n\n## Behavior\n\nArrived on time, engaged.\n\n' +
            '## Intervention\n\nReviewed the thought record.\n\n## Plan\n\n- Next session 2/10: behavioural experiment at the bus stop.\n',
        },
      ],
      passing: [
        {
          title: 'A SOAP note written with label lines',
          note:
            '---\ntype: progress\nformat: SOAP\nclient: C-0103\ndate: 2026-02-04\nsession: 2\n---\n\n' +
            '**S:** Slept better; "the wind-down routine helps."\n\n**O:** Calm, good eye contact. PHQ-9 11.\n\n' +
            '**A:** Mood improving with routine.\n\n**P:** Next session 2/11: add a morning walk; review the sleep log.\n',
        },
      ],
    },
    messages: {
      missing: 'Missing required section `{{section}}` ({{source}}).',
    },
    options: z.object({}).strict(),
    fixable: true,
    hasSuggestions: false,
  },
  check({ note, config, report }) {
    const template = templateFor(note, config);
    if (!template || template.sections.length === 0) return;
    const present = new Set(note.sections.flatMap((s) => (s.name ? [s.name] : [])));
    template.sections.forEach((section, index) => {
      if (!section.required || present.has(section.name)) return;
      report({
        messageId: 'missing',
        data: { section: section.name, source: template.source },
        span: noteAnchor(note),
        detail: section.name,
        excerpt: null,
        fixes: [missingSectionFix(note, template.sections, index, present)],
      });
    });
  },
});

/** Inserts the section where the template's order puts it: before the next present section that follows it. */
function missingSectionFix(note: Note, order: TemplateSection[], index: number, present: Set<string>) {
  const name = order[index]!.name;
  const headings = note.sections.filter((s) => s.kind === 'heading' && s.name);
  const depth = headings[0]?.depth ?? 2;
  const marker = '#'.repeat(depth);
  const next = order.slice(index + 1).find((s) => present.has(s.name));
  const nextSection = next ? note.sections.find((s) => s.name === next.name) : undefined;
  const body = `${marker} ${escapeSnippet(name)}\n\n\${1:${escapeSnippet(sectionPrompt(name))}}\n`;
  if (nextSection) {
    const at = note.lines.lineStart(note.lines.position(nextSection.span.start).line);
    return insertFix(`Add the ${name} section`, at, `${body}\n`);
  }
  const text = note.text;
  const needsBreaks = text.length === 0 ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  return insertFix(`Add the ${name} section`, text.length, `${needsBreaks}${body}`);
}
