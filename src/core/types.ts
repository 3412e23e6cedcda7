// Shared shapes of the engine. Everything here is plain data so the CLI, the extension and the
// web worker can pass it around (and serialise it) without knowing the engine's internals.

export const NOTE_TYPES = ['intake', 'treatment-plan', 'progress', 'termination', 'psychotherapy'] as const;
export type NoteType = (typeof NOTE_TYPES)[number];

export const NOTE_FORMATS = ['SOAP', 'DAP', 'BIRP', 'GIRP', 'PIRP', 'free'] as const;
export type NoteFormat = (typeof NOTE_FORMATS)[number];

export const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
export type SeveritySetting = (typeof SEVERITIES)[number];
export type Severity = Exclude<SeveritySetting, 'off'>;

/** Offsets into the note's text (UTF-16 code units, as JavaScript strings and VS Code count). */
export interface Span {
  start: number;
  end: number;
}

/** 1-based line and column, as editors and ESLint's JSON show them. */
export interface Position {
  line: number;
  column: number;
}

/**
 * One change a fix makes. `deleteLength` is absent for insertions, which is every fix but the
 * replacements a clinician picks explicitly (a language suggestion, a de-identification).
 * `text` is VS Code snippet syntax (`${1:placeholder}`); plain consumers use `snippetToPlainText`.
 */
export interface FixEdit {
  offset: number;
  text: string;
  deleteLength?: number;
}

export interface Fix {
  title: string;
  edits: FixEdit[];
  /** A replacement the clinician chooses among several; never applied automatically. */
  isSuggestion?: boolean;
  /** The action an editor should offer first. */
  isPreferred?: boolean;
}

export interface RelatedLocation {
  message: string;
  span: Span;
  start: Position;
  end: Position;
}

export interface Suppression {
  kind: 'inSource';
  justification?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  messageId: string;
  /** Never holds note text: safe for CI logs. */
  message: string;
  span: Span;
  start: Position;
  end: Position;
  /** The missing section, field or ending action, for note-level rules. */
  detail?: string;
  /** The note's own words that triggered the finding; shown in the editor, omitted from CI reports by default. */
  excerpt?: string;
  related?: RelatedLocation[];
  fixes?: Fix[];
  /** Set when an inline directive silenced the finding (kept for SARIF suppressions). */
  suppressed?: Suppression;
}
