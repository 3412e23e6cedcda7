import * as vscode from 'vscode';
import { lint, type LintResult } from '../core/lint.js';
import { isNote } from '../core/notes.js';
import type { Finding, Position, Span } from '../core/types.js';
import type { ConfigStore } from './configStore.js';
import { SOURCE, toDiagnostic } from './diagnostics.js';
import { readSettings } from './settings.js';
import { notePath } from './uris.js';
import { growDirty, layoutOf, mergeWindow, shiftFinding, selectWindow, shiftOffset, windowText, type TextChange, type Window } from './window.js';

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
  /** What the engine says about the note itself (nested too deeply to read as markdown), shown as warnings. */
  notices: vscode.Diagnostic[];
  durationMs: number;
  /** From the lint's start (the debounce's end, for typing) to the diagnostics published: config, lint, merge and publish. */
  totalMs: number;
  configFile: vscode.Uri | null;
  configError: boolean;
  /** `window`: only the edited entries of a large note were linted; the rest is the last full lint's, shifted. */
  kind: 'full' | 'window';
  /** The window linted (document offsets), for `window` lints. */
  window?: Window;
  /** Large notes: the head (frontmatter) at the last full lint; a windowed lint needs it unchanged. */
  headText?: string;
}

/** A notice about the note (not a rule's finding) as a warning on its line, with no rule code and no quick fixes. */
function noticeDiagnostic(doc: vscode.TextDocument, notice: LintResult['notices'][number]): vscode.Diagnostic {
  const line = Math.min(Math.max(notice.start.line - 1, 0), doc.lineCount - 1);
  const diagnostic = new vscode.Diagnostic(doc.lineAt(line).range, notice.message, vscode.DiagnosticSeverity.Warning);
  diagnostic.source = SOURCE;
  return diagnostic;
}

