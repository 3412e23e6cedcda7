import type { Finding, NoteFormat, NoteType } from '../core/types.js';

/** A problem with the file itself rather than a finding of a rule: unreadable, binary, bad config. */
export interface FileProblem {
  severity: 'error' | 'warning';
  message: string;
  line?: number;
}

export interface FileResult {
  /** Absolute path. */
  filePath: string;
  /** Relative to the working directory, with forward slashes: what reports show. */
  displayPath: string;
  findings: Finding[];
  suppressed: Finding[];
  problems: FileProblem[];
  note: { type: NoteType | null; format: NoteFormat | null } | null;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countResults(results: readonly FileResult[]): Counts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const result of results) {
    for (const f of result.findings) {
      if (f.severity === 'error') counts.errors++;
      else if (f.severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
    for (const p of result.problems) {
      if (p.severity === 'error') counts.errors++;
      else counts.warnings++;
    }
  }
  return counts;
}

export interface FormatOptions {
  includeExcerpts: boolean;
  colour: boolean;
  cwd: string;
  version: string;
}
