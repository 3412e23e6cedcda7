import * as vscode from 'vscode';
import { lint, type LintResult } from '../core/lint.js';
import { isNote } from '../core/notes.js';
import type { Finding } from '../core/types.js';
import type { ConfigStore } from './configStore.js';
import { toDiagnostic } from './diagnostics.js';
import { readSettings } from './settings.js';
import { notePath } from './uris.js';

/**
 * Files the clinician edits: untitled notes, files on disk, and anything inside a workspace
 * folder (vscode-remote, vscode-vfs). Not git diffs, output channels or previews of other schemes.
 */
export function isLintable(uri: vscode.Uri): boolean {
  return uri.scheme === 'untitled' || uri.scheme === 'file' || vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

/** What the last lint of a document found; code actions and hovers read it. */
export interface LintState {
  version: number;
  note: LintResult['note'];
  /** Findings paired with the diagnostics shown for them (findings mapped to Ignore have none). */
  entries: Array<{ finding: Finding; diagnostic: vscode.Diagnostic }>;
  findings: Finding[];
  durationMs: number;
  configFile: vscode.Uri | null;
  configError: boolean;
}

export interface LintEvent {
  uri: vscode.Uri;
  state: LintState | null;
}

/**
 * Lints markdown notes and publishes diagnostics: on open, as you type (debounced) and on save.
 * Every request takes a new generation number; a result whose generation is no longer the
 * latest for its document (the config load awaited while the user typed on) is dropped.
 */
export class NoteLinter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('rapport');
  private readonly states = new Map<string, LintState>();
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly onDidLintEmitter = new vscode.EventEmitter<LintEvent>();
  readonly onDidLint = this.onDidLintEmitter.event;
  /** Rapport: Toggle linting switches this for the window; the `rapport.enable` setting persists. */
  paused = false;

  constructor(private readonly configs: ConfigStore) {}

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.collection.dispose();
    this.onDidLintEmitter.dispose();
  }

  stateOf(uri: vscode.Uri): LintState | undefined {
    return this.states.get(uri.toString());
  }

  /** Whether a debounced lint is waiting to run for the document. */
  isScheduled(uri: vscode.Uri): boolean {
    return this.timers.has(uri.toString());
  }

  /** Lints after the debounce delay, restarting it on every keystroke. */
  schedule(doc: vscode.TextDocument, delayMs: number): void {
    const key = doc.uri.toString();
    this.bump(key);
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.lintDocument(doc);
      }, delayMs),
    );
  }

  private bump(key: string): number {
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    return generation;
  }

  async lintDocument(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const generation = this.bump(key);
    const pending = this.timers.get(key);
    if (pending) {
      clearTimeout(pending);
      this.timers.delete(key);
    }
    const settings = readSettings(doc.uri);
    if (this.paused || !settings.enable || doc.languageId !== 'markdown' || doc.isClosed || !isLintable(doc.uri)) {
      this.clear(doc.uri);
      return;
    }
    const { config, file, error } = await this.configs.configFor(doc.uri);
    if (this.generations.get(key) !== generation || doc.isClosed) return; // stale: a newer request is on its way
    const text = doc.getText();
    const filePath = notePath(doc);
    if (!isNote(text, filePath, config)) {
      this.clear(doc.uri);
      return;
    }
    const started = performance.now();
    let result: LintResult;
    try {
      result = lint(text, { config, filePath: filePath ?? undefined });
    } catch {
      // Never leave the user with a crashed linter; the message carries no note text.
      void vscode.window.showErrorMessage('Rapport could not lint this note (an internal error). Other notes are unaffected.');
      this.clear(doc.uri);
      return;
    }
    const durationMs = performance.now() - started;
    const entries: LintState['entries'] = [];
    for (const finding of result.findings) {
      const diagnostic = toDiagnostic(doc.uri, finding, settings.severityFor);
      if (diagnostic) entries.push({ finding, diagnostic });
    }
    const state: LintState = {
      version: doc.version,
      note: result.note,
      entries,
      findings: result.findings,
      durationMs,
      configFile: file,
      configError: error !== undefined,
    };
    this.states.set(key, state);
    this.collection.set(doc.uri, entries.map((e) => e.diagnostic));
    this.onDidLintEmitter.fire({ uri: doc.uri, state });
  }

  /** Publishes diagnostics for a file that is not open (Lint all notes). */
  publish(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): void {
    if (this.states.has(uri.toString())) return; // an open editor's own lint is fresher
    this.collection.set(uri, diagnostics);
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    this.states.delete(key);
    this.collection.delete(uri);
    this.onDidLintEmitter.fire({ uri, state: null });
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.bump(key);
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
    this.generations.delete(key);
    this.clear(uri);
  }

  /** Re-lints every open markdown document (config or settings changed, linting toggled). */
  relintAll(): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.languageId === 'markdown') void this.lintDocument(doc);
    }
  }
}
