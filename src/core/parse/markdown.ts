import type { Root, Nodes, RootContent } from 'mdast';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Span } from '../types.js';

interface ParserData {
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
}

/** GFM tables only: the rest of GFM (autolinks, footnotes, strikethrough) costs parse time notes do not need. */
function remarkTables(this: Processor): void {
  const data = this.data() as ParserData;
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

// Built once: unified freezes a processor on first use and parsing with it is then reentrant.
const plainParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
const tableParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkTables).freeze();

// A GFM delimiter row (`|---|:--:|`): the only thing that makes a table, so the only reason to pay for the extension.
const DELIMITER_ROW = /^(?=[^\n]*\|)(?=[^\n]*-)[ \t|:>-]+\r?$/m;

/**
 * Deeper than any note is written (a clinician's lists go four or five levels down). remark-parse
 * checks every open container on every line, so thousands of levels cost minutes; past this many
 * the container markers of the line are not read as markdown structure.
 */
export const MAX_NESTING = 100;

/** Large notes are parsed in pieces of about this many characters, cut before a top-level heading (micromark slows down as a document grows: 2 MB whole takes 15× longer than in 16 KB pieces). */
export const CHUNK_CHARS = 16 * 1024;

export interface TooDeep {
  /** Offset in the note of the first line nested deeper than MAX_NESTING. */
  offset: number;
  /** How many lines were that deep; their quote and list markers were read as plain text. */
  lines: number;
}

export interface ParsedMarkdown {
  tree: Root;
  /** Added to every mdast offset: micromark skips a leading byte-order mark without counting it. */
  shift: number;
  hasTable: boolean;
  /** Set when lines were nested too deeply to parse as markdown (see MAX_NESTING). */
  tooDeep: TooDeep | null;
}

export interface ParseOptions {
  /** Tests only: the size of the pieces a large note is parsed in (0 parses it whole). */
  chunkChars?: number;
}

export function parseMarkdown(text: string, options: ParseOptions = {}): ParsedMarkdown {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let body = shift ? text.slice(1) : text;
  const nesting = flattenDeepNesting(body);
  body = nesting.text;
  const chunkChars = options.chunkChars ?? CHUNK_CHARS;
  const cuts = chunkChars > 0 && body.length > 2 * chunkChars ? chunkCuts(body, chunkChars) : [];
  let hasTable = false;
  let tree: Root;
  if (cuts.length === 0) {
    hasTable = DELIMITER_ROW.test(body);
    tree = (hasTable ? tableParser : plainParser).parse(body) as Root;
  } else {
    // A running record of many sessions: micromark's cost per character grows with the document,
    // so parse it section by section and join the trees (same nodes, same positions).
    const children: RootContent[] = [];
    let line = 0;
    let from = 0;
    for (const to of [...cuts, body.length]) {
      const piece = body.slice(from, to);
      const pieceHasTable = DELIMITER_ROW.test(piece);
      hasTable ||= pieceHasTable;
      const pieceTree = (pieceHasTable ? tableParser : plainParser).parse(piece) as Root;
      for (const child of pieceTree.children) {
        if (from > 0) shiftPositions(child, from, line);
        children.push(child);
      }
      line += countLineBreaks(piece);
      from = to;
    }
    const end = endPoint(body);
    tree = { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
  }
  const tooDeep = nesting.tooDeep && { offset: nesting.tooDeep.offset + shift, lines: nesting.tooDeep.lines };
  return { tree, shift, hasTable, tooDeep };
}

export function spanOf(node: Nodes, md: ParsedMarkdown): Span {
  const start = (node.position?.start.offset ?? 0) + md.shift;
  const end = (node.position?.end.offset ?? 0) + md.shift;
  return { start, end };
}

function isLineBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10);
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isLineBreak(text, i)) n++;
  return n;
}

/** Where micromark puts the end of the root: after the last character. */
function endPoint(text: string): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (isLineBreak(text, i)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: text.length - lineStart + 1, offset: text.length };
}

function shiftPositions(node: Nodes, offset: number, lines: number): void {
  const { position } = node;
  // In place: mdast-util-from-markdown gives every node its own point objects.
  if (position) {
    position.start.line += lines;
    position.end.line += lines;
    if (position.start.offset !== undefined) position.start.offset += offset;
    if (position.end.offset !== undefined) position.end.offset += offset;
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child as Nodes, offset, lines);
}

