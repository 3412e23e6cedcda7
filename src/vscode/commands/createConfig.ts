import * as vscode from 'vscode';
import type { NoteFormat } from '../../core/types.js';
import { FORMATS_FOR } from '../noteTemplates.js';

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
