import * as vscode from 'vscode';
import type { NoteLinter } from '../linter.js';

/** Rapport: Toggle linting, for this window (the `rapport.enable` setting persists). */
export function toggleLinting(linter: NoteLinter): boolean {
  linter.paused = !linter.paused;
  if (linter.paused) linter.collection.clear();
  linter.relintAll();
  void vscode.window.setStatusBarMessage(linter.paused ? 'Rapport: linting off' : 'Rapport: linting on', 3000);
  return !linter.paused;
}
