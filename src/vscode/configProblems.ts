import * as vscode from 'vscode';
import type { ConfigError } from '../core/config/resolve.js';

/**
 * Shows a config's problems (file, key path, what was expected; never note text) as diagnostics
 * on the config file and once as a notification, until the config changes.
 */
export class ConfigProblems implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('rapport-config');
  private readonly notified = new Set<string>();

  report(error: ConfigError, file: vscode.Uri | null): void {
    if (file) {
      this.collection.set(
        file,
        error.problems.map((problem) => {
          const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), problem, vscode.DiagnosticSeverity.Error);
          diagnostic.source = 'rapport';
          return diagnostic;
        }),
      );
    }
    const key = `${error.file}|${error.problems.join('|')}`;
    if (this.notified.has(key)) return;
    this.notified.add(key);
    void vscode.window.showErrorMessage(`Rapport config ${error.file}: ${error.problems.join('; ')}. Notes are linted with the settings until it is fixed.`);
  }

  clear(): void {
    this.collection.clear();
    this.notified.clear();
  }

  dispose(): void {
    this.collection.dispose();
  }
}