/** A directive outside the window could silence findings inside it (a file or range directive). */
const WIDE_DIRECTIVE = /rapport-(?:disable|enable)(?!-(?:next-)?line)/g;

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
  /** Large notes: the full lint that follows windowed ones once typing pauses. */
  private readonly idleTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Large notes: the range edited since the last lint (current document offsets). */
  private readonly dirty = new Map<string, Span>();
  /** Documents told once that they are linted on open and save only. */
  private readonly saveOnlyNoticed = new Set<string>();
  /** How long the last change took to track (large notes; for the timing suite). */
  trackMs = 0;
  /** The save-only notices shown (for tests): the message, never note text. */
  readonly notices: string[] = [];
  private readonly onDidLintEmitter = new vscode.EventEmitter<LintEvent>();
  readonly onDidLint = this.onDidLintEmitter.event;
  /** Rapport: Toggle linting switches this for the window; the `rapport.enable` setting persists. */
  paused = false;

  constructor(private readonly configs: ConfigStore) {}

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.timers.clear();
    this.idleTimers.clear();
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

  /**
   * Large notes: called for every change before it is scheduled. Shifts the last lint's findings
   * to the new text (VS Code does not move diagnostics) and grows the edited range.
   */
  track(doc: vscode.TextDocument, contentChanges: readonly vscode.TextDocumentContentChangeEvent[], largeNoteChars: number): void {
    const key = doc.uri.toString();
    const state = this.states.get(key);
    if (!state || documentLength(doc) < largeNoteChars) {
      this.dirty.delete(key);
      this.trackMs = 0;
      return;
    }
    const started = performance.now();
    const changes: TextChange[] = contentChanges.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, textLength: c.text.length }));
    const dirty = growDirty(this.dirty.get(key) ?? null, changes);
    if (dirty) this.dirty.set(key, dirty);
    // Offsets only: the lines and columns are recomputed once, when the next lint publishes.
    const map = (offset: number): number => shiftOffset(offset, changes);
    state.findings = state.findings.map((f) => shiftFinding(f, map));
    this.trackMs = performance.now() - started;
  }

  /** Lints after the debounce delay, restarting it on every keystroke. */
  schedule(doc: vscode.TextDocument, delayMs: number): void {
    const key = doc.uri.toString();
    this.bump(key);
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    const idle = this.idleTimers.get(key);
    if (idle) clearTimeout(idle);
    this.idleTimers.delete(key);
    const settings = readSettings(doc.uri);
    if (documentLength(doc) >= settings.largeNoteSaveOnlyChars) {
      this.timers.delete(key);
      this.noticeSaveOnly(key, settings.largeNoteSaveOnlyChars);
      return;
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.lintDocument(doc, 'typing');
      }, delayMs),
    );
  }

  private noticeSaveOnly(key: string, limit: number): void {
    if (this.saveOnlyNoticed.has(key)) return;
    this.saveOnlyNoticed.add(key);
    const message =
      `Rapport lints this note when it is opened and saved, not as you type: it is longer than ${limit.toLocaleString('en-US')} characters ` +
      '(the rapport.largeNoteSaveOnlyChars setting).';
    this.notices.push(message);
    void vscode.window.showInformationMessage(message);
  }

  private bump(key: string): number {
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    return generation;
  }

  /**
   * Lints the document. `typing` (the debounced lint) in a large note lints only the entries the
   * edits touched, when it can; everything else is a full lint, which replaces all diagnostics.
   */
  async lintDocument(doc: vscode.TextDocument, reason: 'full' | 'typing' = 'full'): Promise<void> {
    const requested = performance.now();
    const key = doc.uri.toString();
    const generation = this.bump(key);
    const pending = this.timers.get(key);
    if (pending) {
      clearTimeout(pending);
      this.timers.delete(key);
    }
    const idle = this.idleTimers.get(key);
    if (idle) {
      clearTimeout(idle);
      this.idleTimers.delete(key);
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
    const large = text.length >= settings.largeNoteChars;
    const previous = this.states.get(key);
    const dirty = this.dirty.get(key);
    this.dirty.delete(key);
    let window: Window | null = null;
    let headText: string | undefined;
    if (large) {
      const layout = layoutOf(text);
      headText = text.slice(0, layout.headEnd);
      if (reason === 'typing' && previous?.headText === headText && dirty) {
        window = selectWindow(text, dirty, layout);
        if (window && wideDirectiveOutside(text, window)) window = null;
      }
    }
    const started = performance.now();
    let result: LintResult;
    try {
      result = lint(window ? windowText(text, window) : text, { config, filePath: filePath ?? undefined });
    } catch {
      // Never leave the user with a crashed linter; the message carries no note text.
      void vscode.window.showErrorMessage('Rapport could not lint this note (an internal error). Other notes are unaffected.');
      this.clear(doc.uri);
      return;
    }
    let findings = result.findings;
    let note = result.note;
    if (window && previous) {
      findings = mergeWindow(previous.findings, result.findings, window, enginePositions(doc));
      note = previous.note; // type and format come from the full lint (the head is unchanged)
    }
    const durationMs = performance.now() - started;
    const entries: LintState['entries'] = [];
    for (const finding of findings) {
      const diagnostic = toDiagnostic(doc.uri, finding, settings.severityFor);
      if (diagnostic) entries.push({ finding, diagnostic });
    }
    // A windowed lint reads only part of the note: the notices stay those of the last full lint.
    const notices = window && previous ? previous.notices : result.notices.map((n) => noticeDiagnostic(doc, n));
    const state: LintState = {
      version: doc.version,
      note,
      entries,
      findings,
      notices,
      durationMs,
      totalMs: 0,
      configFile: file,
      configError: error !== undefined,
      kind: window ? 'window' : 'full',
      ...(window ? { window } : {}),
      ...(headText !== undefined ? { headText } : {}),
    };
    this.states.set(key, state);
    this.collection.set(doc.uri, [...entries.map((e) => e.diagnostic), ...notices]);
    state.totalMs = performance.now() - requested;
    if (window) {
      // The final state always equals a full lint: one follows once typing pauses (and on save).
      this.idleTimers.set(
        key,
        setTimeout(() => {
          this.idleTimers.delete(key);
          void this.lintDocument(doc);
        }, settings.largeNoteIdleMs),
      );
    }
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
    const idle = this.idleTimers.get(key);
    if (idle) clearTimeout(idle);
    this.idleTimers.delete(key);
    this.dirty.delete(key);
    this.saveOnlyNoticed.delete(key);
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

/** The document's length without building its text (a large note's getText() costs a copy). */
export function documentLength(doc: vscode.TextDocument): number {
  if (doc.lineCount === 0) return 0;
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

/** The engine's 1-based positions for offsets of the document as it is now. */
function enginePositions(doc: vscode.TextDocument): (offset: number) => Position {
  return (offset) => {
    const p = doc.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
}

function wideDirectiveOutside(text: string, w: Window): boolean {
  WIDE_DIRECTIVE.lastIndex = 0;
  for (let m = WIDE_DIRECTIVE.exec(text); m; m = WIDE_DIRECTIVE.exec(text)) {
    if (m.index >= w.headEnd && (m.index < w.start || m.index >= w.end)) return true;
  }
  return false;
}
