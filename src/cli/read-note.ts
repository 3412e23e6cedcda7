import { readFileSync, statSync } from 'node:fs';

export type ReadResult =
  | { ok: true; text: string; invalidUtf8Line?: number }
  | { ok: false; reason: string };

/** Larger than any running record a clinician keeps; beyond it the file is not a note. */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * Reads a file as a note. A binary file is refused with a reason; invalid UTF-8 is read with
 * replacement characters so nothing else in the note goes unchecked, and the caller says where.
 */
export function readNote(path: string): ReadResult {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (size > MAX_BYTES) return { ok: false, reason: `is ${(size / 1048576).toFixed(0)} MB, larger than any note; not linted` };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  // A NUL byte in the first 8 KB is how git and most editors tell binary from text.
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'is a binary file, not a text note; not linted' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const line = bad === -1 ? 1 : text.slice(0, bad).split('\n').length;
    return { ok: true, text, invalidUtf8Line: line };
  }
}
