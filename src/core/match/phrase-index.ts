// Many phrase patterns matched over one sentence at a time, each tried only where it can start.
//
// Scanning a sentence with each of a few hundred patterns costs a few hundred passes over it, and
// a leading look-behind stops the regular-expression engine from skipping ahead to a literal. Here
// each pattern is indexed by the first characters its matches can start with (`matchPrefixes`, per
// top-level alternative); the sentence is walked once, and at each word start only the patterns
// listed under its first one to eight characters run, anchored there (sticky), and only if the
// literals the listed alternative needs lie ahead. The result is exactly what a scan of the whole
// sentence with each pattern finds: leftmost matches, not overlapping within a pattern.
import { matchPrefixes, PREFIX_LENGTH, requiredLiterals, SPACE, topLevelAlternatives } from './prefixes.js';

export interface PhrasePattern {
  /** The regular-expression source whose matches to find; a space matches a space only if the source says so. */
  source: string;
  flags: string;
  /**
   * The source to read prefixes from, if it differs from `source` (for example before spaces were
   * rewritten to `\s+`). Its spaces end a word.
   */
  prefixSource?: string;
  /**
   * A regular-expression source (same flags) that every match holds, matching at or after the
   * match's start: a pattern that is costly to try ("a speech verb, then within the clause a
   * target and a verdict") is tried at a word start only when the text from there has one.
   */
  requires?: string;
}

export interface PhraseMatch {
  /** The pattern's position in the list the index was built from. */
  pattern: number;
  from: number;
  to: number;
}

/**
 * A pattern's expressions. The anchored one (with `requires`) is made the first time the pattern is
 * tried: over the bench's thousand notes only about a third of the lexicons' patterns ever run, and
 * making the others would cost every new worker thread part of its start for nothing.
 */
interface Compiled {
  /** The pattern's source with the boundary after it, and its flags (global, not sticky). */
  body: string;
  flags: string;
  requiresSource: string | undefined;
  /** Null until the pattern is first tried. */
  anchored: RegExp | null;
  /** Only for a pattern without known prefixes, which is scanned across the text (null otherwise). */
  scan: RegExp | null;
  /** The pattern's `requires`, global, or null. */
  requires: RegExp | null;
}

/** The compiled pattern with its anchored expression (and `requires`) made. */
function made(compiled: Compiled): Compiled & { anchored: RegExp } {
  if (!compiled.anchored) {
    compiled.anchored = new RegExp(compiled.body, compiled.flags.replace('g', 'y'));
    if (compiled.requiresSource !== undefined) compiled.requires = new RegExp(compiled.requiresSource, compiled.flags);
  }
  return compiled as Compiled & { anchored: RegExp };
}

// A prefix as one number, so looking a word start up allocates nothing: a 30-bit rolling hash (a
// small integer to the engine, so the map needs no boxed keys). Two prefixes may share a number;
// that only costs a try.
function prefixKey(previous: number, code: number): number {
  return (Math.imul(previous, 131) + code) & 0x3fffffff;
}

const SPACE_CODE = SPACE.charCodeAt(0);

/** What PrefixTable.find returns for a prefix no pattern starts with: negative (no list) and even (nothing longer). */
const NOT_FOUND = -4;

/**
 * The prefixes, as an open-addressed table of prefix keys: looked up at nearly every character of
 * every sentence, so plain typed arrays rather than a Map (whose lookup costs several times more).
 * Per key: the patterns that start with that prefix (an index into `lists`, -1 for none), and
 * whether some longer prefix starts with it too. Key and value sit side by side (one cache line).
 */
class PrefixTable {
  /** [key, value] per slot; keys are 30-bit, never negative: -1 marks an empty slot. */
  private slots = new Int32Array(2 << 4).fill(-1);
  private mask = (1 << 4) - 1;
  private shift = 32 - 4;
  private size = 0;
  readonly lists: number[][] = [];

