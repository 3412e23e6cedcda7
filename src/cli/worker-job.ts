// One file's lint, the same on the main thread and in a worker, so both paths give identical results.
import { lint } from '../core/lint.js';
import type { ResolvedConfig } from '../core/config/resolve.js';
import type { FileResult } from './results.js';

export interface LintJob {
  /** Position in the run: results are reported in this order, whichever thread finishes first. */
  index: number;
  filePath: string;
  text: string;
  invalidUtf8Line?: number;
}

export interface LintJobOptions {
  quiet: boolean;
  inlineConfig: boolean;
}

/** What a job adds to its FileResult: plain data, so it crosses from a worker unchanged. */
export type LintJobResult = Pick<FileResult, 'findings' | 'suppressed' | 'problems' | 'note'>;

export function lintJob(job: LintJob, config: ResolvedConfig, options: LintJobOptions): LintJobResult {
  const result: LintJobResult = { findings: [], suppressed: [], problems: [], note: null };
  if (job.invalidUtf8Line !== undefined) {
    result.problems.push({ severity: 'warning', message: 'The file is not valid UTF-8; bytes that could not be read show as �. The rest was checked.', line: job.invalidUtf8Line });
  }
  try {
    const linted = lint(job.text, { config, filePath: job.filePath, inlineConfig: options.inlineConfig });
    for (const notice of linted.notices) result.problems.push({ severity: 'warning', message: notice.message, line: notice.start.line });
    result.findings = options.quiet ? linted.findings.filter((f) => f.severity === 'error') : linted.findings;
    result.suppressed = linted.suppressed;
    result.note = { type: linted.note.type, format: linted.note.format };
  } catch {
    // Never a stack trace (it could carry note text); the other files still get linted.
    result.problems.push({ severity: 'error', message: 'Rapport could not lint this file (an internal error); the other files were linted.' });
  }
  return result;
}
