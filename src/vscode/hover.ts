import * as vscode from 'vscode';
import type { NoteLinter } from './linter.js';
import { ruleMarkdown } from './ruleDocs.js';

/** Over a finding: what it found, why it matters (with the evidence), what satisfies it, the docs. */
export class RapportHover implements vscode.HoverProvider {
  constructor(private readonly linter: NoteLinter) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.linter.stateOf(doc.uri);
    if (!state || state.version !== doc.version) return undefined;
    const hits = state.entries.filter((e) => e.diagnostic.range.contains(position));
    if (hits.length === 0) return undefined;
    const seen = new Set<string>();
    const contents: vscode.MarkdownString[] = [];
    for (const { finding } of hits) {
      if (seen.has(finding.ruleId)) continue;
      seen.add(finding.ruleId);
      contents.push(ruleMarkdown(finding.ruleId, finding.message));
    }
    const range = hits.map((h) => h.diagnostic.range).reduce((a, b) => a.union(b));
    return new vscode.Hover(contents, range);
  }
}