  /**
   * Adds a prefix's key, built as the index is: with `entry` when a prefix ends here, else marking that
   * a longer one goes on from it. Filled in place, without a Map of an object per key in between: the
   * lexicons give some 50,000 keys, and every new worker thread builds its own table before its first note.
   */
  add(key: number, entry: number | null): void {
    const at = 2 * this.slotFor(key) + 1;
    const value = this.slots[at]!;
    if (entry === null) this.slots[at] = value | 1;
    else if (value >> 1 >= 0) this.lists[value >> 1]!.push(entry);
    else {
      // The list's index shifted left, the low bit for `longer` (-1 << 1 stays negative: no list).
      this.slots[at] = (this.lists.length << 1) | (value & 1);
      this.lists.push([entry]);
    }
  }

  /** The slot of `key`, taken (with no list, nothing longer) if the key is new. */
  private slotFor(key: number): number {
    let slot = this.slotOf(key);
    while (this.slots[2 * slot] !== key) {
      if (this.slots[2 * slot] === -1) {
        // At most half full, as a lookup that misses must soon meet an empty slot.
        if (2 * (this.size + 1) > this.mask + 1) {
          this.grow();
          return this.slotFor(key);
        }
        this.size++;
        this.slots[2 * slot] = key;
        this.slots[2 * slot + 1] = -2;
        return slot;
      }
      slot = (slot + 1) & this.mask;
    }
    return slot;
  }

  private grow(): void {
    const old = this.slots;
    const bits = 33 - this.shift;
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.slots = new Int32Array(2 << bits).fill(-1);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === -1) continue;
      let slot = this.slotOf(old[i]!);
      while (this.slots[2 * slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = old[i]!;
      this.slots[2 * slot + 1] = old[i + 1]!;
    }
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The value stored for `key`: (list index << 1) | longer, or NOT_FOUND. */
  find(key: number): number {
    const { slots, mask } = this;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & mask) {
      const held = slots[2 * slot]!;
      if (held === key) return slots[2 * slot + 1]!;
      if (held === -1) return NOT_FOUND;
    }
  }
}

/**
 * A character's lower-case code unit, as the prefixes were written (the first unit of its lower case).
 * Exact for patterns written in ASCII, as the lexicons are; a pattern that starts with a letter whose
 * case folding differs from its lower case (the long s) would be tried too rarely.
 */
function lowerCode(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  return text[at]!.toLowerCase().charCodeAt(0);
}

/**
 * A character's code as the sentence's grams are built from it: its lower case, and the two letters
 * outside ASCII that a case-insensitive pattern lets stand for an ASCII one (the long s for `s`, the
 * dotless i for `i`) as that letter.
 */
function gramCode(text: string, at: number): number {
  const code = lowerCode(text, at);
  return code === 0x17f ? 115 : code === 0x131 ? 105 : code;
}

// Character grams (two or three characters) as 12-bit numbers; two grams may share one, which only
// lets a pattern be tried where it need not be.
const GRAM_BITS = 12;
const GRAM_SLOTS = 1 << GRAM_BITS;
function gram2(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> (32 - GRAM_BITS);
}
function gram3(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> (32 - GRAM_BITS);
}

/**
 * The clauses of literals the patterns need besides their prefixes (requiredLiterals), each stored
 * once however many patterns share it. A literal is checked by two of its grams (its first and last
 * three characters; a two-character literal by itself as a gram of two): a text that lacks either
 * lacks the literal. Grams of three take slots [0, 4096) of the table, grams of two the slots after.
 */
class Clauses {
  /** Per clause, two gram slots per literal. */
  readonly slots: Int32Array[] = [];
  readonly literals: string[][] = [];
  private readonly ids = new Map<string, number>();

