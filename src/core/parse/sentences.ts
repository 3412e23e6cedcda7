import type { Nodes, Parents, PhrasingContent, RootContent } from 'mdast';
import type { Span } from '../types.js';
import { spanOf, type ParsedMarkdown } from './markdown.js';

export type BlockKind = 'paragraph' | 'heading' | 'tableRow';

/** A run of prose as the reader sees it: markup removed, every character mapped back to the source. */
export interface Block {
  kind: BlockKind;
  span: Span;
  /** 0 outside lists; 1 for a top-level item, 2 for an item inside it, … */
  listDepth: number;
  /** The list item this block belongs to, as a span, so rules can find its lead-in line. */
  listItemSpan: Span | null;
  inBlockquote: boolean;
  text: string;
  /** Source offset of each character of `text`. */
  offsets: Int32Array;
}

export interface Sentence {
  /** Position in the note's sentence list. */
  index: number;
  text: string;
  span: Span;
  offsets: Int32Array;
  block: Block;
  /** Set when the note is written to the client (parse/person.ts): an unquoted "you" is the client. */
  addressesClient?: true;
}

/** The source span of characters [from, to) of a sentence's or block's text. */
export function sourceSpan(unit: { offsets: Int32Array; span: Span }, from: number, to: number): Span {
  if (unit.offsets.length === 0) return { start: unit.span.start, end: unit.span.start };
  const first = Math.max(0, Math.min(from, unit.offsets.length - 1));
  const last = Math.max(first, Math.min(to, unit.offsets.length) - 1);
  return { start: unit.offsets[first]!, end: unit.offsets[last]! + 1 };
}

/**
 * Where a character of a node's value sits in the source, at or after `at`: within a few
 * characters (an escape, a character reference), or after any run of whitespace and quote markers
 * (a continuation line's indentation). Bounded, so a character that is not there costs little.
 */
function findAligned(source: string, ch: string, at: number): number {
  for (let j = at; j < source.length; j++) {
    if (source.startsWith(ch, j)) return j;
    if (j - at >= 12) {
      const c = source.charCodeAt(j);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 62) return -1;
    }
  }
  return -1;
}

class TextBuilder {
  private readonly chars: string[] = [];
  // The source offset of each character, written straight into a typed array that doubles as it fills.
  private map = new Int32Array(64);
  private length = 0;

  private add(offset: number): void {
    if (this.length === this.map.length) {
      const grown = new Int32Array(this.map.length * 2);
      grown.set(this.map);
      this.map = grown;
    }
    this.map[this.length++] = offset;
  }

  push(value: string, sourceStart: number, source: string): void {
    if (source.startsWith(value, sourceStart)) {
      for (let i = 0; i < value.length; i++) this.add(sourceStart + i);
      this.chars.push(value);
      return;
    }
    // Escapes, character references and the indentation of continuation lines make the value
    // shorter than its source: align char by char.
    let at = sourceStart;
    for (const ch of value) {
      const found = findAligned(source, ch, at);
      const offset = found !== -1 ? found : at;
      for (let k = 0; k < ch.length; k++) this.add(offset + k);
      at = offset + ch.length;
    }
    this.chars.push(value);
  }

  separator(sourceOffset: number, ch = ' '): void {
    this.chars.push(ch);
    this.add(sourceOffset);
  }

  finish(): { text: string; offsets: Int32Array } {
    return { text: this.chars.join(''), offsets: this.map.slice(0, this.length) };
  }
}

function collectInline(node: PhrasingContent | Nodes, builder: TextBuilder, md: ParsedMarkdown, source: string): void {
  switch (node.type) {
    case 'text':
      builder.push(node.value, spanOf(node, md).start, source);
      return;
    case 'inlineCode': {
      const span = spanOf(node, md);
      const at = source.indexOf(node.value, span.start);
      builder.push(node.value, at === -1 || at > span.end ? span.start : at, source);
      return;
    }
    case 'break':
      builder.separator(spanOf(node, md).start, '\n');
      return;
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return;
    default:
      if ('children' in node) for (const child of (node as Parents).children) collectInline(child as PhrasingContent, builder, md, source);
  }
}

interface Context {
  listDepth: number;
  listItemSpan: Span | null;
  inBlockquote: boolean;
}

export function readBlocks(md: ParsedMarkdown, source: string): Block[] {
  const blocks: Block[] = [];
  const visit = (node: RootContent, context: Context): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const builder = new TextBuilder();
        collectInline(node, builder, md, source);
        blocks.push({ kind: node.type, span: spanOf(node, md), ...context, ...builder.finish() });
        return;
      }
      case 'table':
        for (const row of node.children) {
          const builder = new TextBuilder();
          row.children.forEach((cell, i) => {
            if (i > 0) builder.separator(spanOf(cell, md).start, ' | ');
            collectInline(cell, builder, md, source);
          });
          blocks.push({ kind: 'tableRow', span: spanOf(row, md), ...context, ...builder.finish() });
        }
        return;
      case 'blockquote':
        for (const child of node.children) visit(child, { ...context, inBlockquote: true });
        return;
      case 'list':
        for (const item of node.children) {
          for (const child of item.children) {
            visit(child, { ...context, listDepth: context.listDepth + 1, listItemSpan: spanOf(item, md) });
          }
        }
        return;
      default:
        return;
    }
  };
  for (const node of md.tree.children) visit(node, { listDepth: 0, listItemSpan: null, inBlockquote: false });
  return blocks;
}

