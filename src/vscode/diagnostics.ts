import * as vscode from 'vscode';
import type { Finding, Span } from '../core/types.js';
import type { VsSeverityName } from './settings.js';
import { docsUri } from './ruleDocs.js';

export const SOURCE = 'rapport';

const SEVERITY: Record<Exclude<VsSeverityName, 'Ignore'>, vscode.DiagnosticSeverity> = {
  Error: vscode.DiagnosticSeverity.Error,
  Warning: vscode.DiagnosticSeverity.Warning,
  Information: vscode.DiagnosticSeverity.Information,
  Hint: vscode.DiagnosticSeverity.Hint,
};

export function rangeOf(doc: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

/** The message a clinician reads: the engine's (no note text) plus the words that triggered it. */
export function diagnosticMessage(finding: Finding): string {
  return finding.excerpt ? `${finding.message} ("${finding.excerpt}")` : finding.message;
}

/** A finding as a VS Code diagnostic, or null when the severity mapping says Ignore. */
export function toDiagnostic(doc: vscode.TextDocument, finding: Finding, severityFor: Record<Finding['severity'], VsSeverityName>): vscode.Diagnostic | null {
  const mapped = severityFor[finding.severity] ?? 'Warning';
  if (mapped === 'Ignore') return null;
  const diagnostic = new vscode.Diagnostic(rangeOf(doc, finding.span), diagnosticMessage(finding), SEVERITY[mapped] ?? vscode.DiagnosticSeverity.Warning);
  diagnostic.source = SOURCE;
  diagnostic.code = { value: finding.ruleId, target: docsUri(finding.ruleId) };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(doc.uri, rangeOf(doc, r.span)), r.message));
  }
  return diagnostic;
}

export function ruleIdOf(diagnostic: vscode.Diagnostic): string | null {
  if (diagnostic.source !== SOURCE) return null;
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? null : String(code);
}