  add(literals: string[]): number {
    const distinct = [...new Set(literals)].sort();
    const key = distinct.join('\u0000');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.slots.length;
      this.ids.set(key, id);
      const slots: number[] = [];
      for (const literal of distinct) {
        const c = [...literal].map((ch) => ch.charCodeAt(0));
        const n = c.length;
        if (n === 2) slots.push(GRAM_SLOTS + gram2(c[0]!, c[1]!), GRAM_SLOTS + gram2(c[0]!, c[1]!));
        else slots.push(gram3(c[0]!, c[1]!, c[2]!), gram3(c[n - 3]!, c[n - 2]!, c[n - 1]!));
      }
      this.slots.push(Int32Array.from(slots));
      this.literals.push(distinct);
    }
    return id;
  }
}

/** The clauses (ids) a pattern needs besides its prefix, or null when nothing is known. */
function requirementOf(known: Clauses, source: string, prefixes: readonly string[] | null): number[] | null {
  const clauses = requiredLiterals(source).filter(
    (clause) =>
      // A one-letter literal is in nearly every sentence, and a clause the prefix already holds tells nothing.
      clause.every((literal) => literal.length >= 2) && !(prefixes && prefixes.every((prefix) => clause.some((literal) => prefix.includes(literal)))),
  );
  if (clauses.length === 0) return null;
  // Fewest literals first: cheapest to check, and as likely as any to fail.
  clauses.sort((a, b) => a.length - b.length);
  return clauses.slice(0, 4).map((clause) => known.add(clause));
}

const WORD = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/;

export interface PhraseIndexOptions {
  /** Characters besides letters and digits a match may not directly follow ("-" for "non-compliant" in "self-non-compliant"). */
  notAfter?: string;
}

/**
 * A pattern's top-level alternatives, each with the prefixes it can start with and its source (as
 * it runs), when every one has usable prefixes (together they are the pattern's); else the whole
 * pattern as one; null when some match could start with something unknown.
 */
function alternativesOf(pattern: PhrasePattern): Array<{ prefixes: string[]; source: string }> | null {
  const sources = topLevelAlternatives(pattern.source);
  // The prefix source differs from the source only in how spaces are written: the same alternatives, or no split.
  const prefixSources = pattern.prefixSource === undefined ? sources : topLevelAlternatives(pattern.prefixSource);
  if (sources.length > 1 && prefixSources.length === sources.length) {
    const out: Array<{ prefixes: string[]; source: string }> = [];
    for (let k = 0; k < sources.length; k++) {
      const own = matchPrefixes(prefixSources[k]!);
      if (!own) break;
      out.push({ prefixes: own, source: sources[k]! });
    }
    if (out.length === sources.length) return out;
  }
  const prefixes = matchPrefixes(pattern.prefixSource ?? pattern.source);
  return prefixes && [{ prefixes, source: pattern.source }];
}

/**
 * How every match ends: at a word boundary, after running on through the rest of a number it ends in. A pattern ending in \d
 * ("dropped from \d", "0/\d") is written for a number, and the boundary alone would let it read only a number of one digit.
 */
export const MATCH_END = String.raw`(?:(?<=\p{N})[\p{N}.,]*\p{N})?(?![\p{L}\p{N}])`;

