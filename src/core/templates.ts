import type { ResolvedConfig } from './config/resolve.js';
import type { Note } from './parse/note.js';
import { FORMAT_SECTIONS } from './parse/vocabulary.js';
import type { NoteFormat } from './types.js';

/** The frontmatter fields every note carries unless a clinic template says otherwise (corpus README). */
export const DEFAULT_REQUIRED_FIELDS = ['type', 'client', 'date', 'session'] as const;

export interface TemplateSection {
  name: string;
  required: boolean;
}

/** What a note's template asks of it: its sections in order, and its fields. */
export interface NoteTemplate {
  /** Where the sections come from, for messages: a format name or "clinic template". */
  source: string;
  sections: TemplateSection[];
  checkOrder: boolean;
  requiredFields: string[];
}

/**
 * The template that applies to a note. A clinic template for the note's type (and format, if it
 * names one) wins; otherwise a declared format brings its own sections. `free`, an undeclared
 * format, or an unknown type require no sections; psychotherapy notes get no template at all.
 */
export function templateFor(note: Note, config: ResolvedConfig): NoteTemplate | null {
  if (note.type === 'psychotherapy') return null;
  const declared: NoteFormat | null = note.formatDeclared ? note.format : null;
  const candidates = note.type ? (config.templates[note.type] ?? []) : [];
  const clinic = candidates.find((t) => t.format !== undefined && t.format === declared) ?? candidates.find((t) => t.format === undefined);
  const requiredFields = clinic?.requiredFields ?? [...DEFAULT_REQUIRED_FIELDS];
  if (clinic?.sections) {
    return {
      source: 'clinic template',
      sections: clinic.sections.map((s) => (typeof s === 'string' ? { name: s, required: true } : { name: s.name, required: s.required ?? true })),
      checkOrder: clinic.order ?? true,
      requiredFields,
    };
  }
  const formatSections = note.type && declared && declared !== 'free' ? FORMAT_SECTIONS[declared] : [];
  return {
    source: declared ?? 'free',
    sections: formatSections.map((s) => ({ name: s.name, required: true })),
    checkOrder: clinic?.order ?? true,
    requiredFields,
  };
}
