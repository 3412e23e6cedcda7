// What a lexicon pattern's matches must start with, worked out from the pattern itself: the set of
// their possible first characters, lower case, up to PREFIX_LENGTH of them, with any run of spaces
// as one space ("(?:the )?session" → "the ses", "session"). The matcher then tries a pattern only at
// the word starts whose first characters are one of its prefixes, anchored there, instead of
// scanning the whole sentence with every pattern.
//
// The patterns are the lexicons' small regular-expression dialect (literal words, groups,
// alternatives, quantifiers, classes such as [sz], a few escapes). Anything this reader does not
// understand ends a prefix where it stands, or, at a pattern's very start, makes it answer "no known
// prefix" and the pattern is scanned across every sentence the old way: a prefix is a necessary
// condition or nothing, never a guess.

export const PREFIX_LENGTH = 8;
/** Stands for any run of whitespace in a prefix. */
export const SPACE = ' ';
// Enumerating prefixes through long alternations multiplies; past this many steps the reader falls
// back to each pattern's first word alone.
const BUDGET = 20000;

type Atom =
  | { kind: 'char'; chars: string[]; min: number; max: number }
  | { kind: 'space'; min: number }
  | { kind: 'group'; alternatives: Atom[][]; min: number; max: number }
  | { kind: 'zero-width' }
  | { kind: 'unknown'; min: number };

class Unsupported extends Error {}

/** What may follow an atom to repeat it or make it optional. */
const QUANTIFIERS = '?*+{';
const literals = new Map<string, Atom>();

/**
 * The atom of a literal character met once: one shared object per character, since nothing changes
 * an atom once read. The lexicons' patterns are some 400,000 characters, mostly such letters, and each
 * new worker thread reads them all before its first note: an object (and an array) per letter made
 * most of that reading's garbage.
 */
function literal(ch: string): Atom {
  let atom = literals.get(ch);
  if (!atom) literals.set(ch, (atom = { kind: 'char', chars: [ch], min: 1, max: 1 }));
  return atom;
}

/** Reads a pattern into alternatives of atom sequences. Throws Unsupported on syntax it does not know. */
function parse(source: string): Atom[][] {
  let i = 0;

  function quantifier(): { min: number; max: number } {
    let min = 1;
    let max = 1;
    const ch = source[i];
    if (ch === '?') (min = 0), i++;
    else if (ch === '*') (min = 0), (max = Infinity), i++;
    else if (ch === '+') (max = Infinity), i++;
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) throw new Unsupported();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length;
    } else return { min, max };
    if (source[i] === '?') i++; // lazy
    return { min, max };
  }

  /** A character class's characters, or null when it is negated or holds ranges or \\w-like escapes. */
  function charClass(): string[] | null {
    // source[i] === '['
    i++;
    let enumerable = source[i] !== '^';
    const chars: string[] = [];
    while (i < source.length && source[i] !== ']') {
      let ch = source[i]!;
      if (ch === '\\') {
        const next = source[i + 1];
        if (next === undefined) throw new Unsupported();
        if (/[a-zA-Z0-9]/.test(next)) enumerable = false; // \s \w \d \p{…}
        ch = next;
        i += 2;
      } else i++;
      if (source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) enumerable = false; // a range
      chars.push(ch);
    }
    if (source[i] !== ']') throw new Unsupported();
    i++;
    return enumerable ? chars : null;
  }

  function sequence(): Atom[][] {
    const alternatives: Atom[][] = [[]];
    while (i < source.length) {
      const ch = source[i]!;
      if (ch === ')') break;
      if (ch === '|') {
        alternatives.push([]);
        i++;
        continue;
      }
      const current = alternatives[alternatives.length - 1]!;
      if (ch === '(') {
        // Read in place, not from a slice of the rest: this runs at every group of every pattern.
        const lookbehind = source.startsWith('(?<', i);
        const mark = source[i + (lookbehind ? 3 : 2)];
        if (source[i + 1] === '?' && (mark === '=' || mark === '!')) {
          // A lookaround consumes nothing.
          i += lookbehind ? 4 : 3;
          sequence();
          if (source[i] !== ')') throw new Unsupported();
          i++;
          current.push({ kind: 'zero-width' });
          continue;
        }
        const close = lookbehind ? source.indexOf('>', i) : -1;
        i += source.startsWith('(?:', i) ? 3 : lookbehind && close >= 0 ? close - i + 1 : lookbehind ? 0 : 1;
        const inner = sequence();
        if (source[i] !== ')') throw new Unsupported();
        i++;
        current.push({ kind: 'group', alternatives: inner, ...quantifier() });
        continue;
      }
      if (ch === '^' || ch === '$') {
        i++;
        current.push({ kind: 'zero-width' });
        continue;
      }
      if (ch === ' ') {
        i++;
        current.push({ kind: 'space', min: quantifier().min });
        continue;
      }
      if (ch === '[') {
        const chars = charClass();
        current.push(!chars || chars.some((c) => /\s/.test(c)) ? { kind: 'unknown', ...quantifier() } : { kind: 'char', chars, ...quantifier() });
        continue;
      }
      if (ch === '\\') {
        const next = source[i + 1];
        if (next === undefined) throw new Unsupported();
        i += 2;
        if (next === 'b' || next === 'B') current.push({ kind: 'zero-width' });
        else if (next === 'p' || next === 'P') {
          const close = source.indexOf('}', i);
          if (close < 0) throw new Unsupported();
          i = close + 1;
          current.push({ kind: 'unknown', ...quantifier() });
        } else if (/[a-zA-Z0-9]/.test(next)) current.push({ kind: 'unknown', ...quantifier() }); // \s \w \d …
        else current.push({ kind: 'char', chars: [next], ...quantifier() });
        continue;
      }
      i++;
      if (ch === '.') current.push({ kind: 'unknown', ...quantifier() });
      else if (i === source.length || !QUANTIFIERS.includes(source[i]!)) current.push(literal(ch));
      else current.push({ kind: 'char', chars: [ch], ...quantifier() });
    }
    return alternatives;
  }

  const out = sequence();
  if (i !== source.length) throw new Unsupported();
  return out;
}

