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
  /** Counts only inside quotation marks: the client's own verdict ("good session"), not the clinician's. */
  mustBeQuoted?: boolean;
  /** Match case as written (abbreviations such as `T` or `HW`). */
  caseSensitive?: boolean;
}

export interface CompiledEntry extends LexiconEntry {
  regex: RegExp;
  /** `regex` without its leading word-boundary check, for the scanner (which checks it). */
  scan: RegExp;
  /** A cheap necessary condition (the pattern's first element): sentences that fail it are skipped. */
  gate: RegExp | null;
  /** Literal word starts, one of which every match contains (lower case): a substring test before any regex runs. */
  stems: string[] | null;
}

/** The top-level alternatives of a group-or-word head: "(?:a|b)c" gives ["a", "b"] (their shared suffix is not needed). */
function alternatives(head: string): string[] {
  if (!head.startsWith('(?:')) return [head];
  let depth = 0;
  let inClass = false;
  const out: string[] = [];
  let from = 3;
  for (let i = 0; i < head.length; i++) {
    const ch = head[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) {
        out.push(head.slice(from, i));
        // An optional group ("(?:a|b)?") is no requirement.
        return /^[?*]/.test(head.slice(i + 1)) || /^\{0/.test(head.slice(i + 1)) ? [] : out;
      }
    } else if (ch === '|' && depth === 1) {
      out.push(head.slice(from, i));
      from = i + 1;
    }
  }
  return [];
}

/** The literal letters an alternative must start with ("looks? forward" → "look"). */
function literalStart(alternative: string): string {
  const m = /^[a-z' ]+/i.exec(alternative);
  if (!m) return '';
  let stem = m[0];
  if (/^[?*]|^\{0/.test(alternative.slice(stem.length))) stem = stem.slice(0, -1);
  return stem.trim().toLowerCase();
}

/** Offsets of `char` in a regex source outside groups, character classes and escapes. */
function topLevelOffsets(source: string, char: string): number[] {
  let depth = 0;
  let inClass = false;
  const offsets: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === char && depth === 0) offsets.push(i);
  }
  return offsets;
}

/** The top-level branches of a pattern ("a b|c d" → ["a b", "c d"]). */
function branches(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const bar of topLevelOffsets(source, '|')) {
    out.push(source.slice(from, bar));
    from = bar + 1;
  }
  out.push(source.slice(from));
  return out;
}

/** The first element of a branch: up to its first top-level space, or all of it. */
function firstElement(branch: string): string | null {
  const space = topLevelOffsets(branch, ' ')[0];
  if (space === undefined) return branch;
  return space > 0 ? branch.slice(0, space) : null;
}

/** Whether an element is one group made optional as a whole ("(?:that )?"), which requires nothing. */
function wholeOptionalGroup(head: string): boolean {
  if (!head.startsWith('(') || !/[?*]$/.test(head)) return false;
  let depth = 0;
  for (let i = 0; i < head.length; i++) {
    const ch = head[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i === head.length - 2;
  }
  return false;
}

/** The literal starts of a head's alternatives, looking into nested groups ("(?:(?:did|has) not|skipped)" → did, has, skipped). */
function headStems(head: string): string[] | null {
  const alts = alternatives(head);
  if (alts.length === 0) return null;
  const out: string[] = [];
  for (const alt of alts) {
    if (alt.startsWith('(?:')) {
      const inner = headStems(alt);
      if (!inner) return null;
      out.push(...inner);
      continue;
    }
    const stem = literalStart(alt);
    if (stem.length < 1) return null;
    out.push(stem);
  }
  return out;
}

function stemsOf(pattern: string): string[] | null {
  const stems: string[] = [];
  for (const branch of branches(pattern)) {
    const head = firstElement(branch);
    if (!head || /^\(\?<?[=!]/.test(head) || wholeOptionalGroup(head)) return null;
    const starts = headStems(head);
    if (!starts) return null;
    stems.push(...starts);
  }
  // "with" and "about" also match their shorthand.
  return stems.flatMap((stem) => (stem.startsWith('with') ? [stem, 'w/'] : stem.startsWith('about') ? [stem, 're'] : [stem]));
}

/**
 * The pattern up to its first top-level space, when the pattern has no top-level alternation: any
 * match of the whole pattern starts with a match of it, so a sentence without one cannot match.
 */
function leadingElement(source: string): string | null {
  if (topLevelOffsets(source, '|').length > 0) return null;
  const cut = topLevelOffsets(source, ' ')[0] ?? -1;
  if (cut <= 0) return null;
  // A lookahead or an optional first element is no gate.
  const head = source.slice(0, cut);
  return /[?*]$/.test(head) || head.startsWith('(?=') || head.startsWith('(?!') ? null : head;
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

export function compileEntry(entry: LexiconEntry): CompiledEntry {
  // (?<![\w-]) rather than \b so a pattern may start with punctuation such as "f/u" or "'".
  // A space in a pattern stands for any run of whitespace (quote marks are blanked to spaces).
  const source = optionalSpaces(entry.pattern)
    // Clinicians' shorthand for the commonest joining words: "frustrated w/ T", "anxious re: ending", "you & me".
    .replace(/(?<![\p{L}\\])with(?![\p{L}])/gu, '(?:with|w/)')
    .replace(/(?<![\p{L}\\])about(?![\p{L}])/gu, '(?:about|re:?)')
    .replace(/ [*?]/g, String.raw`\s*`)
    .replace(/ (?![*?+{])/g, String.raw`\s+`);
  const flags = entry.caseSensitive ? 'gu' : 'giu';
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
  // The same without the leading look-behind, which stops the engine from skipping ahead to a
  // literal start; the scanner checks the word boundary before a match itself.
  const scan = new RegExp(`(?:${source})(?![\\p{L}\\p{N}])`, flags);
  const head = leadingElement(entry.pattern);
  let gate: RegExp | null = null;
  if (head) {
    const headSource = head.replace(/(?<![\p{L}\\])with(?![\p{L}])/gu, '(?:with|w/)').replace(/(?<![\p{L}\\])about(?![\p{L}])/gu, '(?:about|re:?)').replace(/ /g, String.raw`\s+`);
    try {
      // No boundary and no unicode mode: a loose, fast pre-test (a false pass only costs the full match).
      gate = new RegExp(headSource, entry.caseSensitive ? '' : 'i');
    } catch {
      gate = null;
    }
  }
  return { ...entry, regex, scan, gate, stems: stemsOf(entry.pattern) };
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