export class PhraseIndex {
  private readonly compiled: Compiled[];
  /**
   * The prefix lists hold entries: a pattern's top-level alternative (or the whole pattern), with
   * the literals a match through it needs (null: none known). A pattern is tried at a word start
   * where one of its alternatives can begin and has its literals ahead, so a pattern of many
   * alternatives ("said … helped | reported feeling … after") is not tried for one alternative's
   * first word with another alternative's literals.
   */
  private readonly entryPattern: number[] = [];
  /**
   * Per entry, the clauses it needs (null: none known), read from its source the first time it is
   * asked about (undefined until then): in a run most entries never are, since no word of the notes
   * starts with their first characters, and reading them all would cost every new worker thread.
   */
  private readonly requirements: Array<number[] | null | undefined> = [];
  /** Per entry, the source and prefixes its requirement is read from (source null: its flags give it none). */
  private readonly entrySource: Array<string | null> = [];
  private readonly entryPrefixes: Array<string[] | null> = [];
  /** Per pattern, its entries. */
  private readonly entriesOf: number[][] = [];
  private readonly clauses = new Clauses();
  // Per clause, the last offset of the current text from which it may still hold (-1: nowhere), once asked (stamped).
  private clauseStamp = new Int32Array(0);
  private clauseLatest = new Int32Array(0);
  // The current text's grams (stamped, so nothing is cleared between texts), built on first need,
  // each with where it last starts: a literal can start at or after an offset only if both its
  // grams start there or later.
  private readonly grams = new Int32Array(2 * GRAM_SLOTS);
  private readonly gramLast = new Int32Array(2 * GRAM_SLOTS);
  private gramsStamp = 0;
  // Per entry, the last offset of the current text at which a match may start as far as its
  // literals tell (-1: none), once asked. Literals near the end of a sentence rule out the word
  // starts after them, not only a sentence that lacks them.
  private latestStamp = new Int32Array(0);
  private latest = new Int32Array(0);
  /** Patterns whose matches have no known first letters: scanned across every sentence. */
  private readonly unanchored: number[] = [];
  /**
   * Per prefix key: the patterns that start with it (if any), and whether some longer prefix starts
   * with it too (else reading the word further finds nothing).
   */
  private readonly byPrefix: PrefixTable;
  /** 1 for each character code a prefix starts with: a match can only start on one of these. */
  private readonly firstLetters = new Uint8Array(65536);
  /** ASCII characters a match may not follow (letters, digits and `notAfter`). */
  private readonly asciiBlocked = new Uint8Array(128);
  private readonly notAfter: string;
  // Per pattern: where its last match in the current text ended, and the word start it was last
  // tried at, each valid only when its stamp is the current text's (no clearing between texts).
  private lastEnd = new Int32Array(0);
  private lastEndStamp = new Int32Array(0);
  private triedAt = new Int32Array(0);
  private triedStamp = new Int32Array(0);
  // Per pattern with `requires`, in the current text: the last start it was found at (it is there
  // from every offset up to that one), and the first offset from which it was not (nor from later).
  private requiredAt = new Int32Array(0);
  private requiredAbsentFrom = new Int32Array(0);
  private requiredStamp = new Int32Array(0);
  private stamp = 0;

