import * as vscode from 'vscode';
import { lint } from '../core/lint.js';
import { isNote } from '../core/notes.js';
import { rules, findRule } from '../core/rules/index.js';
import { NOTE_TYPES, type NoteFormat, type NoteType } from '../core/types.js';
import type { ConfigStore } from './configStore.js';
import { toDiagnostic } from './diagnostics.js';
import type { NoteLinter } from './linter.js';
import { FORMATS_FOR, noteSnippet } from './noteTemplates.js';
import { docsUri, ruleMarkdown } from './ruleDocs.js';
import { readSettings } from './settings.js';

const decoder = new TextDecoder();

/** Rapport: New note: pick a type and a format, open an untitled note from the template. */
export async function newNote(args?: { type?: NoteType; format?: NoteFormat }): Promise<vscode.TextEditor | undefined> {
  const type =
    args?.type ??
    ((await vscode.window.showQuickPick(
      NOTE_TYPES.map((t) => ({ label: t })),
      { title: 'Rapport: New note', placeHolder: 'Note type' },
    ))?.label as NoteType | undefined);
  if (!type) return undefined;
  const formats = FORMATS_FOR[type];
  const format =
    args?.format ??
    (formats.length === 1
      ? formats[0]
      : ((await vscode.window.showQuickPick(
          formats.map((f) => ({ label: f })),
          { title: 'Rapport: New note', placeHolder: 'Format' },
        ))?.label as NoteFormat | undefined));
  if (!format) return undefined;
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(noteSnippet({ type, format })));
  return editor;
}

/** Rapport: Explain rule: the rule's page from the extension, rendered offline in the preview. */
export async function explainRule(ruleId?: string): Promise<void> {
  const id =
    ruleId ??
    (await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.meta.id, description: r.meta.category, detail: r.meta.docs.summary })),
      { title: 'Rapport: Explain rule', matchOnDetail: true },
    ))?.label;
  if (!id) return;
  if (!findRule(id)) {
    void vscode.window.showWarningMessage(`Rapport has no rule \`${id}\`.`);
    return;
  }
  const uri = docsUri(id);
  try {
    await vscode.workspace.fs.stat(uri);
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // No docs page in this build: show the rule's own metadata instead.
    void vscode.window.showInformationMessage(ruleMarkdown(id).value.replace(/\[Rule documentation\]\(.*\)$/, ''), { modal: true });
  }
}

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
        const doc = textDocumentLike(uri, text);
        const diagnostics = result.findings.flatMap((f) => toDiagnostic(doc, f, settings.severityFor) ?? []);
        totals.findings += diagnostics.length;
        linter.publish(uri, diagnostics);
      }
    },
  );
  void vscode.window.showInformationMessage(`Rapport: ${totals.notes} notes linted, ${totals.findings} findings.`);
  if (totals.findings > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
  return totals;
}

/** Just enough of a TextDocument to turn offsets into positions for a file that is not open. */
function textDocumentLike(uri: vscode.Uri, text: string): vscode.TextDocument {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const positionAt = (offset: number): vscode.Position => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return new vscode.Position(lo, clamped - lineStarts[lo]!);
  };
  return { uri, positionAt } as unknown as vscode.TextDocument;
}

const PRESET_PICKS = [
  { label: 'recommended', detail: 'The defaults: clinical judgement rules are warnings or hints.' },
  { label: 'strict', detail: 'Template and rupture rules are errors, for clinics that enforce them in CI.' },
  { label: 'all', detail: 'Every rule on, including identifiers (de-identification).' },
];

/** Rapport: Create config file: `.rapportrc.json` in the workspace folder from a preset and a template. */
export async function createConfig(args?: { preset?: string; format?: NoteFormat; folder?: vscode.Uri }): Promise<vscode.Uri | undefined> {
  const folder = args?.folder ?? (await pickFolder());
  if (!folder) return undefined;
  const target = vscode.Uri.joinPath(folder, '.rapportrc.json');
  try {
    await vscode.workspace.fs.stat(target);
    await vscode.window.showTextDocument(target);
    void vscode.window.showInformationMessage('Rapport: this folder already has a .rapportrc.json; opened it.');
    return target;
  } catch {
    // none yet: create it
  }
  const preset = args?.preset ?? (await vscode.window.showQuickPick(PRESET_PICKS, { title: 'Rapport: Create config file', placeHolder: 'Preset' }))?.label;
  if (!preset) return undefined;
  const format =
    args?.format ??
    ((await vscode.window.showQuickPick(
      FORMATS_FOR.progress.map((f) => ({ label: f, detail: f === 'free' ? 'No required sections' : undefined })),
      { title: 'Rapport: Create config file', placeHolder: 'Template for progress notes' },
    ))?.label as NoteFormat | undefined);
  if (!format) return undefined;
  const config = {
    extends: `rapport:${preset}`,
    notes: ['notes/**/*.md'],
    ignore: [],
    templates: { progress: { format, requiredFields: ['type', 'client', 'date', 'session'] } },
    rules: {},
    requireReason: false,
  };
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(`${JSON.stringify(config, null, 2)}\n`));
  await vscode.window.showTextDocument(target);
  return target;
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('Rapport: open a folder to create a config file in it.');
    return undefined;
  }
  if (folders.length === 1) return folders[0]!.uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder for .rapportrc.json' }))?.uri;
}

/** Rapport: Toggle linting, for this window (the `rapport.enable` setting persists). */
export function toggleLinting(linter: NoteLinter): boolean {
  linter.paused = !linter.paused;
  if (linter.paused) linter.collection.clear();
  linter.relintAll();
  void vscode.window.setStatusBarMessage(linter.paused ? 'Rapport: linting off' : 'Rapport: linting on', 3000);
  return !linter.paused;
}
