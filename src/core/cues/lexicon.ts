import type { PhrasePattern } from '../match/phrase-index.js';

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
  /**
   * With `needsAnchor`: only words that name the session tie the state to it ("for the rest of the session", "on the call"), not a
   * first-person or therapy word elsewhere in the sentence ("Quiet and guarded; I will review the plan"), where it is how the client
   * presented.
   */
  sessionAnchorOnly?: boolean;
  /**
   * A move away that is a rupture only as an answer to the therapist, who asked or raised something in the sentence just before
   * ("Asked him to describe the moment. He looked out of the window."). The same move after a "when I asked…" in its own sentence
   * is an entry of its own, with that clause written into its pattern.
   */
  promptBefore?: boolean;
  /** Counts only inside quotation marks: the client's own verdict ("good session"), not the clinician's. */
  mustBeQuoted?: boolean;
  /** A speech act composed with a target and a verdict: someone else named inside it means the words are relayed, not the client's. */
  composed?: boolean;
  /**
   * Termination action 1 in words that do not say what was looked back on ("reviewed the hierarchy together"): the action, but not
   * the review passage in which the rupture rules read a marker as the therapy looked back on, not as today's.
   */
  reviewsAnything?: boolean;
  /** A clinic's own phrase (config `lexicon`): the clinic chose it, so the learned look never sets a marker it found aside. */
  clinic?: boolean;
  /** Match case as written (abbreviations such as `T` or `HW`). */
  caseSensitive?: boolean;
  /**
   * A part of `pattern` that every one of its alternatives holds whole (for the phrase index, which
   * tries the pattern only where this is found later in the sentence): for a costly composition.
   */
  requires?: string;
}

export interface CompiledEntry extends LexiconEntry {
  /** The pattern as the phrase index takes it (it checks the word boundaries itself). */
  phrase: PhrasePattern;
}

/** A branch ending " (?:on|at)?" → "(?: (?:on|at))?": the space before a trailing optional group is optional with it. */
function optionalSpaces(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === ' ' && source[i + 1] === '(' && source[i - 1] !== '\\') {
      let depth = 0;
      let inClass = false;
      let j = i + 1;
      for (; j < source.length; j++) {
        const ch = source[j]!;
        if (ch === '\\') {
          j++;
          continue;
        }
        if (inClass) {
          if (ch === ']') inClass = false;
          continue;
        }
        if (ch === '[') inClass = true;
        else if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) break;
      }
      // Only a trailing optional group (end of a branch): elsewhere the group carries its own trailing space.
      const after = source[j + 2];
      if (j < source.length && (source[j + 1] === '?' || source[j + 1] === '*') && (after === undefined || after === '|' || after === ')')) {
        out += `(?: ${optionalSpaces(source.slice(i + 1, j + 1))})${source[j + 1]}`;
        i = j + 1;
        continue;
      }
    }
    out += source[i];
  }
  return out;
}

/** A lexicon pattern as it runs: the shorthand for joining words, and any run of whitespace for a space. Also the source without the shorthand. */
function runnable(pattern: string): { source: string; shorthand: string } {
  // Clinicians' shorthand for the commonest joining words: "frustrated w/ T", "anxious re: ending", "you & me".
  const shorthand = optionalSpaces(pattern)
    .replace(/(?<![\p{L}\\])with(?![\p{L}])/gu, '(?:with|w/)')
    .replace(/(?<![\p{L}\\])about(?![\p{L}])/gu, '(?:about|re:?)');
  // A space in a pattern stands for any run of whitespace (quote marks are blanked to spaces).
  const source = shorthand.replace(/ [*?]/g, String.raw`\s*`).replace(/ (?![*?+{])/g, String.raw`\s+`);
  return { source, shorthand };
}

export function compileEntry(entry: LexiconEntry): CompiledEntry {
  const { source, shorthand } = runnable(entry.pattern);
  const flags = entry.caseSensitive ? 'gu' : 'giu';
  const phrase: PhrasePattern = { source, flags, prefixSource: shorthand };
  if (entry.requires !== undefined) {
    // Rewritten the same way, the required part must still stand whole in the pattern, or it would not be the same words.
    const requires = runnable(entry.requires).source;
    if (!source.includes(requires)) throw new Error(`a lexicon pattern does not hold what it requires (${entry.note})`);
    phrase.requires = requires;
  }
  return { ...entry, phrase };
}

/**
 * A clinic's phrase as a pattern: its words with any run of spaces between them, each word with the
 * common inflections (revisit → revisits, revisited, revisiting; validate → validated, validating).
 */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => {
      const literal = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (!/^[a-z]{3,}$/i.test(word)) return literal;
      return /e$/i.test(word) ? `${literal.slice(0, -1)}(?:e|es|ed|ing)` : `${literal}(?:s|es|d|ed|ing)?`;
    })
    .join('\\s+');
}

/** Helper for lexicon modules: a list of entries of one kind. */
export function entries(kind: CueKind, list: Array<Omit<LexiconEntry, 'kind'>>): LexiconEntry[] {
  return list.map((e) => ({ kind, ...e }));
}