  constructor(patterns: readonly PhrasePattern[], options: PhraseIndexOptions = {}) {
    this.notAfter = options.notAfter ?? '';
    for (let code = 0; code < 128; code++) {
      const ch = String.fromCharCode(code);
      this.asciiBlocked[code] = WORD.test(ch) || this.notAfter.includes(ch) ? 1 : 0;
    }
    const global = (flags: string): string => (flags.includes('g') ? flags : `${flags}g`);
    const byPrefix = new PrefixTable();
    /** The previous prefix's key after each of its characters. */
    const keys = new Int32Array(PREFIX_LENGTH);
    this.compiled = patterns.map((pattern, i) => {
      const body = `(?:${pattern.source})${MATCH_END}`;
      const flags = global(pattern.flags.replace('y', ''));
      const alternatives = alternativesOf(pattern);
      // Read from the source as it runs (its spaces already \\s+), with the flags it runs with: a
      // pattern whose flags change what a character stands for gets no requirement.
      const readsLiterals = /^[gimsuyd]*$/.test(pattern.flags);
      this.entriesOf.push([]);
      const addEntry = (source: string, own: string[] | null): number => {
        const entry = this.entryPattern.length;
        this.entryPattern.push(i);
        this.requirements.push(readsLiterals ? undefined : null);
        this.entrySource.push(readsLiterals ? source : null);
        this.entryPrefixes.push(own);
        this.entriesOf[i]!.push(entry);
        return entry;
      };
      if (!alternatives) {
        addEntry(pattern.source, null);
        this.unanchored.push(i);
      } else
        for (const alternative of alternatives) {
          const entry = addEntry(alternative.source, alternative.prefixes);
          // The prefixes come sorted, and an alternative's often share their first characters (tens of
          // prefixes of eight characters through its alternations): the characters a prefix shares with
          // the one before, short of that one's last, are already in the table and marked `longer`, so
          // each prefix starts from there with the key it had. Loading the engine in a new worker
          // thread walks these few hundred thousand characters otherwise.
          let previous = '';
          for (const prefix of alternative.prefixes) {
            let shared = 0;
            const limit = Math.min(prefix.length, previous.length - 1);
            while (shared < limit && prefix.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
            let key = shared > 0 ? keys[shared - 1]! : 0;
            previous = prefix;
            for (let k = shared; k < prefix.length; k++) {
              key = prefixKey(key, prefix.charCodeAt(k));
              keys[k] = key;
              byPrefix.add(key, k < prefix.length - 1 ? null : entry);
            }
            this.firstLetters[prefix.charCodeAt(0)] = 1;
          }
        }
      // Compiling a few hundred long patterns is most of what loading the engine costs: only the expressions that run are made.
      return { body, flags, requiresSource: pattern.requires, anchored: null, scan: alternatives ? null : new RegExp(body, flags), requires: null };
    });
    this.byPrefix = byPrefix;
  }

  /** Whether a match may start at `at`: not inside a word. */
  private boundaryBefore(text: string, at: number): boolean {
    if (at === 0) return true;
    const code = text.charCodeAt(at - 1);
    if (code < 128) return this.asciiBlocked[code] === 0;
    // A letter outside the basic plane is two code units: look at both.
    const before = code >= 0xdc00 && code <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1]!;
    return !WORD.test(before) && !this.notAfter.includes(before);
  }

  /**
   * Whether the text holds, for each clause of the entry's requirement, some literal of it that
   * starts at or after `at` (as far as its grams tell): a match from `at` through the entry holds them all.
   */
  private allows(text: string, entry: number, at: number): boolean {
    let requirement = this.requirements[entry];
    if (requirement === undefined) requirement = this.readRequirement(entry);
    if (!requirement) return true;
    const { stamp } = this;
    if (this.latestStamp[entry] !== stamp) {
      if (this.gramsStamp !== stamp) this.readGrams(text);
      let latest = text.length;
      for (let k = 0; k < requirement.length && latest >= 0; k++) latest = Math.min(latest, this.clauseLatestStart(requirement[k]!));
      this.latestStamp[entry] = stamp;
      this.latest[entry] = latest;
    }
    return at <= this.latest[entry]!;
  }

  /** Reads an entry's requirement, the first time it is asked about, making room for the clauses it adds. */
  private readRequirement(entry: number): number[] | null {
    const requirement = requirementOf(this.clauses, this.entrySource[entry]!, this.entryPrefixes[entry]!);
    this.requirements[entry] = requirement;
    const count = this.clauses.slots.length;
    if (this.clauseStamp.length < count) {
      // A new clause's stamp of 0 marks it unread for the current text (a text's stamp is never 0).
      const stamps = new Int32Array(Math.max(count, 2 * this.clauseStamp.length));
      const latest = new Int32Array(stamps.length);
      stamps.set(this.clauseStamp);
      latest.set(this.clauseLatest);
      this.clauseStamp = stamps;
      this.clauseLatest = latest;
    }
    return requirement;
  }