/** What follows once the atoms being walked run out: atoms[at…], then `next`. */
interface Continuation {
  atoms: Atom[];
  at: number;
  next: Continuation | null;
}

/**
 * Every way a match can begin, as its first characters (lower case) up to `length`: a path that
 * reaches the end of the pattern, or something only a scan could judge, ends its prefix there. With
 * `oneWord`, a space ends it too (the fallback when crossing spaces enumerates too many). An empty
 * prefix means some match begins with something unknown: the pattern has no usable prefixes.
 */
function prefixesOf(alternatives: Atom[][], length: number, oneWord: boolean): Set<string> | null {
  const found = new Set<string>();
  let unusable = false;
  let budget = BUDGET;

  function finish(prefix: string): void {
    if (prefix.length === 0) unusable = true;
    else found.add(prefix);
  }

  // Walks atoms[at…] then the continuations, in order, with the prefix so far. The continuations are a
  // linked list, not an array: a step that enters a group adds one without copying the others, and
  // this runs once per pattern in every new worker thread, long before any of it is optimised.
  function walk(atoms: Atom[], at: number, rest: Continuation | null, prefix: string): void {
    if (unusable) return;
    if (--budget < 0) {
      unusable = true;
      return;
    }
    if (prefix.length >= length) return void found.add(prefix.slice(0, length));
    if (at >= atoms.length) {
      if (!rest) return void finish(prefix);
      return walk(rest.atoms, rest.at, rest.next, prefix);
    }
    const atom = atoms[at]!;
    const skip = (): void => walk(atoms, at + 1, rest, prefix);
    switch (atom.kind) {
      case 'zero-width':
        return skip();
      case 'space':
        if (atom.min === 0) skip();
        if (prefix.length === 0) return finish(prefix);
        if (oneWord) return finish(prefix + SPACE);
        // A run of spaces reads as one space, in the pattern as in the text.
        return walk(atoms, at + 1, rest, prefix.endsWith(SPACE) ? prefix : prefix + SPACE);
      case 'unknown':
        finish(prefix);
        if (atom.min === 0) skip();
        return;
      case 'char':
        if (atom.min === 0) skip();
        for (const ch of atom.chars) {
          const lower = ch.toLowerCase()[0]!;
          const code = lower.charCodeAt(0);
          // Half of a letter outside the basic plane: only a scan can judge it.
          if (code >= 0xd800 && code <= 0xdfff) finish(prefix);
          else if (atom.max > 1) finish(prefix + lower); // repeated letters: stop after the first
          else walk(atoms, at + 1, rest, prefix + lower);
        }
        return;
      case 'group':
        if (atom.min === 0) skip();
        for (const alternative of atom.alternatives) {
          // Once through the group, then on with what follows it (a repeated group stops after one pass).
          if (atom.max > 1) walk(alternative, 0, null, prefix);
          else walk(alternative, 0, { atoms, at: at + 1, next: rest }, prefix);
        }
        return;
    }
  }

  for (const alternative of alternatives) walk(alternative, 0, null, '');
  return unusable ? null : found;
}

/**
 * The prefixes a pattern's matches start with (lower case, at most PREFIX_LENGTH characters, any
 * run of spaces as one SPACE), or null when some match could start with something unknown. `with`
 * and `about` have already been given their shorthand (w/, re:) in the source passed here.
 */
