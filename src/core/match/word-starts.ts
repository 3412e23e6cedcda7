// Which of a few word-led regular expressions could match a text at all, read in one pass.
//
// A pattern that opens on a word boundary and then a word character (`\b(?:no|not|never|…)`) can
// only match where a word starts, with one of its prefixes (`matchPrefixes`). The text's word starts
// are read once, each as its first one to eight characters (lower case, a run of whitespace as one
// space), and a pattern none of whose prefixes is among them is not run. A prefix is a necessary
// condition, so a pattern is never skipped on a text it matches; two prefixes may share a number,
// which only lets a pattern run where it need not.
import { matchPrefixes, PREFIX_LENGTH, SPACE } from './prefixes.js';

const TABLE_BITS = 14;
const SPACE_CODE = SPACE.charCodeAt(0);

function prefixKey(previous: number, code: number): number {
  return (Math.imul(previous, 131) + code) & 0x3fffffff;
}

function slot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS);
}

/** An ASCII letter, digit or underscore: a word character to `\b` without the `u` flag. */
function isAsciiWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export class WordStarts {
  /** Per pattern, the slots of its prefixes, or null when it must always run. */
  private readonly prefixSlots: Array<Int32Array | null>;
  private readonly table = new Int32Array(1 << TABLE_BITS);
  private stamp = 0;

  /**
   * `sources` are the patterns without their leading `\b`; each is read as opening on a word
   * boundary (ASCII, as `\b` is without the `u` flag) and matched without the `u` flag (so no letter
   * outside ASCII stands for one inside it); it is filtered only if every match begins with an ASCII
   * letter or digit.
   */
  constructor(sources: readonly string[]) {
    this.prefixSlots = sources.map((source) => {
      const prefixes = matchPrefixes(source);
      if (!prefixes || prefixes.some((prefix) => !/^[a-z0-9][\x20-\x7e]*$/.test(prefix))) return null;
      return Int32Array.from(
        prefixes.map((prefix) => {
          let key = 0;
          for (let k = 0; k < prefix.length; k++) key = prefixKey(key, prefix.charCodeAt(k));
          return slot(key);
        }),
      );
    });
  }

  /** Reads a text's word starts; `mayMatch` then answers for this text. */
  read(text: string): void {
    this.stamp = (this.stamp + 1) & 0x3fffffff || 1;
    const { table, stamp } = this;
    for (let at = 0; at < text.length; at++) {
      const first = text.charCodeAt(at);
      if (!isAsciiWord(first) || (at > 0 && isAsciiWord(text.charCodeAt(at - 1)))) continue;
      let key = 0;
      let length = 0;
      let spaced = false;
      for (let q = at; q < text.length && length < PREFIX_LENGTH; q++) {
        let code = text.charCodeAt(q);
        if (isSpace(code)) {
          if (spaced) continue;
          spaced = true;
          code = SPACE_CODE;
        } else {
          spaced = false;
          if (code >= 65 && code <= 90) code += 32;
          else if (code > 127) code = text[q]!.toLowerCase().charCodeAt(0);
        }
        key = prefixKey(key, code);
        length++;
        table[slot(key)] = stamp;
      }
    }
  }

  /** Whether pattern `index` could match the text last read. */
  mayMatch(index: number): boolean {
    const slots = this.prefixSlots[index];
    if (!slots) return true;
    const { table, stamp } = this;
    for (let k = 0; k < slots.length; k++) if (table[slots[k]!] === stamp) return true;
    return false;
  }
}
