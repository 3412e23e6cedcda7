import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAll, fixtureUri, hasRule, rapportDiagnostics, waitForDiagnostics, waitForLint } from './helpers.js';

suite('commands', () => {
  teardown(closeAll);

  test('New note opens an untitled note from the template that lints clean', async () => {
    for (const [type, format] of [['progress', 'SOAP'], ['progress', 'BIRP'], ['intake', 'free'], ['termination', 'free']] as const) {
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('rapport.newNote', { type, format });
      assert.ok(editor, 'the command returns the new editor');
      const doc = editor.document;
      assert.ok(doc.isUntitled);
      assert.strictEqual(doc.languageId, 'markdown');
      assert.match(doc.getText(), new RegExp(`^---\\ntype: ${type}\\n`));
      assert.strictEqual(editor.document.getText(editor.selection), 'C-0000', 'the first placeholder (client) is selected');
      await waitForLint(doc.uri);
      const rapport = await api();
      await rapport.linter.lintDocument(doc);
      const state = rapport.linter.stateOf(doc.uri)!;
      assert.strictEqual(state.note.type, type);
      assert.deepStrictEqual(state.findings.map((f) => f.ruleId), [], `${type}/${format} template lints clean`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('Lint all notes fills the Problems panel for notes that are not open', async () => {
    const uri = fixtureUri('nested/progress-dap.md');
    const totals = await vscode.commands.executeCommand<{ files: number; notes: number; findings: number }>('rapport.lintWorkspace');
    assert.ok(totals.notes >= 2, `linted ${totals.notes} notes`);
    assert.ok(totals.files > totals.notes, 'the README was looked at but is not a note');
    await waitForDiagnostics(uri, hasRule('empty-section'), 'diagnostics for a closed note');
    assert.deepStrictEqual(rapportDiagnostics(fixtureUri('README.md')), []);
  });

  test('Create config file writes .rapportrc.json from a preset and a template', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const target = vscode.Uri.joinPath(folder, '.rapportrc.json');
    try {
      const created = await vscode.commands.executeCommand<vscode.Uri>('rapport.createConfig', { preset: 'strict', format: 'BIRP', folder });
      assert.strictEqual(created?.toString(), target.toString());
      const config = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
      assert.strictEqual(config.extends, 'rapport:strict');
      assert.strictEqual(config.templates.progress.format, 'BIRP');
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(target);
    }
  });

  test('Toggle linting clears and restores diagnostics', async () => {
    const uri = fixtureUri('notes/progress-soap.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForDiagnostics(uri, hasRule('required-sections'));
    assert.strictEqual(await vscode.commands.executeCommand('rapport.toggleLinting'), false);
    await waitForDiagnostics(uri, (d) => d.length === 0, 'diagnostics cleared');
    assert.strictEqual(await vscode.commands.executeCommand('rapport.toggleLinting'), true);
    await waitForDiagnostics(uri, hasRule('required-sections'), 'diagnostics back');
  });

  test('Explain rule runs for a known rule', async () => {
    await vscode.commands.executeCommand('rapport.explainRule', 'required-sections');
  });
});
