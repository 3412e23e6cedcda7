import { z } from 'zod';
import type { Note } from '../../parse/note.js';
import { ALL_NOTE_TYPES, defineRule } from '../../rule.js';
import { findIdentifiers, IDENTIFIER_KINDS, type IdentifierKind } from './identifier-patterns.js';

const KINDS = Object.keys(IDENTIFIER_KINDS) as [IdentifierKind, ...IdentifierKind[]];

/** A note the clinician has marked for sharing (supervision, teaching): `deidentified: true`. */
export function isMarkedDeidentified(note: Note): boolean {
  const frontmatter = note.frontmatter;
  // Broken YAML hides the fields; the flag still counts when its line reads plainly, so a shared note is not left unchecked.
  if (frontmatter?.shape === 'unreadable') {
    return /^[ \t]*de-?identif(?:ied|y)[ \t]*:[ \t]*["']?(?:true|yes|y|on)["']?[ \t]*(?:#.*)?$/im.test(note.text.slice(frontmatter.span.start, frontmatter.span.end));
  }
  const fields = frontmatter?.fields;
  const value = fields?.get('deidentified')?.value ?? fields?.get('de-identified')?.value ?? fields?.get('deidentify')?.value;
  return value === true || (typeof value === 'string' && /^(?:true|yes|y|on)$/i.test(value.trim()));
}

/** Where the body starts: after the frontmatter, whose values (client code, session date, CPT) are never identifiers here. */
function bodyStart(note: Note): number {
  return note.frontmatter ? note.frontmatter.span.end : 0;
}

export const identifiers = defineRule({
  meta: {
    id: 'identifiers',
    category: 'privacy',
    defaultSeverity: 'error',
    appliesTo: ALL_NOTE_TYPES,
    presets: { 'rapport:all': { severity: 'error', options: { always: true } } },
    docs: {
      summary:
        'A direct identifier (phone, email, SSN, street address, date of birth, URL, IP, record number) in the body of a note marked `deidentified: true` (every note in `rapport:all`).',
      why:
        'A note shared for supervision or teaching must carry none of the identifiers HIPAA\'s Safe Harbor method lists (45 CFR 164.514(b)(2)), for the client and for ' +
        'relatives, employers and household members. Phones, faxes, emails, SSNs, URLs, IP addresses and dates are pattern-detectable in free text; record and plan ' +
        'numbers need a context word such as "MRN" or "member ID"; a ZIP code counts next to an address or the word ZIP, a date only with a birth context ("DOB", "born"), and an age only over 89. Off unless the note is marked `deidentified: true` (or the rule\'s `always` option is set, as `rapport:all` does).',
      satisfies:
        'Replace each identifier with a placeholder such as `[phone]`, `[email]` or `[date of birth]` (the quick fix offers it). Not reported: frontmatter values, ' +
        'scores (ORS, SRS, PHQ-9, GAD-7, Y-BOCS, PCL-5), CPT codes, session and appointment dates and times, and mentions without a value ("DOB verified", "gave a new cell number").',
      failing: [
        {
          title: 'A phone number and a date of birth in a note for supervision',
          note:
            '---\ntype: intake\nformat: free\nclient: C-0801\ndate: 2026-08-01\nsession: 1\ndeidentified: true\n---\n\n## Identifying information\n\n' +
            '41 y/o, DOB 02/17/1985; asked for text reminders at 555-0142.\n',
        },
      ],
      passing: [
        {
          title: 'Scores, a CPT code, an appointment date and a mention without a value',
          note:
            '---\ntype: progress\nformat: free\nclient: C-0802\ndate: 2026-08-02\nsession: 4\ndeidentified: true\n---\n\n## Session\n\n' +
            '90834, video. ID and DOB verified at start. PHQ-9 12 (intake 19); SRS 31. Gave a new cell number for reminders.\n\n' +
            '## Plan\n\nNext appt 08/09/2026, 4pm: review the exposure ladder.\n',
        },
      ],
    },
    messages: {
      identifier: '{{identifier}} in the note body: replace it with a placeholder before the note is shared (HIPAA Safe Harbor).',
    },
    options: z
      .object({
        always: z.boolean().default(false).describe('Check every note, not only those marked `deidentified: true`'),
        allow: z.array(z.string().min(1)).default([]).describe('Values never reported, e.g. the clinic\'s own public phone number or website'),
        ignoreKinds: z.array(z.enum(KINDS)).default([]).describe('Kinds of identifier not to report'),
      })
      .strict(),
    fixable: false,
    hasSuggestions: true,
  },
  check({ note, options, report }) {
    if (!options.always && !isMarkedDeidentified(note)) return;
    const start = bodyStart(note);
    const body = note.text.slice(start);
    const allowed = new Set(options.allow.map((a) => a.trim().toLowerCase()));
    const ignored = new Set<IdentifierKind>(options.ignoreKinds);
    for (const match of findIdentifiers(body)) {
      if (ignored.has(match.kind) || allowed.has(body.slice(match.start, match.end).toLowerCase())) continue;
      const span = { start: start + match.start, end: start + match.end };
      report({
        messageId: 'identifier',
        data: { identifier: IDENTIFIER_KINDS[match.kind].name },
        span,
        detail: match.kind,
        // The identifier itself is what must not travel: no excerpt, even with --include-excerpts.
        excerpt: null,
        fixes: [
          {
            title: `Replace with ${match.placeholder}`,
            edits: [{ offset: span.start, deleteLength: span.end - span.start, text: match.placeholder }],
            isSuggestion: true,
          },
        ],
      });
    }
  },
});
