import type { Note } from '../parse/note.js';
import type { Sentence } from '../parse/sentences.js';
import type { Span } from '../types.js';

/**
 * A lexicon match in one sentence, classified the way ConText does (DOMAIN.md §7). The cue layer
 * (lexicons and classifier) is built by the relationship-rules work; template rules do not read it.
 */
export interface Cue {
  kind: string;
  span: Span;
  sentence: Sentence;
}

export interface Cues {
  all: readonly Cue[];
  of(kind: string): readonly Cue[];
}

export interface CueOptions {
  /** Phrases a clinic adds per cue kind (config `lexicon`). */
  lexicon: Record<string, string[]>;
}

export function analyseCues(_note: Note, _options: CueOptions): Cues {
  const all: Cue[] = [];
  return { all, of: (kind) => all.filter((cue) => cue.kind === kind) };
}