  /** The last offset from which some literal of the clause may start in the text (-1: none). */
  private clauseLatestStart(clause: number): number {
    const { stamp, grams, gramLast } = this;
    if (this.clauseStamp[clause] === stamp) return this.clauseLatest[clause]!;
    const slots = this.clauses.slots[clause]!;
    let latest = -1;
    for (let k = 0; k < slots.length; k += 2) {
      const first = slots[k]!;
      const last = slots[k + 1]!;
      if (grams[first] === stamp && grams[last] === stamp) latest = Math.max(latest, Math.min(gramLast[first]!, gramLast[last]!));
    }
    this.clauseStamp[clause] = stamp;
    this.clauseLatest[clause] = latest;
    return latest;
  }

  /** Stamps the text's grams of two and three characters, each with the offset where it last starts. */
  private readGrams(text: string): void {
    const { grams, gramLast, stamp } = this;
    this.gramsStamp = stamp;
    let a = -1;
    let b = -1;
    for (let q = 0; q < text.length; q++) {
      const c = gramCode(text, q);
      if (b >= 0) {
        const slot = GRAM_SLOTS + gram2(b, c);
        grams[slot] = stamp;
        gramLast[slot] = q - 1;
      }
      if (a >= 0) {
        const slot = gram3(a, b, c);
        grams[slot] = stamp;
        gramLast[slot] = q - 2;
      }
      a = b;
      b = c;
    }
  }

  /**
   * Whether `requires` matches somewhere in the text at or after `at`. A match found at p answers
   * yes for every offset up to p; none found from `at` answers no for every offset after it. So a
   * sentence is scanned about once, however many word starts the pattern is tried at.
   */
  private holdsFrom(text: string, at: number, index: number, requires: RegExp): boolean {
    const { requiredAt, requiredAbsentFrom, requiredStamp, stamp } = this;
    if (requiredStamp[index] !== stamp) {
      requiredStamp[index] = stamp;
      requiredAt[index] = -1;
      requiredAbsentFrom[index] = text.length + 1;
    }
    if (at <= requiredAt[index]!) return true;
    if (at >= requiredAbsentFrom[index]!) return false;
    requires.lastIndex = at;
    const found = requires.exec(text);
    if (found) requiredAt[index] = found.index;
    else requiredAbsentFrom[index] = at;
    return found !== null;
  }

  /**
   * Tries the pattern of each listed entry, anchored at `at`, unless it ran there already, its last
   * match covers `at`, or the entry's literals are not ahead.
   */
  private tryAt(text: string, at: number, list: number[], out: PhraseMatch[]): void {
    const { lastEnd, lastEndStamp, triedAt, triedStamp, compiled, stamp, entryPattern } = this;
    for (const entry of list) {
      const index = entryPattern[entry]!;
      if (triedStamp[index] === stamp && triedAt[index] === at) continue;
      if (lastEndStamp[index] === stamp && lastEnd[index]! > at) continue;
      // Another alternative of the pattern, listed under the same word start, may still have its literals ahead.
      if (!this.allows(text, entry, at)) continue;
      triedStamp[index] = stamp;
      triedAt[index] = at;
      const { anchored, requires } = made(compiled[index]!);
      if (requires && !this.holdsFrom(text, at, index, requires)) continue;
      anchored.lastIndex = at;
      // test(), not exec(): a sticky match's end is its lastIndex, and no match array is built.
      if (!anchored.test(text)) continue;
      const to = anchored.lastIndex;
      if (to === at) continue;
      out.push({ pattern: index, from: at, to });
      lastEndStamp[index] = stamp;
      lastEnd[index] = to;
    }
  }

  /**
   * Whether the prefilter lets pattern `index` be tried on `text` at `at` (its required literals are
   * there from `at` on, as far as their grams tell). For tests: a pattern that matches a text there
   * must be let through.
   */
  mayTry(text: string, index: number, at = 0): boolean {
    this.matches('');
    this.stamp = (this.stamp + 1) & 0x3fffffff || 1;
    return this.entriesOf[index]!.some((entry) => this.allows(text, entry, at));
  }

