import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAll, fixtureUri, hasRule, ruleOf, waitForDiagnostics } from './helpers.js';

suite('hover', () => {
  teardown(closeAll);

  test('over a finding: why it matters, what satisfies it, and a link to the docs', async () => {
    const uri = fixtureUri('notes/progress-soap.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const diagnostics = await waitForDiagnostics(uri, hasRule('plan-next-step'));
    const plan = diagnostics.find((d) => ruleOf(d) === 'plan-next-step')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, plan.range.start.translate(0, 3));
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(text, /Rapport `plan-next-step`/);
    assert.match(text, /Why it matters/);
    assert.match(text, /What satisfies it/);
    const why = (await api()).rules.find((r) => r.meta.id === 'plan-next-step')!.meta.docs.why;
    assert.ok(text.includes(why.slice(0, 40)), 'the rule\'s own "why" (with its evidence) is shown');
    assert.match(text, /command:rapport\.explainRule/, 'the docs link works offline (a command, not a web page)');
  });

  test('no hover away from findings', async () => {
    const uri = fixtureUri('notes/progress-soap.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(uri, hasRule('plan-next-step'));
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('Good eye contact'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 2));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.doesNotMatch(text, /Rapport `/);
  });
});
