import type { z } from 'zod';
import type { Cues } from './cues/index.js';
import type { ResolvedConfig } from './config/resolve.js';
import type { Note } from './parse/note.js';
import type { Fix, NoteType, Severity, Span } from './types.js';

export type RuleCategory = 'template' | 'rupture' | 'responsiveness' | 'collaboration' | 'emotions' | 'ending' | 'language' | 'privacy' | 'directives';

/** Note types a rule reads; `unknown` is a note whose type cannot be read (no or broken frontmatter). */
export type AppliesTo = NoteType | 'unknown';

export interface RuleExample {
  /** What the example shows, in a few words. */
  title: string;
  /** A whole note. */
  note: string;
}

export interface RuleDocs {
  /** One line: what the rule checks. */
  summary: string;
  /** Why it matters to the relationship or the record, with the evidence sentence from DOMAIN.md. */
  why: string;
  /** What in a note satisfies the rule. */
  satisfies: string;
  /** Notes that must produce at least one finding of this rule. */
  failing: RuleExample[];
  /** Notes that must produce none. */
  passing: RuleExample[];
}

export interface RuleMeta<Options extends z.ZodType = z.ZodType> {
  id: string;
  category: RuleCategory;
  defaultSeverity: Severity | 'off';
  appliesTo: readonly AppliesTo[];
  docs: RuleDocs;
  /** Message templates by id; `{{name}}` placeholders are filled from the report's data. Never note text. */
  messages: Record<string, string>;
  /** Rule options with their defaults; the JSON Schema for editors is derived from it. */
  options: Options;
  /** Offers fixes that insert text. */
  fixable: boolean;
  /** Offers replacements the clinician picks among. */
  hasSuggestions: boolean;
  /** What a preset sets for this rule, where the category default does not fit (e.g. identifiers in `all`). */
  presets?: Partial<Record<'rapport:recommended' | 'rapport:strict' | 'rapport:all', { severity: Severity | 'off'; options?: unknown }>>;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  span: Span;
  detail?: string;
  /** The note's words behind the finding; defaults to the text under `span` for line-level reports. */
  excerpt?: string | null;
  related?: Array<{ message: string; span: Span }>;
  fixes?: Fix[];
}

export interface RuleContext<Options = unknown> {
  note: Note;
  /** Every lexicon match, classified; computed on first use and shared by all rules. */
  readonly cues: Cues;
  options: Options;
  config: ResolvedConfig;
  severity: Severity;
  report(report: Report): void;
}

export interface Rule<Options extends z.ZodType = z.ZodType> {
  meta: RuleMeta<Options>;
  check(context: RuleContext<z.output<Options>>): void;
}

/** Keeps a rule's option type tied to its schema without repeating it. */
export function defineRule<Options extends z.ZodType>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

export const ALL_NOTE_TYPES: readonly AppliesTo[] = ['intake', 'treatment-plan', 'progress', 'termination', 'psychotherapy', 'unknown'];
/** Template rules leave psychotherapy notes (HIPAA's separately kept process notes) alone. */
export const TEMPLATE_NOTE_TYPES: readonly AppliesTo[] = ['intake', 'treatment-plan', 'progress', 'termination', 'unknown'];