  /** The clauses of literals pattern `index` needs besides its prefix, as read from it (for tests). */
  static requirement(pattern: PhrasePattern): string[][] | null {
    if (!/^[gimsuyd]*$/.test(pattern.flags)) return null;
    const prefixes = matchPrefixes(pattern.prefixSource ?? pattern.source);
    const known = new Clauses();
    const ids = requirementOf(known, pattern.source, prefixes);
    return ids && ids.map((id) => known.literals[id]!);
  }

  /**
   * Appends the matches in `text` to `out`, in pattern order and then by position, as scanning the
   * text with each pattern in turn would list them.
   */
  matches(text: string, out: PhraseMatch[] = []): PhraseMatch[] {
    const first = out.length;
    const count = this.compiled.length;
    if (this.lastEnd.length !== count) {
      this.lastEnd = new Int32Array(count);
      this.lastEndStamp = new Int32Array(count);
      this.triedAt = new Int32Array(count);
      this.triedStamp = new Int32Array(count);
      this.latestStamp = new Int32Array(this.entryPattern.length);
      this.latest = new Int32Array(this.entryPattern.length);
      this.requiredAt = new Int32Array(count);
      this.requiredAbsentFrom = new Int32Array(count);
      this.requiredStamp = new Int32Array(count);
      this.clauseStamp = new Int32Array(this.clauses.slots.length);
      this.clauseLatest = new Int32Array(this.clauses.slots.length);
    }
    this.stamp = (this.stamp + 1) & 0x3fffffff || 1;
    const { firstLetters, compiled, byPrefix } = this;
    for (let at = 0; at < text.length; at++) {
      if (!firstLetters[lowerCode(text, at)] || !this.boundaryBefore(text, at)) continue;
      // The characters from here, lower case, a run of whitespace read as one space: each prefix so
      // far may be one some patterns start with.
      let key = 0;
      let length = 0;
      let spaced = false;
      for (let q = at; q < text.length && length < PREFIX_LENGTH; q++) {
        let code = lowerCode(text, q);
        if (code === SPACE_CODE || (code > 127 ? WHITESPACE.test(text[q]!) : code === 9 || code === 10 || code === 13 || code === 12 || code === 11)) {
          if (spaced) continue;
          spaced = true;
          code = SPACE_CODE;
        } else spaced = false;
        key = prefixKey(key, code);
        length++;
        const found = byPrefix.find(key);
        if (found >= 0) this.tryAt(text, at, byPrefix.lists[found >> 1]!, out);
        if ((found & 1) === 0) break;
      }
    }
    for (const index of this.unanchored) {
      if (!this.allows(text, this.entriesOf[index]![0]!, 0)) continue;
      const scan = compiled[index]!.scan!;
      scan.lastIndex = 0;
      for (let m = scan.exec(text); m; m = scan.exec(text)) {
        const from = m.index;
        // A match must start a word; one inside a word is retried from the next character.
        if (m[0].length === 0 || !this.boundaryBefore(text, from)) {
          scan.lastIndex = from + 1;
          continue;
        }
        out.push({ pattern: index, from, to: from + m[0].length });
      }
    }
    sortFrom(out, first);
    return out;
  }
}

/** Sorts out[first…] by pattern, then position (no two matches share both: a pattern's matches do not overlap). */
function sortFrom(out: PhraseMatch[], first: number): void {
  const count = out.length - first;
  if (count < 2) return;
  if (count > 64) {
    const tail = out.splice(first).sort(byPatternThenPosition);
    for (const m of tail) out.push(m);
    return;
  }
  // A sentence's few matches: sorted in place, without the copies a splice and a sort make.
  for (let i = first + 1; i < out.length; i++) {
    const m = out[i]!;
    let j = i - 1;
    while (j >= first && byPatternThenPosition(out[j]!, m) > 0) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = m;
  }
}

function byPatternThenPosition(a: PhraseMatch, b: PhraseMatch): number {
  return a.pattern - b.pattern || a.from - b.from;
}
