import * as vscode from 'vscode';
import { snippetToPlainText } from '../core/fixes.js';
import type { Finding, Fix } from '../core/types.js';
import { ruleIdOf } from './diagnostics.js';
import type { NoteLinter } from './linter.js';

/**
 * Per finding: its snippet fix (preferred), one replacement per language suggestion, disable
 * for this line or this file (with a reason placeholder), and Explain. As vscode-eslint does.
 */
export class RapportCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly linter: NoteLinter) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const state = this.linter.stateOf(doc.uri);
    if (!state || state.version !== doc.version) return [];
    const actions: vscode.CodeAction[] = [];
    const explained = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      const ruleId = ruleIdOf(diagnostic);
      if (!ruleId) continue;
      const entry = state.entries.find((e) => e.finding.ruleId === ruleId && e.diagnostic.range.isEqual(diagnostic.range) && e.diagnostic.message === diagnostic.message);
      if (!entry) continue;
      const { finding } = entry;
      for (const fix of finding.fixes ?? []) actions.push(fixAction(doc, fix, diagnostic));
      const line = disableLineAction(doc, finding, diagnostic);
      if (line) actions.push(line);
      actions.push(disableFileAction(doc, finding, diagnostic));
      if (!explained.has(ruleId)) {
        explained.add(ruleId);
        const explain = new vscode.CodeAction(`Explain ${ruleId}`, vscode.CodeActionKind.QuickFix);
        explain.command = { command: 'rapport.explainRule', title: `Explain ${ruleId}`, arguments: [ruleId] };
        explain.diagnostics = [diagnostic];
        actions.push(explain);
      }
    }
    return actions;
  }
}

function fixAction(doc: vscode.TextDocument, fix: Fix, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  const edit = new vscode.WorkspaceEdit();
  if (fix.isSuggestion) {
    // A replacement the clinician picks: plain text, exactly what the title says.
    edit.set(
      doc.uri,
      fix.edits.map((e) => vscode.TextEdit.replace(spanRange(doc, e.offset, e.deleteLength ?? 0), snippetToPlainText(e.text))),
    );
  } else {
    // Inserted as a snippet, so the clinician tabs through its placeholders.
    edit.set(
      doc.uri,
      fix.edits.map((e) => new vscode.SnippetTextEdit(spanRange(doc, e.offset, e.deleteLength ?? 0), new vscode.SnippetString(e.text))),
    );
    action.isPreferred = fix.isPreferred !== false;
  }
  action.edit = edit;
  return action;
}

function spanRange(doc: vscode.TextDocument, offset: number, length: number): vscode.Range {
  return new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + length));
}

/** The frontmatter's line range (1-based, inclusive), where a comment would break the YAML. */
export function frontmatterLines(doc: vscode.TextDocument): { first: number; last: number } | null {
  if (doc.lineCount === 0 || !/^\uFEFF?---\s*$/.test(doc.lineAt(0).text)) return null;
  for (let i = 1; i < doc.lineCount; i++) {
    if (/^(---|\.\.\.)\s*$/.test(doc.lineAt(i).text)) return { first: 1, last: i + 1 };
  }
  return null;
}

function disableLineAction(doc: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction | null {
  const line = finding.start.line; // 1-based
  const frontmatter = frontmatterLines(doc);
  if (frontmatter && line <= frontmatter.last) return null; // a comment there would break the frontmatter
  const lineIndex = line - 1;
  const indent = /^\s*/.exec(doc.lineAt(lineIndex).text)![0];
  const action = new vscode.CodeAction(`Disable ${finding.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  const edit = new vscode.WorkspaceEdit();
  edit.set(doc.uri, [
    new vscode.SnippetTextEdit(
      new vscode.Range(lineIndex, 0, lineIndex, 0),
      new vscode.SnippetString(`${indent}<!-- rapport-disable-next-line ${finding.ruleId} -- \${1:reason} -->\n`),
    ),
  ]);
  action.edit = edit;
  return action;
}

function disableFileAction(doc: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const frontmatter = frontmatterLines(doc);
  const at = frontmatter ? frontmatter.last : 0; // the line after the frontmatter (0-based index)
  const action = new vscode.CodeAction(`Disable ${finding.ruleId} for this file`, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  const edit = new vscode.WorkspaceEdit();
  const position = at < doc.lineCount ? new vscode.Position(at, 0) : doc.lineAt(doc.lineCount - 1).range.end;
  const prefix = at < doc.lineCount ? '' : '\n';
  edit.set(doc.uri, [
    new vscode.SnippetTextEdit(
      new vscode.Range(position, position),
      new vscode.SnippetString(`${prefix}<!-- rapport-disable-file ${finding.ruleId} -- \${1:reason} -->\n`),
    ),
  ]);
  action.edit = edit;
  return action;
}
