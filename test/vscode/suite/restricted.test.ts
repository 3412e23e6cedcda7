// Run on its own, in a window opened without workspace trust (scripts/test-vscode.mjs).
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { fixtureUri, hasRule, waitForDiagnostics } from './helpers.js';

suite('Restricted Mode', () => {
  test('the workspace is untrusted and notes are still linted', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'this suite must run in Restricted Mode');
    const uri = fixtureUri('notes/progress-soap.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForDiagnostics(uri, (d) => hasRule('required-sections')(d) && hasRule('plan-next-step')(d));
  });
});
