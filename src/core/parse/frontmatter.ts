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

/** `simple: false` reads every frontmatter with the YAML parser (for tests: the hand reading of simple lines must agree with it). */
export function readFrontmatter(md: ParsedMarkdown, text: string, options: { simple?: boolean } = {}): Frontmatter | null {
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

  const simple = options.simple === false ? null : simpleFields(source, contentStart);
  if (simple) {
    frontmatter.shape = 'mapping';
    frontmatter.fields = simple;
    return frontmatter;
  }
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

// The frontmatter notes nearly always have: one `key: value` per line, the value a word or words, a
// whole number or a date. Read by hand, with what YAML's core schema makes of them, it costs a tenth
// of a YAML parse; anything else (quotes, lists, comments, blank or indented lines, true/false/null,
// a repeated key) goes to the YAML parser.
const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_-]*):( +)([A-Za-z][A-Za-z0-9_./-]*(?: [A-Za-z0-9_./-]+)*|0|[1-9][0-9]{0,14}|[0-9]{4}-[0-9]{2}-[0-9]{2}) *$/;
// Words YAML reads as a boolean or null (as a key too: `True` and `true` would be the same key).
const CORE_SCHEMA_WORD = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
const WHOLE_NUMBER = /^(?:0|[1-9][0-9]*)$/;

/**
 * The fields of frontmatter made only of simple `key: value` lines, as the YAML parser reads them
 * (values, spans), or null when any line is not one. Offsets are shifted by `contentStart`.
 */
export function simpleFields(source: string, contentStart = 0): Map<string, FrontmatterField> | null {
  const fields = new Map<string, FrontmatterField>();
  let lineStart = 0;
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    const m = SIMPLE_LINE.exec(source.slice(lineStart, lineEnd));
    if (!m) return null;
    const key = m[1]!;
    const raw = m[3];
    if (fields.has(key) || CORE_SCHEMA_WORD.test(key) || CORE_SCHEMA_WORD.test(raw)) return null;
    const keyStart = contentStart + lineStart;
    const valueStart = keyStart + key.length + 1 + m[2]!.length;
    fields.set(key, {
      key,
      value: WHOLE_NUMBER.test(raw) ? Number(raw) : raw,
      keySpan: { start: keyStart, end: keyStart + key.length },
      valueSpan: { start: valueStart, end: valueStart + raw.length },
    });
    lineStart = lineEnd + 1;
  }
  return fields.size > 0 ? fields : null;
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