// A link reference definition (`[x]: url`) counts across the whole document: never cut a note that has one.
const DEFINITION = /^[ \t>*+\-0-9.)]*\[[^\]\n]+\]:/m;
const LONE_CR = /\r(?!\n)/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|\r?$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})([^\n]*)$/;
// Any other tag at the start of a line may open an HTML block that runs to the next blank line.
const HTML_BLOCK_OPEN = /^ {0,3}<\/?[A-Za-z]/;
const RAW_HTML_OPEN = /^ {0,3}<(?:(script|pre|style|textarea)(?:[ \t>]|$)|(\?)|(!\[CDATA\[)|(![A-Za-z]))/i;

/**
 * Offsets where the body can be cut into pieces that parse exactly as the whole does: the start of
 * a top-level ATX heading after a blank line (it closes every list, quote and paragraph), outside
 * fenced code, raw HTML and comments. Empty when the note has a link reference definition.
 */
function chunkCuts(body: string, chunkChars: number): number[] {
  // Old Mac line breaks (a lone CR) are rare enough to parse whole rather than track.
  if (DEFINITION.test(body) || LONE_CR.test(body)) return [];
  const cuts: number[] = [];
  let lastCut = 0;
  let fence: { char: string; length: number } | null = null;
  let rawHtmlEnd: string | null = null;
  let inComment = false;
  let htmlUntilBlank = false;
  let previousBlank = true;
  let lineStart = frontmatterEnd(body);
  while (lineStart < body.length) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = body.length;
    const line = body.slice(lineStart, body.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
    const blank = line.trim() === '';
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && close[2]!.trim() === '') fence = null;
    } else if (htmlUntilBlank) {
      // A fence-like line here may be HTML or a real fence: past it, where code starts is unknown.
      if (blank) htmlUntilBlank = false;
      else if (FENCE.test(line)) return cuts;
    } else if (rawHtmlEnd) {
      if (line.toLowerCase().includes(rawHtmlEnd)) rawHtmlEnd = null;
    } else if (inComment) {
      inComment = !closesComment(line, 0);
    } else {
      if (lineStart - lastCut >= chunkChars && previousBlank && ATX_HEADING.test(line)) {
        cuts.push(lineStart);
        lastCut = lineStart;
      }
      const open = FENCE.exec(line);
      const html = RAW_HTML_OPEN.exec(line);
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
        // An indented fence may belong to a list item and close with it: where code ends is unknown.
        if (line.charCodeAt(0) === 32) return cuts;
        fence = { char: open[1]![0]!, length: open[1]!.length };
      } else if (html) {
        rawHtmlEnd = html[1] ? `</${html[1].toLowerCase()}>` : html[2] ? '?>' : html[3] ? ']]>' : '>';
        const after = line.slice(html.index + html[0].length);
        if (after.toLowerCase().includes(rawHtmlEnd)) rawHtmlEnd = null;
      } else if (HTML_BLOCK_OPEN.test(line)) htmlUntilBlank = true;
      // Any `<!--` counts, even inside code: not cutting costs only speed.
      const comment = line.lastIndexOf('<!--');
      if (comment !== -1) inComment = !closesComment(line, comment + 4);
    }
    previousBlank = blank && !fence && !rawHtmlEnd && !inComment && !htmlUntilBlank;
    lineStart = lineEnd + 1;
  }
  return cuts;
}

/**
 * Where the frontmatter block ends (after its closing fence line), or 0: no cut may fall inside it.
 * Never cut after an opening fence that is not closed: micromark's failed attempt at frontmatter
 * changes how the rest of the document reads (a later quote becomes a paragraph).
 */
function frontmatterEnd(body: string): number {
  if (!/^---[ \t]*(?:\r?\n|$)/.test(body)) return 0;
  const close = /\n---[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = 3;
  const match = close.exec(body);
  return match ? match.index + match[0].length : body.length;
}

function closesComment(line: string, from: number): boolean {
  return line.indexOf('-->', from) !== -1;
}

/**
 * Finds lines nested deeper than MAX_NESTING (quote markers, list markers and the indentation in
 * front of them) in one pass, before parsing, and blanks those lines' markers so remark-parse reads
 * what follows as text: the same length, so every offset still points at the note.
 */
export function flattenDeepNesting(body: string): { text: string; tooDeep: TooDeep | null } {
  let tooDeep: TooDeep | null = null;
  let pieces: string[] | null = null;
  let copied = 0;
  let lineStart = 0;
  while (lineStart <= body.length) {
    const lineEnd = lineEndAt(body, lineStart);
    let i = lineStart;
    let columns = 0;
    let markers = 0;
    // Scan the container prefix: spaces, tabs, `>`, and list markers followed by a space.
    while (i < lineEnd) {
      const c = body.charCodeAt(i);
      if (c === 32) {
        columns++;
        i++;
      } else if (c === 9) {
        columns += 4;
        i++;
      } else if (c === 62) {
        markers++;
        i++;
      } else if ((c === 45 || c === 42 || c === 43) && isSpaceOrEnd(body, i + 1, lineEnd)) {
        markers++;
        i++;
      } else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < lineEnd && j - i < 9 && body.charCodeAt(j) >= 48 && body.charCodeAt(j) <= 57) j++;
        const d = body.charCodeAt(j);
        if ((d === 46 || d === 41) && isSpaceOrEnd(body, j + 1, lineEnd)) {
          markers++;
          i = j + 1;
        } else break;
      } else break;
    }
    if (markers > 0 && markers + (columns >> 1) > MAX_NESTING) {
      if (tooDeep) tooDeep.lines++;
      else tooDeep = { offset: lineStart, lines: 1 };
      pieces ??= [];
      pieces.push(body.slice(copied, lineStart), ' '.repeat(i - lineStart));
      copied = i;
    }
    lineStart = lineEnd + 1;
  }
  if (!pieces) return { text: body, tooDeep: null };
  pieces.push(body.slice(copied));
  return { text: pieces.join(''), tooDeep };
}

/** The end of the line that starts at `from`: the next LF or CR (a lone CR breaks a line too). */
function lineEndAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function isSpaceOrEnd(text: string, i: number, lineEnd: number): boolean {
  if (i >= lineEnd) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || c === 13;
}
