import * as vscode from 'vscode';
import { findRule } from '../core/rules/index.js';

let extensionUri: vscode.Uri | undefined;

export function setExtensionUri(uri: vscode.Uri): void {
  extensionUri = uri;
}

/** The rule's page shipped inside the extension (docs/rules/<id>.md): works offline. */
export function docsUri(ruleId: string): vscode.Uri {
  const safe = /^[a-z0-9-]+$/.test(ruleId) ? ruleId : 'README';
  if (!extensionUri) return vscode.Uri.parse(`command:rapport.explainRule?${encodeURIComponent(JSON.stringify([safe]))}`);
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${safe}.md`);
}

export function explainCommandUri(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(`command:rapport.explainRule?${encodeURIComponent(JSON.stringify([ruleId]))}`);
}

/** What a hover (or the Explain command's fallback) says about a rule: why it matters, what satisfies it. */
export function ruleMarkdown(ruleId: string, heading?: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: ['rapport.explainRule'] };
  const rule = findRule(ruleId);
  md.appendMarkdown(`**Rapport \`${ruleId}\`**`);
  if (heading) md.appendMarkdown(`: ${escapeMarkdown(heading)}`);
  md.appendMarkdown('\n\n');
  if (!rule) return md;
  md.appendMarkdown(`**Why it matters.** ${escapeMarkdown(rule.meta.docs.why)}\n\n`);
  md.appendMarkdown(`**What satisfies it.** ${rule.meta.docs.satisfies}\n\n`);
  md.appendMarkdown(`[Rule documentation](${explainCommandUri(ruleId).toString()})`);
  return md;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>]/g, (ch) => `\\${ch}`);
}
