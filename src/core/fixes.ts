import type { Fix, FixEdit } from './types.js';

/** A fix that inserts a snippet at one place. */
export function insertFix(title: string, offset: number, snippet: string, isPreferred = true): Fix {
  return { title, edits: [{ offset, text: snippet }], isPreferred };
}

/** Escapes note or config text for use inside a snippet (`$`, `}` and `\` are snippet syntax). */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (ch) => `\\${ch}`);
}

/** The text a snippet inserts when nobody tabs through it: each placeholder's default. */
export function snippetToPlainText(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const ch = snippet[i]!;
    if (ch === '\\' && i + 1 < snippet.length) {
      out += snippet[++i];
      continue;
    }
    if (ch === '$') {
      const tabstop = /^\$(\d+)/.exec(snippet.slice(i));
      if (tabstop) {
        i += tabstop[0].length - 1;
        continue;
      }
      const placeholder = /^\$\{(\d+)([:|])/.exec(snippet.slice(i));
      if (placeholder) {
        // Keep the default text (or the first choice) and drop the closing brace.
        const end = findClosingBrace(snippet, i + 2);
        const inner = snippet.slice(i + placeholder[0].length, end);
        out += snippetToPlainText(placeholder[2] === '|' ? inner.split(',')[0]!.replace(/\|$/, '') : inner);
        i = end;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

function findClosingBrace(snippet: string, from: number): number {
  let depth = 0;
  for (let i = from; i < snippet.length; i++) {
    const ch = snippet[i];
    if (ch === '\\') i++;
    else if (ch === '{') depth++;
    else if (ch === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return snippet.length;
}

/** Applies edits to a text, last first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly FixEdit[], asPlainText = true): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const edit of sorted) {
    const insert = asPlainText ? snippetToPlainText(edit.text) : edit.text;
    out = out.slice(0, edit.offset) + insert + out.slice(edit.offset + (edit.deleteLength ?? 0));
  }
  return out;
}
