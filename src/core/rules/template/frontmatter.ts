import { z } from 'zod';
import { ALL_NOTE_TYPES, defineRule } from '../../rule.js';
import { templateFor } from '../../templates.js';
import { hasValue, KNOWN_FIELDS } from './field-values.js';

export const frontmatter = defineRule({
  meta: {
    id: 'frontmatter',
    category: 'template',
    defaultSeverity: 'error',
    appliesTo: ALL_NOTE_TYPES,
    docs: {
      summary: 'The frontmatter does not parse as YAML, is not a set of `key: value` fields, or a known field has a value Rapport cannot use.',
      why:
        'When the frontmatter cannot be read, nothing in it counts: the note has no type, client or date as far as any tool is concerned, ' +
        'and type-specific checks (intake context, termination actions) are skipped. The body is still linted.',
      satisfies:
        'YAML between `---` lines at the very top, as `key: value` pairs, with quotes closed; `format` one of SOAP, DAP, BIRP, GIRP, PIRP, free; ' +
        '`deidentified` true or false. (Required fields that are missing or wrong are reported by `required-fields`.)',
      failing: [
        {
          title: 'A quote that is never closed',
          note: '---\ntype: progress\nclient: "C-0501\ndate: 2026-06-01\nsession: 2\n---\n\nBrief check-in.\n',
        },
      ],
      passing: [
        {
          title: 'Valid frontmatter',
          note: '---\ntype: psychotherapy\nclient: C-0502\ndate: 2026-06-02\nsession: 3\ndeidentified: false\n---\n\nProcess notes.\n',
        },
      ],
    },
    messages: {
      syntax: '{{problem}} The body was still checked.',
      notMapping: 'The frontmatter is {{shape}}, not `key: value` fields, so no field can be read.',
      badValue: 'Field `{{field}}` should be {{expected}}.',
    },
    options: z.object({}).strict(),
    fixable: false,
    hasSuggestions: false,
  },
  check({ note, config, report }) {
    const fm = note.frontmatter;
    if (!fm) return;
    for (const problem of fm.problems) {
      const span = problem.span.end > problem.span.start ? problem.span : note.lines.lineSpan(note.lines.position(problem.span.start).line);
      report({ messageId: 'syntax', data: { problem: problem.message }, span, excerpt: null });
    }
    if (fm.shape === 'list' || fm.shape === 'scalar') {
      report({ messageId: 'notMapping', data: { shape: fm.shape === 'list' ? 'a list' : 'a single value' }, span: fm.span, excerpt: null });
    }
    // Required fields are required-fields' to report; this rule checks the other fields it knows.
    const required = new Set(templateFor(note, config)?.requiredFields ?? []);
    for (const [field, check] of Object.entries(KNOWN_FIELDS)) {
      const entry = fm.fields.get(field);
      if (!entry || required.has(field) || !hasValue(entry.value) || check.valid(entry.value)) continue;
      report({ messageId: 'badValue', data: { field, expected: check.expected }, span: entry.valueSpan ?? entry.keySpan });
    }
  },
});
