import * as vscode from 'vscode';
import { NOTE_TYPES, type NoteFormat, type NoteType } from '../../core/types.js';
import { FORMATS_FOR, noteSnippet } from '../noteTemplates.js';

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
