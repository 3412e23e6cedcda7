import * as vscode from 'vscode';
import { lint } from '../../core/lint.js';
import { isNote } from '../../core/notes.js';
import type { ConfigStore } from '../configStore.js';
import { toDiagnostic } from '../diagnostics.js';
import type { NoteLinter } from '../linter.js';
import { readSettings } from '../settings.js';

const decoder = new TextDecoder();

/** Rapport: Lint all notes in the workspace, into the Problems panel, with progress and cancel. */
export async function lintWorkspace(linter: NoteLinter, configs: ConfigStore): Promise<{ files: number; notes: number; findings: number }> {
  const totals = { files: 0, notes: 0, findings: 0 };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Rapport: linting notes', cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/{node_modules,.git}/**', undefined, token);
      const step = files.length ? 100 / files.length : 100;
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        totals.files++;
        progress.report({ message: `${totals.files}/${files.length}`, increment: step });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (open) {
          await linter.lintDocument(open);
          const state = linter.stateOf(uri);
          if (state) {
            totals.notes++;
            totals.findings += state.entries.length;
          }
          continue;
        }
        const { config } = await configs.configFor(uri);
        let text: string;
        try {
          text = decoder.decode(await vscode.workspace.fs.readFile(uri));
        } catch {
          continue;
        }
        if (!isNote(text, uri.path, config)) continue;
        totals.notes++;
        const result = lint(text, { config, filePath: uri.path });
        const settings = readSettings(uri);
        const diagnostics = result.findings.flatMap((f) => toDiagnostic(uri, f, settings.severityFor) ?? []);
        totals.findings += diagnostics.length;
        linter.publish(uri, diagnostics);
      }
    },
  );
  void vscode.window.showInformationMessage(`Rapport: ${totals.notes} notes linted, ${totals.findings} findings.`);
  if (totals.findings > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
  return totals;
}
