// Many phrase patterns matched over one sentence at a time, each tried only where it can start.
//
// Scanning a sentence with each of a few hundred patterns costs a few hundred passes over it, and
// a leading look-behind stops the regular-expression engine from skipping ahead to a literal. Here
// each pattern is indexed by the first letters its matches can start with (`matchPrefixes`); the
// sentence is walked once, and at each word start only the patterns listed under its first one to
// six letters (or its whole first word) run, anchored there (sticky). The result is exactly what a scan of the whole
// sentence with each pattern finds: leftmost matches, not overlapping within a pattern.
import { matchPrefixes, PREFIX_LENGTH, WORD_END } from './prefixes.js';

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

/**
 * A prefix as one number, so looking a word start up allocates no string: base 128, a character
 * outside ASCII counting as 127 (two such prefixes may share a number; that only costs a try).
 */
function prefixKey(previous: number, length: number, code: number): number {
  return previous + (code < 127 ? code : 127) * 128 ** length;
}

const WORD_END_CODE = WORD_END.charCodeAt(0);

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

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
  /** ASCII letters and digits. */
  private readonly asciiWord = new Uint8Array(128);
  private readonly notAfter: string;
  private lastEnd = new Int32Array(0);
  private triedAt = new Int32Array(0);

  constructor(patterns: readonly PhrasePattern[], options: PhraseIndexOptions = {}) {
    this.notAfter = options.notAfter ?? '';
    for (let code = 0; code < 128; code++) {
      const ch = String.fromCharCode(code);
      this.asciiWord[code] = WORD.test(ch) ? 1 : 0;
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
          for (let k = 0; k < prefix.length; k++) key = prefixKey(key, k, prefix.charCodeAt(k));
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

  /** Whether the text goes on with a letter or digit at `at` (the word has not ended). */
  private wordGoesOn(text: string, at: number): boolean {
    if (at >= text.length) return false;
    const code = text.charCodeAt(at);
    if (code < 128) return this.asciiWord[code] === 1;
    return WORD.test(String.fromCodePoint(text.codePointAt(at)!));
  }

  /** Tries each listed pattern, anchored at `at`, unless it ran there already or its last match covers `at`. */
  private tryAt(text: string, at: number, list: number[] | undefined, out: PhraseMatch[]): void {
    if (!list) return;
    const { lastEnd, triedAt, compiled } = this;
    for (const index of list) {
      if (triedAt[index] === at || lastEnd[index]! > at) continue;
      triedAt[index] = at;
      const anchored = compiled[index]!.anchored;
      anchored.lastIndex = at;
      const m = anchored.exec(text);
      if (!m || m[0].length === 0) continue;
      out.push({ pattern: index, from: at, to: at + m[0].length });
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
      this.triedAt = new Int32Array(count);
    }
    // Where each pattern's last match ended (a match never overlaps the one before), and the word
    // start it was last tried at (a pattern listed under two prefixes of one word runs once).
    const { firstLetters, compiled } = this;
    this.lastEnd.fill(0);
    this.triedAt.fill(-1);
    const lower = text.toLowerCase();
    // Lower-casing can change a text's length (rare letters): then read each start's letters afresh.
    const aligned = lower.length === text.length;
    for (let at = 0; at < text.length; at++) {
      if (aligned && !firstLetters[lower.charCodeAt(at)]) continue;
      if (!this.boundaryBefore(text, at)) continue;
      const letters = aligned ? lower : text.slice(at, at + PREFIX_LENGTH + 1).toLowerCase();
      const from = aligned ? at : 0;
      let key = 0;
      for (let length = 0; length < PREFIX_LENGTH && from + length < letters.length; length++) {
        const code = letters.charCodeAt(from + length);
        if (code === 32 || SPACE.test(letters[from + length]!)) break;
        key = prefixKey(key, length, code);
        this.tryAt(text, at, this.byPrefix.get(key), out);
        // The word ends here: patterns whose first word is exactly these letters ("I", "T", "no").
        if (length + 1 < PREFIX_LENGTH && !this.wordGoesOn(letters, from + length + 1)) this.tryAt(text, at, this.byPrefix.get(prefixKey(key, length + 1, WORD_END_CODE)), out);
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
