import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { RapportApi } from '../../../src/vscode/extension.js';
import type { LintState } from '../../../src/vscode/linter.js';

export const EXTENSION_ID = 'rapport.rapport';

export async function api(): Promise<RapportApi> {
  const ext = vscode.extensions.getExtension<RapportApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  return ext.isActive ? ext.exports : await ext.activate();
}

export function rapportDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'rapport');
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

/**
 * Resolves when the document's rapport diagnostics satisfy `pred`: checked now, then on every
 * onDidChangeDiagnostics for that URI. The timeout only bounds a failure; nothing sleeps.
 */
export function waitForDiagnostics(uri: vscode.Uri, pred: (d: vscode.Diagnostic[]) => boolean, what = 'diagnostics', timeoutMs = 20000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let sub: vscode.Disposable | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = (): boolean => {
      const diagnostics = rapportDiagnostics(uri);
      if (!pred(diagnostics)) return false;
      sub?.dispose();
      if (timer) clearTimeout(timer);
      resolve(diagnostics);
      return true;
    };
    if (check()) return;
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    timer = setTimeout(() => {
      sub?.dispose();
      const now = rapportDiagnostics(uri).map((d) => `${ruleOf(d)}@${d.range.start.line}`);
      reject(new Error(`timed out waiting for ${what}; have [${now.join(', ')}]`));
    }, timeoutMs);
  });
}

export function hasRule(ruleId: string): (d: vscode.Diagnostic[]) => boolean {
  return (d) => d.some((x) => ruleOf(x) === ruleId);
}

export function lacksRule(ruleId: string): (d: vscode.Diagnostic[]) => boolean {
  return (d) => !d.some((x) => ruleOf(x) === ruleId);
}

export function fixtureUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace folder open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** A scratch copy of a fixture, so a test can edit it without touching the others' files. */
export async function scratchNote(name: string, content: string): Promise<vscode.TextDocument> {
  const uri = fixtureUri(`scratch/${name}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return vscode.workspace.openTextDocument(uri);
}

export async function quickFixes(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
  return actions ?? [];
}

/** Every character of `before`, in order, is still in `after` (fixes insert; they never delete). */
export function keepsEveryCharacter(before: string, after: string): boolean {
  let j = 0;
  for (let i = 0; i < after.length && j < before.length; i++) if (after[i] === before[j]) j++;
  return j === before.length;
}

/** Closes every editor without a save prompt: dirty documents are reverted first. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Resolves once the extension has linted the document (its onDidLint event), whatever it found. */
export async function waitForLint(uri: vscode.Uri, timeoutMs = 20000): Promise<void> {
  const rapport = await api();
  if (rapport.linter.stateOf(uri)) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error('timed out waiting for a lint'));
    }, timeoutMs);
    const sub = rapport.linter.onDidLint((e) => {
      if (e.uri.toString() !== uri.toString() || !e.state) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

/** A promise for the extension's next lint of the document; take it before triggering the lint. */
export function nextLint(linter: RapportApi['linter'], uri: vscode.Uri, timeoutMs = 20000): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error('timed out waiting for the next lint'));
    }, timeoutMs);
    const sub = linter.onDidLint((e) => {
      if (e.uri.toString() !== uri.toString()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

/** The next lint of the document that produced a state; take it before triggering the lint. */
export function nextLintState(linter: RapportApi['linter'], uri: vscode.Uri, timeoutMs = 60000): Promise<LintState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error('timed out waiting for the next lint'));
    }, timeoutMs);
    const sub = linter.onDidLint((e) => {
      if (e.uri.toString() !== uri.toString() || !e.state) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e.state);
    });
  });
}

/** Sets a rapport.* setting for the test workspace (undefined removes it). */
export async function setRapport(name: string, value: unknown, timeoutMs = 20000): Promise<void> {
  const config = vscode.workspace.getConfiguration('rapport');
  if (config.inspect(name)?.workspaceValue === value) return;
  // Resolves once the extension host has seen the change (the extension re-lints open notes then),
  // so a lint it starts cannot land in the middle of the test that follows.
  const seen = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for rapport.${name} to change`));
    }, timeoutMs);
    const sub = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(`rapport.${name}`)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
  await config.update(name, value, vscode.ConfigurationTarget.Workspace);
  await seen;
}

