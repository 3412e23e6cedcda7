// The posix build: no node:path, so this also runs in the web worker.
import picomatch from 'picomatch/posix';
import type { GlobRef, ResolvedConfig } from './config/resolve.js';
import { relativeTo, toPosix } from './config/paths.js';
import { normaliseType } from './parse/note.js';

// The frontmatter's `type` line, read without parsing the whole note: deciding what is a note
// must be cheap, since a workspace holds many markdown files that are not.
const TYPE_LINE = /^type[ \t]*:[ \t]*["']?([A-Za-z][\w -]*?)["']?[ \t]*(?:#.*)?$/m;

/** The note type declared in a text's frontmatter, or null. */
export function declaredNoteType(text: string): string | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/^---[ \t]*\r?\n/.test(body)) return null;
  const close = body.search(/\r?\n---[ \t]*(?:\r?\n|$)/);
  const block = close === -1 ? body.slice(0, 4096) : body.slice(0, close);
  const match = TYPE_LINE.exec(block);
  return match && normaliseType(match[1]) ? match[1]!.trim() : null;
}

function matchesAny(globs: readonly GlobRef[], filePath: string): boolean {
  const path = toPosix(filePath);
  return globs.some(({ base, pattern }) => {
    const relative = relativeTo(base, path);
    return relative !== null && picomatch.isMatch(relative, pattern, { dot: true });
  });
}

/** Whether the config's `ignore` globs exclude a file. */
export function isIgnored(filePath: string, config: ResolvedConfig): boolean {
  return matchesAny(config.ignore, filePath);
}

/**
 * Which markdown files are notes (DESIGN.md): a known `type` in the frontmatter, or a match of
 * the config's `notes` globs. Everything else (a README) is left alone.
 */
export function isNote(text: string, filePath: string | null, config: ResolvedConfig): boolean {
  if (filePath && isIgnored(filePath, config)) return false;
  if (declaredNoteType(text) !== null) return true;
  return filePath !== null && matchesAny(config.notes, filePath);
}
