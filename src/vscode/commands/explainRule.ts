import * as vscode from 'vscode';
import { findRule, rules } from '../../core/rules/index.js';
import { docsUri, ruleMarkdown } from '../ruleDocs.js';

/** Rapport: Explain rule: the rule's page from the extension, rendered offline in the preview. */
export async function explainRule(ruleId?: string): Promise<void> {
  const id =
    ruleId ??
    (await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.meta.id, description: r.meta.category, detail: r.meta.docs.summary })),
      { title: 'Rapport: Explain rule', matchOnDetail: true },
    ))?.label;
  if (!id) return;
  if (!findRule(id)) {
    void vscode.window.showWarningMessage(`Rapport has no rule \`${id}\`.`);
    return;
  }
  const uri = docsUri(id);
  try {
    await vscode.workspace.fs.stat(uri);
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // No docs page in this build: show the rule's own metadata instead.
    void vscode.window.showInformationMessage(ruleMarkdown(id).value.replace(/\[Rule documentation\]\(.*\)$/, ''), { modal: true });
  }
}
