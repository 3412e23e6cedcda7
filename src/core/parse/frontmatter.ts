import type { Root } from 'mdast';
import { isMap, isScalar, parseDocument, type Pair } from 'yaml';
import type { Span } from '../types.js';
import { spanOf, type ParsedMarkdown } from './markdown.js';

export interface FrontmatterField {
  key: string;
  value: unknown;
  keySpan: Span;
  /** Null when the key has no value (`session:`). */
  valueSpan: Span | null;
}

export interface FrontmatterProblem {
  /** Says what is wrong without repeating the note's text (messages reach CI logs). */
  message: string;
  span: Span;
}

export type FrontmatterShape = 'mapping' | 'list' | 'scalar' | 'empty' | 'unreadable';

export interface Frontmatter {
  /** The whole block, fences included. */
  span: Span;
  /** Where new `key: value` lines go: the start of the closing fence's line. */
  insertAt: number;
  shape: FrontmatterShape;
  fields: Map<string, FrontmatterField>;
  problems: FrontmatterProblem[];
}

// yaml's own messages quote the source line; these say the same without the note's words.
const YAML_ERROR_TEXT: Record<string, string> = {
  MISSING_CHAR: 'a quote or bracket is opened but never closed',
  BAD_INDENT: 'the indentation is inconsistent',
  BLOCK_AS_IMPLICIT_KEY: 'a key spans more than one line',
  DUPLICATE_KEY: 'a key appears twice',
  MULTILINE_IMPLICIT_KEY: 'a key spans more than one line',
  UNEXPECTED_TOKEN: 'there is an unexpected character',
  TAB_AS_INDENT: 'a tab is used for indentation',
  BAD_SCALAR_START: 'a value starts with a character YAML reserves',
  MULTIPLE_DOCS: 'it holds more than one YAML document',
};

export function readFrontmatter(md: ParsedMarkdown, text: string): Frontmatter | null {
  const first = md.tree.children[0];
  if (!first || first.type !== 'yaml') return unclosedFrontmatter(md.tree, text, md.shift);
  const span = spanOf(first, md);
  const openEnd = text.indexOf('\n', span.start) + 1;
  const closeLineStart = text.lastIndexOf('\n', span.end - 1) + 1;
  const contentStart = openEnd;
  const frontmatter: Frontmatter = {
    span,
    insertAt: closeLineStart,
    shape: 'empty',
    fields: new Map(),
    problems: [],
  };
  const source = first.value;
  if (source.trim() === '') return frontmatter;

  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
  for (const error of doc.errors) {
    const at = contentStart + (error.code === 'MISSING_CHAR' ? unclosedQuoteAt(source) ?? error.pos[0] : Math.min(error.pos[0], source.length));
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1 || lineEnd > span.end) lineEnd = span.end;
    else if (lineEnd > at && text.charCodeAt(lineEnd - 1) === 13) lineEnd--; // CRLF: the line ends before its \r
    frontmatter.problems.push({
      message: `The frontmatter is not valid YAML: ${YAML_ERROR_TEXT[error.code] ?? `YAML error ${error.code}`}.`,
      span: { start: at, end: lineEnd },
    });
  }
  if (doc.errors.length > 0) {
    frontmatter.shape = 'unreadable';
    return frontmatter;
  }
  const contents = doc.contents;
  if (isMap(contents)) {
    frontmatter.shape = 'mapping';
    for (const pair of contents.items as Pair[]) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const key = String(pair.key.value);
      const keySpan = { start: contentStart + pair.key.range[0], end: contentStart + pair.key.range[1] };
      const valueNode = pair.value as { range?: [number, number, number] } | null;
      const valueSpan = valueNode?.range
        ? { start: contentStart + valueNode.range[0], end: contentStart + valueNode.range[1] }
        : null;
      const value = pair.value && typeof (pair.value as { toJSON?: unknown }).toJSON === 'function'
        ? (pair.value as { toJSON(): unknown }).toJSON()
        : isScalar(pair.value) ? pair.value.value : null;
      frontmatter.fields.set(key, { key, value, keySpan, valueSpan });
    }
  } else if (contents && 'items' in contents) {
    frontmatter.shape = 'list';
  } else if (contents) {
    frontmatter.shape = 'scalar';
  }
  return frontmatter;
}

/** `---` on the first line with no closing fence: markdown reads it as a rule, but the clinician meant frontmatter. */
function unclosedFrontmatter(tree: Root, text: string, shift: number): Frontmatter | null {
  const body = text.slice(shift);
  if (!/^---[ \t]*\r?\n/.test(body)) return null;
  const looksLikeFields = /^[A-Za-z_][\w-]*[ \t]*:/m.test(body.slice(0, 2000));
  if (!looksLikeFields || tree.children.length === 0) return null;
  const lineEnd = text.indexOf('\n', shift);
  const span = { start: shift, end: lineEnd === -1 ? text.length : lineEnd };
  return {
    span,
    insertAt: span.end + 1,
    shape: 'unreadable',
    fields: new Map(),
    problems: [{ message: 'The frontmatter has no closing `---` line, so none of its fields can be read.', span }],
  };
}

/** The start of the first line whose quotes do not pair up: where an unclosed quote was opened. */
function unclosedQuoteAt(source: string): number | null {
  let offset = 0;
  for (const line of source.split('\n')) {
    const value = line.replace(/^[^:]*:\s*/, '');
    const quote = value[0];
    if ((quote === '"' || quote === "'") && !new RegExp(`^${quote}(?:[^${quote}\\\\]|\\\\.)*${quote}`).test(value)) return offset;
    offset += line.length + 1;
  }
  return null;
}
