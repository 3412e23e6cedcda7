import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAll, fixtureUri, hasRule, lacksRule, ruleOf, waitForDiagnostics } from './helpers.js';

const encode = (s: string) => new TextEncoder().encode(s);

suite('config', () => {
  teardown(closeAll);

  test('creating, changing and deleting .rapportrc.json re-lints open notes', async () => {
    const uri = fixtureUri('notes/progress-soap.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForDiagnostics(uri, hasRule('plan-next-step'));
    const rc = fixtureUri('.rapportrc.json');
    try {
      await vscode.workspace.fs.writeFile(rc, encode(JSON.stringify({ rules: { 'plan-next-step': 'off' } })));
      await waitForDiagnostics(uri, (d) => lacksRule('plan-next-step')(d) && hasRule('required-sections')(d), 'plan-next-step off by config');
      await vscode.workspace.fs.writeFile(rc, encode(JSON.stringify({ extends: 'rapport:strict' })));
      await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'required-sections' && x.severity === vscode.DiagnosticSeverity.Error), 'strict: required-sections is an error');
    } finally {
      await vscode.workspace.fs.delete(rc);
    }
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'required-sections' && x.severity === vscode.DiagnosticSeverity.Warning) && hasRule('plan-next-step')(d), 'back to the defaults');
  });

  test('a config in a subfolder applies to the notes below it, and extends a sibling file', async () => {
    const uri = fixtureUri('nested/progress-dap.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'empty-section' && x.severity === vscode.DiagnosticSeverity.Warning), 'empty-section as a warning before either file exists');
    const base = fixtureUri('nested/base.yaml');
    const rc = fixtureUri('nested/.rapportrc.yaml');
    try {
      await vscode.workspace.fs.writeFile(base, encode('rules:\n  empty-section: error\n'));
      await vscode.workspace.fs.writeFile(rc, encode('extends: ./base.yaml\n'));
      await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'empty-section' && x.severity === vscode.DiagnosticSeverity.Error), 'empty-section as an error from the extended file');
      // The extended file changed on disk, not in an editor (a clinic's shared base updated by a pull).
      await vscode.workspace.fs.writeFile(base, encode('rules:\n  empty-section: info\n'));
      await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'empty-section' && x.severity === vscode.DiagnosticSeverity.Information), 'empty-section as info after the extended file changed on disk');
    } finally {
      await vscode.workspace.fs.delete(rc);
      await vscode.workspace.fs.delete(base);
    }
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'empty-section' && x.severity === vscode.DiagnosticSeverity.Warning), 'empty-section back to a warning once both files are gone');
  });

  test('a broken config is reported on the config file, with no note text, and notes still lint', async () => {
    const uri = fixtureUri('notes/progress-soap.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const rc = fixtureUri('.rapportrc.json');
    try {
      await vscode.workspace.fs.writeFile(rc, encode('{"rules": {"no-such-rule": "error"}}'));
      const problems = await waitForDiagnostics(rc, (d) => d.length > 0, 'config problems on .rapportrc.json');
      assert.match(problems[0]!.message, /no-such-rule/);
      assert.doesNotMatch(problems.map((p) => p.message).join(' '), /breathing|eye contact/);
      await waitForDiagnostics(uri, hasRule('required-sections'), 'notes still lint');
    } finally {
      await vscode.workspace.fs.delete(rc);
    }
    await waitForDiagnostics(rc, (d) => d.length === 0, 'config problems cleared');
  });

  test('settings apply without a config file (rapport.rules)', async () => {
    const uri = fixtureUri('notes/progress-soap.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForDiagnostics(uri, hasRule('plan-next-step'));
    const settings = vscode.workspace.getConfiguration('rapport');
    try {
      await settings.update('rules', { 'plan-next-step': 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri, (d) => lacksRule('plan-next-step')(d) && hasRule('required-sections')(d), 'plan-next-step off by settings');
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(uri, hasRule('plan-next-step'));
  });

  test('a config file wins over the settings', async () => {
    const uri = fixtureUri('notes/progress-soap.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const settings = vscode.workspace.getConfiguration('rapport');
    const rc = fixtureUri('.rapportrc.json');
    try {
      await settings.update('rules', { 'plan-next-step': 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri, lacksRule('plan-next-step'), 'plan-next-step off by settings');
      await vscode.workspace.fs.writeFile(rc, encode('{}'));
      await waitForDiagnostics(uri, hasRule('plan-next-step'), 'the config file (recommended) wins');
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(rc);
    }
  });

  test('.rapportrc.json is checked against the contributed JSON Schema', async () => {
    const rc = fixtureUri('.rapportrc.json');
    try {
      await vscode.workspace.fs.writeFile(rc, encode('{\n  "rules": {\n    "required-sections": "loud"\n  }\n}\n'));
      const doc = await vscode.workspace.openTextDocument(rc);
      await vscode.window.showTextDocument(doc);
      const problems = await new Promise<vscode.Diagnostic[]>((resolve, reject) => {
        const fromSchema = () => vscode.languages.getDiagnostics(rc).filter((d) => d.source !== 'rapport' && d.range.start.line === 2);
        const timer = setTimeout(() => {
          sub.dispose();
          reject(new Error('no schema diagnostics on .rapportrc.json'));
        }, 30000);
        const sub = vscode.languages.onDidChangeDiagnostics((e) => {
          if (!e.uris.some((u) => u.toString() === rc.toString()) || fromSchema().length === 0) return;
          clearTimeout(timer);
          sub.dispose();
          resolve(fromSchema());
        });
        if (fromSchema().length) {
          clearTimeout(timer);
          sub.dispose();
          resolve(fromSchema());
        }
      });
      assert.ok(problems.some((d) => /warning|error|info|off|accepted/i.test(d.message)), problems.map((d) => d.message).join(' | '));
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(rc);
    }
  });
});
