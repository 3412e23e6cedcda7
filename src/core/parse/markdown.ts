import type { Root, Nodes } from 'mdast';
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

export interface ParsedMarkdown {
  tree: Root;
  /** Added to every mdast offset: micromark skips a leading byte-order mark without counting it. */
  shift: number;
  hasTable: boolean;
}

export function parseMarkdown(text: string): ParsedMarkdown {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = shift ? text.slice(1) : text;
  const hasTable = DELIMITER_ROW.test(body);
  const tree = (hasTable ? tableParser : plainParser).parse(body) as Root;
  return { tree, shift, hasTable };
}

export function spanOf(node: Nodes, md: ParsedMarkdown): Span {
  const start = (node.position?.start.offset ?? 0) + md.shift;
  const end = (node.position?.end.offset ?? 0) + md.shift;
  return { start, end };
}