export function matchPrefixes(source: string): string[] | null {
  let alternatives: Atom[][];
  try {
    alternatives = parse(source);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  const found = prefixesOf(alternatives, PREFIX_LENGTH, false) ?? prefixesOf(alternatives, PREFIX_LENGTH, true);
  return found ? [...found].sort() : null;
}

// What else a match needs besides its first characters: words of the pattern every match contains,
// as clauses (each clause a list of literals, lower case, of which a match contains at least one).
// A sentence that lacks every literal of some clause cannot hold a match, so the pattern is not tried
// there. Like a prefix, a clause is a necessary condition or nothing: anything this reader does not
// understand contributes no clause.

/** A conjunction of clauses; each clause is a disjunction of literals (lower case). */
type Requirement = string[][];

/** The shortest literal of a clause, to rank how much a clause tells. */
function clauseStrength(clause: string[]): number {
  let shortest = Infinity;
  for (const literal of clause) shortest = Math.min(shortest, literal.length);
  return shortest;
}

const clauseKey = (clause: string[]): string => [...clause].sort().join('\u0000');

/**
 * An alternation: a clause every alternative requires (the same words in each) is required; and at
 * least one clause from each alternative holds, so the union of their strongest clauses is one too.
 */
function alternation(alternatives: Atom[][]): Requirement {
  if (alternatives.length === 1) return sequenceRequirement(alternatives[0]!);
  const each = alternatives.map(sequenceRequirement);
  const out: Requirement = [];
  const shared = new Set<string>();
  for (const clause of each[0]!) {
    const key = clauseKey(clause);
    if (!shared.has(key) && each.every((clauses) => clauses.some((c) => clauseKey(c) === key))) {
      shared.add(key);
      out.push(clause);
    }
  }
  const union: string[] = [];
  for (const clauses of each) {
    let best: string[] | undefined;
    for (const clause of clauses) if (!best || clauseStrength(clause) > clauseStrength(best) || (clauseStrength(clause) === clauseStrength(best) && clause.length < best.length)) best = clause;
    if (!best) return out;
    union.push(...best);
  }
  const clause = [...new Set(union)];
  if (!shared.has(clauseKey(clause))) out.push(clause);
  return out;
}

/** A literal character as the lowered text holds it, or null when only a scan could judge it. */
function literalChar(chars: string[]): string | null {
  let found: string | null = null;
  for (const ch of chars) {
    const lower = ch.toLowerCase();
    // ASCII only: other letters may fold in ways lower case does not show.
    if (lower.length !== 1 || lower.charCodeAt(0) > 127) return null;
    if (found !== null && found !== lower) return null;
    found = lower;
  }
  return found;
}

function sequenceRequirement(atoms: Atom[]): Requirement {
  const clauses: Requirement = [];
  let run = '';
  const endRun = (): void => {
    if (run) clauses.push([run]);
    run = '';
  };
  for (const atom of atoms) {
    switch (atom.kind) {
      case 'zero-width':
        // A lookaround or boundary: nothing consumed, and the literals on either side are not adjacent.
        endRun();
        break;
      case 'char': {
        const ch = atom.min >= 1 ? literalChar(atom.chars) : null;
        if (ch === null) {
          endRun();
          break;
        }
        run += ch;
        // One required, and maybe more: the run cannot go on past a repeat.
        if (atom.max !== 1 || atom.min !== 1) endRun();
        break;
      }
      case 'group':
        endRun();
        if (atom.min >= 1) clauses.push(...alternation(atom.alternatives));
        break;
      default:
        endRun();
    }
  }
  endRun();
  return clauses;
}

/**
 * Literals every match of the pattern contains, as clauses: each clause lists literals (lower case,
 * ASCII) of which every match contains at least one. Empty when nothing is known.
 */
export function requiredLiterals(source: string): string[][] {
  // Escapes whose characters this reader would misread as literals (\u00e9, \x41, \cJ, \k<name>, \1) and
  // group syntax it does not know ((?i:…)): nothing is known.
  if (/\\[uxck0-9]/.test(source.replace(/\\\\/g, '')) || /\(\?(?![:=!]|<[=!]|<[A-Za-z_$][\w$]*>)/.test(source)) return [];
  let alternatives: Atom[][];
  try {
    alternatives = parse(source);
  } catch (error) {
    if (error instanceof Unsupported) return [];
    throw error;
  }
  return alternation(alternatives);
}

/**
 * The top-level alternatives of a pattern source (inside one non-capturing group that wraps it
 * whole), as sources of their own; one element when it has none. Each alternative's prefixes and
 * literals are its own: a match of the pattern is a match of one of them, so a word start where no
 * alternative can begin, or none has its literals ahead, need not be tried.
 */
export function topLevelAlternatives(source: string): string[] {
  return alternativesOf(wrapped(source) ?? source);
}

/** A source split at its `|` outside every group and character class, as written. */
export function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** The inside of a `(?:…)` that wraps the whole source, or null. */
function wrapped(source: string): string | null {
  if (!source.startsWith('(?:') || !source.endsWith(')')) return null;
  let depth = 0;
  let inClass = false;
  for (let i = 3; i < source.length - 1; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return null;
  }
  return depth === 0 ? source.slice(3, -1) : null;
}
