import { z } from 'zod';
import { insertFix } from '../../fixes.js';
import type { Note } from '../../parse/note.js';
import { defineRule, TEMPLATE_NOTE_TYPES } from '../../rule.js';
import { DEFAULT_REQUIRED_FIELDS, templateFor } from '../../templates.js';
import type { Fix } from '../../types.js';
import { noteAnchor } from '../anchors.js';
import { hasValue, KNOWN_FIELDS } from './field-values.js';

export const requiredFields = defineRule({
  meta: {
    id: 'required-fields',
    category: 'template',
    defaultSeverity: 'warning',
    appliesTo: TEMPLATE_NOTE_TYPES,
    docs: {
      summary: 'A required frontmatter field is missing or has a value of the wrong kind.',
      why:
        'The note type, client, date and session number tie a note to the record: without them a note cannot be filed, billed or found again, ' +
        'and Rapport cannot tell which rules apply (an intake is checked for client context, a termination for the ending actions).',
      satisfies:
        'YAML frontmatter with `type`, `client`, `date` and `session` (or the fields a clinic template lists), each with a value of the right kind. ' +
        'A quoted number (`session: "12"`) counts; a differently named key (`session_length`) does not.',
      failing: [
        {
          title: 'No session number',
          note: '---\ntype: progress\nformat: free\nclient: C-0401\ndate: 2026-05-01\n---\n\nShe said the session "felt lighter". Next session 5/8: practise the breathing exercise together.\n',
        },
      ],
      passing: [
        {
          title: 'All four fields, session quoted',
          note:
            '---\ntype: progress\nformat: free\nclient: C-0402\ndate: 2026-05-02\nsession: "12"\n---\n\nShe said the session "felt lighter". ' +
            'Next session 5/9: practise the breathing exercise together.\n',
        },
      ],
    },
    messages: {
      missing: 'Required field `{{field}}` is missing from the frontmatter.',
      unreadable: 'Required field `{{field}}` cannot be read: the frontmatter is not valid YAML.',
      invalid: 'Field `{{field}}` should be {{expected}}.',
    },
    options: z.object({}).strict(),
    fixable: true,
    hasSuggestions: false,
  },
  check({ note, config, report }) {
    const template = templateFor(note, config);
    if (!template) return;
    const frontmatter = note.frontmatter;
    const fields = frontmatter?.fields;
    const unreadable = frontmatter?.shape === 'unreadable' || frontmatter?.shape === 'list' || frontmatter?.shape === 'scalar';
    const missing = template.requiredFields.filter((field) => !hasValue(fields?.get(field)?.value));
    for (const field of template.requiredFields) {
      const entry = fields?.get(field);
      if (!hasValue(entry?.value)) {
        report({
          messageId: unreadable ? 'unreadable' : 'missing',
          data: { field },
          span: noteAnchor(note),
          detail: field,
          excerpt: null,
          fixes: unreadable ? [] : [addFieldsFix(note, field, missing)],
        });
        continue;
      }
      const check = KNOWN_FIELDS[field];
      if (check && !check.valid(entry!.value)) {
        report({ messageId: 'invalid', data: { field, expected: check.expected }, span: entry!.valueSpan ?? entry!.keySpan, detail: field });
      }
    }
  },
});

function fieldLine(field: string, tabstop: number): string {
  const placeholder = (KNOWN_FIELDS[field]?.placeholder ?? '${1:value}').replace(/\$\{1([:|])/, `\${${tabstop}$1`);
  return `${field}: ${placeholder}\n`;
}

/** Adds the field before the closing `---`; a note with no frontmatter gets a whole block with every missing field. */
function addFieldsFix(note: Note, field: string, missing: string[]): Fix {
  if (note.frontmatter) {
    const existing = note.frontmatter.fields.get(field);
    if (existing) {
      // `session:` with no value: fill in after the colon rather than add a second key.
      const colon = note.text.indexOf(':', existing.keySpan.end);
      const placeholder = fieldLine(field, 1).slice(field.length + 2, -1);
      return insertFix(`Fill in the ${field} field`, colon + 1, ` ${placeholder}`);
    }
    return insertFix(`Add the ${field} field`, note.frontmatter.insertAt, fieldLine(field, 1));
  }
  const ordered = [...DEFAULT_REQUIRED_FIELDS.filter((f) => missing.includes(f)), ...missing.filter((f) => !(DEFAULT_REQUIRED_FIELDS as readonly string[]).includes(f))];
  const block = `---\n${ordered.map((f, i) => fieldLine(f, i + 1)).join('')}---\n\n`;
  return insertFix('Add frontmatter with the required fields', note.markdown.shift, block);
}
