import * as vscode from 'vscode';
import type { Rule } from '../core/rule.js';
import { rules } from '../core/rules/index.js';
import type { NoteFormat, NoteType } from '../core/types.js';
import { RapportCodeActions } from './codeActions.js';
import { createConfig } from './commands/createConfig.js';
import { explainRule } from './commands/explainRule.js';
import { lintWorkspace } from './commands/lintWorkspace.js';
import { newNote } from './commands/newNote.js';
import { toggleLinting } from './commands/toggleLinting.js';
import { ConfigProblems } from './configProblems.js';
import { ConfigStore, isConfigFileName } from './configStore.js';
import { RapportHover } from './hover.js';
import { NoteLinter } from './linter.js';
import { setExtensionUri } from './ruleDocs.js';
import { readSettings } from './settings.js';
import { RapportStatus } from './status.js';
import { pathOf } from './uris.js';

/** What the extension hands to other extensions (and to its integration tests). */
export interface RapportApi {
  /** From the bundle starting to load to the end of activate(). */
  activationMs: number;
  linter: NoteLinter;
  /** The rule registry the extension lints with (metadata for tests and other extensions). */
  rules: readonly Rule[];
  status: RapportStatus;
}

// Set by the bundle's first line (scripts/build.mjs): when the extension's code began to load.
declare const __rapportLoadStart: number | undefined;

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function activate(context: vscode.ExtensionContext): RapportApi {
  const started = typeof __rapportLoadStart === 'number' && __rapportLoadStart > 0 ? __rapportLoadStart : performance.now();
  setExtensionUri(context.extensionUri);
  const configs = new ConfigStore();
  const linter = new NoteLinter(configs);
  const status = new RapportStatus(linter);
  const configProblems = new ConfigProblems();

  const onConfigFileChanged = (uri: vscode.Uri): void => {
    if (!isConfigFileName(pathOf(uri)) && !configs.filesInUse.has(pathOf(uri))) return;
    configs.invalidate();
    configProblems.clear();
    linter.relintAll();
  };
  // Config files, and the files they extend: a clinic's shared base config can change on disk (a pull) without being saved
  // in the editor. onConfigFileChanged keeps only the events for a config file or a file a config was built from.
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{json,yaml,yml}');

  context.subscriptions.push(
    configs,
    linter,
    status,
    configProblems,
    watcher,
    watcher.onDidCreate(onConfigFileChanged),
    watcher.onDidChange(onConfigFileChanged),
    watcher.onDidDelete(onConfigFileChanged),
    configs.onError(({ error, file }) => configProblems.report(error, file)),
    vscode.workspace.onDidOpenTextDocument((doc) => void linter.lintDocument(doc)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.languageId !== 'markdown' || e.contentChanges.length === 0) return;
      const settings = readSettings(e.document.uri);
      linter.track(e.document, e.contentChanges, settings.largeNoteChars);
      if (settings.run === 'onType') linter.schedule(e.document, settings.debounceMs);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      onConfigFileChanged(doc.uri);
      if (doc.languageId === 'markdown') void linter.lintDocument(doc);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => linter.forget(doc.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('rapport')) return;
      configs.invalidate();
      linter.relintAll();
      status.update();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => linter.relintAll()),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new RapportCodeActions(linter), { providedCodeActionKinds: RapportCodeActions.kinds }),
    vscode.languages.registerHoverProvider(MARKDOWN, new RapportHover(linter)),
    vscode.commands.registerCommand('rapport.newNote', (args?: { type?: NoteType; format?: NoteFormat }) => newNote(args)),
    vscode.commands.registerCommand('rapport.lintWorkspace', () => lintWorkspace(linter, configs)),
    vscode.commands.registerCommand('rapport.explainRule', (ruleId?: string) => explainRule(typeof ruleId === 'string' ? ruleId : undefined)),
    vscode.commands.registerCommand('rapport.createConfig', (args?: Parameters<typeof createConfig>[0]) => createConfig(args)),
    vscode.commands.registerCommand('rapport.toggleLinting', () => {
      const on = toggleLinting(linter);
      status.update();
      return on;
    }),
  );

  for (const doc of vscode.workspace.textDocuments) void linter.lintDocument(doc);
  return { activationMs: performance.now() - started, linter, rules, status };
}

export function deactivate(): void {}
