import * as vscode from 'vscode';
import type { Severity } from '../core/types.js';
import { documentLength, type LintState, type NoteLinter } from './linter.js';
import { readSettings } from './settings.js';

/** The language status item: note type, format and counts; a warning when a lint is slow. */
export class RapportStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('rapport.status', { language: 'markdown' });
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly linter: NoteLinter) {
    this.item.name = 'Rapport';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      linter.onDidLint((e) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === e.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  /** What the item shows now (for tests). */
  get shown(): { text: string; detail: string | undefined; severity: vscode.LanguageStatusSeverity } {
    return { text: this.item.text, detail: this.item.detail, severity: this.item.severity };
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const settings = readSettings(doc?.uri);
    this.item.severity = vscode.LanguageStatusSeverity.Information;
    this.item.command = { command: 'rapport.toggleLinting', title: this.linter.paused || !settings.enable ? 'Turn on' : 'Turn off' };
    if (this.linter.paused || !settings.enable) {
      this.item.text = 'Rapport: off';
      this.item.detail = 'Linting is switched off';
      return;
    }
    const state = doc ? this.linter.stateOf(doc.uri) : undefined;
    if (!state) {
      this.item.text = 'Rapport';
      this.item.detail = 'Not a note (no `type` in the frontmatter, not in the config\'s `notes`)';
      return;
    }
    this.item.text = `$(checklist) ${describeNote(state)}`;
    const budget = settings.timeBudgetMs;
    const parts = [countsText(state)];
    if (state.configError) {
      this.item.severity = vscode.LanguageStatusSeverity.Error;
      parts.push('config has problems; using the settings');
    }
    if (doc && documentLength(doc) >= settings.largeNoteSaveOnlyChars) parts.push('large note: linted when opened and saved');
    else if (state.kind === 'window') parts.push('large note: the edited entry linted; the whole note on save or when typing pauses');
    if (state.durationMs > budget) {
      this.item.severity = vscode.LanguageStatusSeverity.Warning;
      parts.push(`lint took ${Math.round(state.durationMs)} ms (budget ${budget} ms)`);
    }
    this.item.detail = parts.join(' · ');
  }
}

export function describeNote(state: LintState): string {
  return `${state.note.type ?? 'note'} · ${state.note.format ?? 'free'}`;
}

export function countsText(state: LintState): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of state.findings) counts[f.severity]++;
  if (state.findings.length === 0) return 'no findings';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [counts.error && plural(counts.error, 'error'), counts.warning && plural(counts.warning, 'warning'), counts.info && `${counts.info} info`]
    .filter(Boolean)
    .join(', ');
}
