// Many phrase patterns matched over one sentence at a time, each tried only where it can start.
//
// Scanning a sentence with each of a few hundred patterns costs a few hundred passes over it, and
// a leading look-behind stops the regular-expression engine from skipping ahead to a literal. Here
// each pattern is indexed by the first characters its matches can start with (`matchPrefixes`); the
// sentence is walked once, and at each word start only the patterns listed under its first one to
// eight characters run, anchored there (sticky). The result is exactly what a scan of the whole
// sentence with each pattern finds: leftmost matches, not overlapping within a pattern.
import { matchPrefixes, PREFIX_LENGTH, SPACE } from './prefixes.js';

export interface PhrasePattern {
  /** The regular-expression source whose matches to find; a space matches a space only if the source says so. */
  source: string;
  flags: string;
  /**
   * The source to read prefixes from, if it differs from `source` (for example before spaces were
   * rewritten to `\s+`). Its spaces end a word.
   */
  prefixSource?: string;
}

export interface PhraseMatch {
  /** The pattern's position in the list the index was built from. */
  pattern: number;
  from: number;
  to: number;
}

interface Compiled {
  anchored: RegExp;
  scan: RegExp;
}

// A prefix as one number, so looking a word start up allocates nothing: a 30-bit rolling hash (a
// small integer to the engine, so the map needs no boxed keys). Two prefixes may share a number;
// that only costs a try.
function prefixKey(previous: number, code: number): number {
  return (Math.imul(previous, 131) + code) & 0x3fffffff;
}

const SPACE_CODE = SPACE.charCodeAt(0);

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

const WORD = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/;

export interface PhraseIndexOptions {
  /** Characters besides letters and digits a match may not directly follow ("-" for "non-compliant" in "self-non-compliant"). */
  notAfter?: string;
}

export class PhraseIndex {
  private readonly compiled: Compiled[];
  /** Patterns whose matches have no known first letters: scanned across every sentence. */
  private readonly unanchored: number[] = [];
  private readonly byPrefix = new Map<number, number[]>();
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
  private stamp = 0;

  constructor(patterns: readonly PhrasePattern[], options: PhraseIndexOptions = {}) {
    this.notAfter = options.notAfter ?? '';
    for (let code = 0; code < 128; code++) {
      const ch = String.fromCharCode(code);
      this.asciiBlocked[code] = WORD.test(ch) || this.notAfter.includes(ch) ? 1 : 0;
    }
    const global = (flags: string): string => (flags.includes('g') ? flags : `${flags}g`);
    this.compiled = patterns.map((pattern, i) => {
      const body = `(?:${pattern.source})(?![\\p{L}\\p{N}])`;
      const flags = global(pattern.flags.replace('y', ''));
      const prefixes = matchPrefixes(pattern.prefixSource ?? pattern.source);
      if (!prefixes) this.unanchored.push(i);
      else
        for (const prefix of prefixes) {
          let key = 0;
          for (let k = 0; k < prefix.length; k++) key = prefixKey(key, prefix.charCodeAt(k));
          this.firstLetters[prefix.charCodeAt(0)] = 1;
          const list = this.byPrefix.get(key);
          if (list) list.push(i);
          else this.byPrefix.set(key, [i]);
        }
      return { anchored: new RegExp(body, flags.replace('g', 'y')), scan: new RegExp(body, flags) };
    });
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

  /** Tries each listed pattern, anchored at `at`, unless it ran there already or its last match covers `at`. */
  private tryAt(text: string, at: number, list: number[] | undefined, out: PhraseMatch[]): void {
    if (!list) return;
    const { lastEnd, lastEndStamp, triedAt, triedStamp, compiled, stamp } = this;
    for (const index of list) {
      if (triedStamp[index] === stamp && triedAt[index] === at) continue;
      if (lastEndStamp[index] === stamp && lastEnd[index]! > at) continue;
      triedStamp[index] = stamp;
      triedAt[index] = at;
      const anchored = compiled[index]!.anchored;
      anchored.lastIndex = at;
      const m = anchored.exec(text);
      if (!m || m[0].length === 0) continue;
      out.push({ pattern: index, from: at, to: at + m[0].length });
      lastEndStamp[index] = stamp;
      lastEnd[index] = at + m[0].length;
    }
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
    }
    this.stamp = (this.stamp + 1) & 0x3fffffff || 1;
    const { firstLetters, compiled } = this;
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
        this.tryAt(text, at, this.byPrefix.get(key), out);
      }
    }
    for (const index of this.unanchored) {
      const scan = compiled[index]!.scan;
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

/** Sorts out[first…] by pattern, then position. */
function sortFrom(out: PhraseMatch[], first: number): void {
  if (out.length - first < 2) return;
  const tail = out.splice(first).sort((a, b) => a.pattern - b.pattern || a.from - b.from);
  for (const m of tail) out.push(m);
}
