import * as vscode from 'vscode';
import type { Finding, Position } from '../core/types.js';
import type { VsSeverityName } from './settings.js';
import { docsUri } from './ruleDocs.js';

export const SOURCE = 'rapport';

const SEVERITY: Record<Exclude<VsSeverityName, 'Ignore'>, vscode.DiagnosticSeverity> = {
  Error: vscode.DiagnosticSeverity.Error,
  Warning: vscode.DiagnosticSeverity.Warning,
  Information: vscode.DiagnosticSeverity.Information,
  Hint: vscode.DiagnosticSeverity.Hint,
};

/** The engine's 1-based line/column pair as a VS Code range (both count UTF-16 code units). */
export function rangeOf(start: Position, end: Position): vscode.Range {
  return new vscode.Range(start.line - 1, start.column - 1, end.line - 1, end.column - 1);
}

/** The message a clinician reads: the engine's (no note text) plus the words that triggered it. */
export function diagnosticMessage(finding: Finding): string {
  return finding.excerpt ? `${finding.message} ("${finding.excerpt}")` : finding.message;
}

/**
 * A finding as a VS Code diagnostic, or null when the severity mapping says Ignore. Works for
 * closed files too (Lint all notes): the ranges come from the engine's positions.
 */
export function toDiagnostic(uri: vscode.Uri, finding: Finding, severityFor: Record<Finding['severity'], VsSeverityName>): vscode.Diagnostic | null {
  const mapped = severityFor[finding.severity] ?? 'Warning';
  if (mapped === 'Ignore') return null;
  const diagnostic = new vscode.Diagnostic(rangeOf(finding.start, finding.end), diagnosticMessage(finding), SEVERITY[mapped] ?? vscode.DiagnosticSeverity.Warning);
  diagnostic.source = SOURCE;
  diagnostic.code = { value: finding.ruleId, target: docsUri(finding.ruleId) };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, rangeOf(r.start, r.end)), r.message));
  }
  return diagnostic;
}

export function ruleIdOf(diagnostic: vscode.Diagnostic): string | null {
  if (diagnostic.source !== SOURCE) return null;
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? null : String(code);
}
