import * as vscode from 'vscode';

// The engine works on posix path strings; VS Code on URIs of any scheme (file, vscode-remote,
// vscode-vfs on vscode.dev). A URI's path is posix already, so the two map one to one.

export function pathOf(uri: vscode.Uri): string {
  return uri.path;
}

/** A path the engine returned, as a URI on the same scheme and authority as `like`. */
export function uriFor(path: string, like: vscode.Uri): vscode.Uri {
  return like.with({ path, query: '', fragment: '' });
}

/** The file path the engine sees for a document, or null for an untitled one. */
export function notePath(doc: vscode.TextDocument): string | null {
  return doc.isUntitled ? null : pathOf(doc.uri);
}