// Words that end in a full stop without ending the sentence ("Pt. reports", "vs. last week").
const ABBREVIATIONS = new Set([
  'pt', 'pts', 'cl', 'cls', 'dr', 'mr', 'mrs', 'ms', 'mx', 'vs', 'e.g', 'i.e', 'cf', 'approx', 'min', 'mins', 'hr',
  'hrs', 'wk', 'wks', 'mo', 'mos', 'yr', 'yrs', 'st', 'dx', 'tx', 'hx', 'sx', 'rx', 'y/o', 'a.m', 'p.m',
  'ph.d', 'psy.d', 'lcsw', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'approx', 'incl', 'dept', 'ca',
]);

// Words that number what follows them ("ch. 3", "p. 12", "pp. 4–6", "Q. 2", "vol. 1", "No. 4"): before a number they end no sentence.
// "No." is one only before a number: "she could not say no. Texts…" ends a sentence.
const NUMBERING = new Set(['no', 'ch', 'chap', 'p', 'pp', 'pg', 'para', 'vol', 'fig', 'sec', 'q', 'ex', 'mod', 'item', 'nos', 'lv', 'lvl']);

const CLOSERS = '"\'”’)]*_';
const OPENERS = /["'“‘([*_A-Z0-9]/;

function endsWithAbbreviation(text: string, dotIndex: number): boolean {
  let start = dotIndex;
  while (start > 0 && /[A-Za-z./]/.test(text[start - 1]!)) start--;
  const word = text.slice(start, dotIndex).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // An initial ("J. said") or a single letter label.
  return /^[a-z]$/.test(word) && /[A-Z]/.test(text[dotIndex - 1]!);
}

function numbersWhatFollows(text: string, dotIndex: number): boolean {
  let start = dotIndex;
  while (start > 0 && /[A-Za-z]/.test(text[start - 1]!)) start--;
  return (start === 0 || !/[\w.]/.test(text[start - 1]!)) && NUMBERING.has(text.slice(start, dotIndex).toLowerCase());
}

/** Splits a block into sentences. A note's lines are often separate statements, so a line break ends one too, unless the next line plainly continues it. */
/** Where the quotation opened at `open` closes, on the same line and within 400 characters; -1 if it does not. */
function closingQuote(text: string, open: number): number {
  const closers = text[open] === '“' ? '”"' : '"';
  const limit = Math.min(text.length, open + 400);
  for (let i = open + 1; i < limit; i++) {
    const ch = text[i]!;
    if (ch === '\n') return -1;
    if (closers.includes(ch)) return i;
  }
  return -1;
}

export function splitSentences(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  const cut = (end: number, next: number): void => {
    ranges.push([start, end]);
    start = next;
  };
  // A quotation of several sentences stays in the sentence that introduces it ("She said: "You're rushing me. Every week
  // there's another sheet.""): the client's words keep their quotation marks, and the classifier sees them as quoted.
  let quoteEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (i >= quoteEnd && (ch === '“' || (ch === '"' && (i === 0 || /[\s(:\u2014\u2013-]/.test(text[i - 1]!))))) quoteEnd = closingQuote(text, i);
    if (ch === '\n') {
      let next = i + 1;
      while (next < text.length && (text[next] === ' ' || text[next] === '\t')) next++;
      let prev = i - 1;
      while (prev >= start && /\s/.test(text[prev]!)) prev--;
      while (prev >= start && CLOSERS.includes(text[prev]!)) prev--;
      const continues = /[a-z]/.test(text[next] ?? '') && !/[.!?:;]/.test(text[prev] ?? '.');
      if (!continues) cut(i, i + 1);
      continue;
    }
    // Inside a quotation, only the punctuation that closes it ("…sheet." said she) may end the sentence.
    if ((ch === '.' || ch === '!' || ch === '?') && i < quoteEnd && !/^[.!?]*$/.test(text.slice(i + 1, quoteEnd))) continue;
    if (ch === '.' || ch === '!' || ch === '?') {
      let j = i + 1;
      while (j < text.length && CLOSERS.includes(text[j]!)) j++;
      if (j >= text.length || !/[ \t]/.test(text[j]!)) continue;
      let k = j;
      while (k < text.length && /[ \t]/.test(text[k]!)) k++;
      if (k >= text.length || !OPENERS.test(text[k]!)) continue;
      if (ch === '.' && endsWithAbbreviation(text, i)) continue;
      if (ch === '.' && /\d/.test(text[k]!) && numbersWhatFollows(text, i)) continue;
      cut(j, k);
      i = k - 1;
    }
  }
  ranges.push([start, text.length]);
  // Trim whitespace and drop empty pieces.
  const trimmed: Array<[number, number]> = [];
  for (let [a, b] of ranges) {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) trimmed.push([a, b]);
  }
  return trimmed;
}

export function readSentences(blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    for (const [from, to] of splitSentences(block.text)) {
      const offsets = block.offsets.subarray(from, to);
      sentences.push({
        index: sentences.length,
        text: block.text.slice(from, to),
        span: { start: offsets[0]!, end: offsets[offsets.length - 1]! + 1 },
        offsets,
        block,
      });
    }
  }
  return sentences;
}
