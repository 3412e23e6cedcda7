import type { Finding } from '../../core/types.js';
import type { FileResult, FormatOptions } from '../results.js';

// ESLint's two severities: errors are 2, warnings and Rapport's info are 1 (`severityName` tells them apart).
function severityNumber(severity: string): 1 | 2 {
  return severity === 'error' ? 2 : 1;
}

function message(f: Finding, includeExcerpts: boolean) {
  return {
    ruleId: f.ruleId,
    severity: severityNumber(f.severity),
    severityName: f.severity,
    message: f.message,
    messageId: f.messageId,
    line: f.start.line,
    column: f.start.column,
    endLine: f.end.line,
    endColumn: f.end.column,
    ...(f.detail !== undefined ? { detail: f.detail } : {}),
    ...(includeExcerpts && f.excerpt ? { excerpt: f.excerpt } : {}),
    ...(f.fixes?.length ? { fixes: f.fixes.map((x) => ({ title: x.title, suggestion: x.isSuggestion === true })) } : {}),
  };
}

/** ESLint's JSON shape (filePath, messages, counts) plus `detail`; note text only with --include-excerpts. */
export function formatJson(results: readonly FileResult[], options: FormatOptions): string {
  const files = results.map((r) => {
    const problems = r.problems.map((p) => ({
      ruleId: null,
      fatal: p.severity === 'error',
      severity: severityNumber(p.severity),
      severityName: p.severity,
      message: p.message,
      line: p.line ?? 1,
      column: 1,
    }));
    const messages = [...problems, ...r.findings.map((f) => message(f, options.includeExcerpts))];
    const count = (severity: string) => r.findings.filter((f) => f.severity === severity).length;
    const fixable = (severity: string) => r.findings.filter((f) => f.severity === severity && f.fixes?.some((x) => !x.isSuggestion)).length;
    return {
      filePath: r.filePath,
      messages,
      suppressedMessages: r.suppressed.map((f) => ({
        ...message(f, options.includeExcerpts),
        // The reason is the clinician's own words: only with --include-excerpts.
        suppressions: [{ kind: 'directive', justification: options.includeExcerpts ? (f.suppressed?.justification ?? '') : '' }],
      })),
      errorCount: count('error') + problems.filter((p) => p.severity === 2).length,
      fatalErrorCount: problems.filter((p) => p.fatal).length,
      warningCount: count('warning') + problems.filter((p) => p.severity === 1).length,
      infoCount: count('info'),
      fixableErrorCount: fixable('error'),
      fixableWarningCount: fixable('warning'),
      noteType: r.note?.type ?? null,
      noteFormat: r.note?.format ?? null,
    };
  });
  return `${JSON.stringify(files, null, 2)}\n`;
}
