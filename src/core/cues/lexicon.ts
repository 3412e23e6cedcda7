// Lexicons are data (the retext-equality way): each entry is a phrase pattern, the cue kind it
// signals and a note on where it comes from. Patterns are regular-expression sources matched
// case-insensitively at word boundaries on a sentence whose double quotes have been blanked out,
// so a phrase may run across the edge of a quotation ("pissed off" that I cancelled).

/** Every cue kind a lexicon (built in, or a clinic's `lexicon` config) can add phrases to. */
export const TERMINATION_ACTIONS = [
  'mutual-review',
  'future-coping',
  'skills-beyond',
  'ongoing-growth',
  'post-therapy-growth',
  'meaning-of-ending',
  'gains',
  'pride',
] as const;
export type TerminationAction = (typeof TERMINATION_ACTIONS)[number];

export const CUE_KINDS = [
  'withdrawal-marker',
  'confrontation-marker',
  'repair-step',
  'rupture-followup',
  'nonadherence',
  'barrier-explored',
  'task-adjusted',
  'client-feedback',
  'goal-statement',
  'collaborative-goal',
  'therapist-only-goal',
  'client-context',
  'therapist-reaction',
  'therapist-reflection',
  ...TERMINATION_ACTIONS.map((action) => `termination-action:${action}` as const),
  'ending-reason',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export interface LexiconEntry {
  kind: CueKind;
  /** A regular-expression source; word boundaries are added around it. */
  pattern: string;
  /** Where the phrase comes from, or why it is here. */
  note: string;
  /** The phrase itself names the therapist or the therapy ("accused me", "complained about the fee"). */
  aimed?: boolean;
  /** Typically the client's own quoted words addressed to the therapist ("you don't get it"). */
  quoted?: boolean;
  /** A state word ("withdrawn", "was quiet") that is a symptom unless the sentence ties it to the session or the therapist. */
  needsAnchor?: boolean;
  /** Match case as written (abbreviations such as `T` or `HW`). */
  caseSensitive?: boolean;
}

export interface CompiledEntry extends LexiconEntry {
  regex: RegExp;
}

export function compileEntry(entry: LexiconEntry): CompiledEntry {
  // (?<![\w-]) rather than \b so a pattern may start with punctuation such as "f/u" or "'".
  // A space in a pattern stands for any run of whitespace (quote marks are blanked to spaces).
  const source = entry.pattern
    // Clinicians' shorthand for the commonest joining words: "frustrated w/ T", "anxious re: ending", "you & me".
    .replace(/(?<![\p{L}\\])with(?![\p{L}])/gu, '(?:with|w/)')
    .replace(/(?<![\p{L}\\])about(?![\p{L}])/gu, '(?:about|re:?)')
    .replace(/ [*?]/g, String.raw`\s*`)
    .replace(/ (?![*?+{])/g, String.raw`\s+`);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, entry.caseSensitive ? 'gu' : 'giu');
  return { ...entry, regex };
}

/**
 * A clinic's phrase as a pattern: literal words, any run of spaces between them, and the common
 * inflections on the last word (homework → homeworks, check in → checked in is the clinic's to add).
 */
export function phrasePattern(phrase: string): string {
  const words = phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const last = words.pop() ?? '';
  return [...words, `${last}(?:s|es|d|ed|ing)?`].join('\\s+');
}

/** Helper for lexicon modules: a list of entries of one kind. */
export function entries(kind: CueKind, list: Array<Omit<LexiconEntry, 'kind'>>): LexiconEntry[] {
  return list.map((e) => ({ kind, ...e }));
}
