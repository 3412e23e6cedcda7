import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAll, fixtureUri, hasRule, rapportDiagnostics, ruleOf, scratchNote, waitForDiagnostics, waitForLint } from './helpers.js';

suite('diagnostics', () => {
  test('a note gets diagnostics with source, code link, exact range and severity', async () => {
    const uri = fixtureUri('notes/progress-soap.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const diagnostics = await waitForDiagnostics(uri, (d) => hasRule('required-sections')(d) && hasRule('plan-next-step')(d), 'required-sections and plan-next-step');
    const missing = diagnostics.find((d) => ruleOf(d) === 'required-sections')!;
    assert.strictEqual(missing.source, 'rapport');
    assert.match(missing.message, /Assessment/);
    assert.strictEqual(missing.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(missing.range.start.line, 0, 'note-level findings sit on the frontmatter line');
    const code = missing.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.value, 'required-sections');
    assert.match(code.target.path, /docs\/rules\/required-sections\.md$/);
    const plan = diagnostics.find((d) => ruleOf(d) === 'plan-next-step')!;
    assert.strictEqual(doc.getText(plan.range), '## Plan', 'the range is exactly the Plan heading line');
    assert.strictEqual(plan.severity, vscode.DiagnosticSeverity.Information);
  });

  test('a README stays silent', async () => {
    const uri = fixtureUri('README.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const rapport = await api();
    await rapport.linter.lintDocument(doc);
    assert.deepStrictEqual(rapportDiagnostics(uri), []);
    assert.strictEqual(rapport.linter.stateOf(uri), undefined);
  });

  test('typing updates diagnostics (debounced)', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\ntype: progress\nformat: DAP\nclient: C-9003\ndate: 2026-11-04\nsession: 1\n---\n\n## Data\n\nCalm. She rated the session 9/10.\n\n## Assessment\n\nStable.\n\n## Plan\n\n- Next session 11/11: review the thought record.\n' });
    const editor = await vscode.window.showTextDocument(doc);
    await waitForLint(doc.uri);
    assert.deepStrictEqual(rapportDiagnostics(doc.uri), [], 'the note starts clean');
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().indexOf('## Assessment')), '## Data\n\n'));
    const after = await waitForDiagnostics(doc.uri, hasRule('empty-section'), 'empty-section after typing');
    assert.ok(after.some((d) => ruleOf(d) === 'empty-section'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('rapport.severityForInfo maps info findings (as markdownlint does)', async () => {
    const uri = fixtureUri('notes/progress-soap.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const settings = vscode.workspace.getConfiguration('rapport');
    await settings.update('severityForInfo', 'Hint', vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'plan-next-step' && x.severity === vscode.DiagnosticSeverity.Hint), 'plan-next-step as a hint');
      await settings.update('severityForInfo', 'Ignore', vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === 'plan-next-step') && d.length > 0, 'plan-next-step hidden');
    } finally {
      await settings.update('severityForInfo', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'plan-next-step' && x.severity === vscode.DiagnosticSeverity.Information), 'plan-next-step back to info');
  });

  test('rapport.run onSave: typing does not lint, saving does', async () => {
    const doc = await scratchNote('on-save.md', '---\ntype: progress\nformat: DAP\nclient: C-9004\ndate: 2026-11-04\nsession: 2\n---\n\n## Data\n\nCalm. She rated the session 9/10.\n\n## Assessment\n\nStable.\n\n## Plan\n\n- Next session 11/11: review the thought record.\n');
    const editor = await vscode.window.showTextDocument(doc);
    await waitForLint(doc.uri);
    const rapport = await api();
    const insertHeading = () => editor.edit((b) => b.insert(doc.positionAt(doc.getText().indexOf('## Plan')), '## Extra\n\n'));
    // onType (the default): a keystroke schedules a debounced lint.
    await insertHeading();
    assert.ok(rapport.linter.isScheduled(doc.uri), 'onType schedules a lint');
    await waitForDiagnostics(doc.uri, hasRule('empty-section'));
    const settings = vscode.workspace.getConfiguration('rapport');
    await settings.update('run', 'onSave', vscode.ConfigurationTarget.Workspace);
    try {
      await insertHeading();
      assert.ok(!rapport.linter.isScheduled(doc.uri), 'onSave schedules nothing while typing');
      await doc.save();
      await waitForDiagnostics(doc.uri, (d) => d.filter((x) => ruleOf(x) === 'empty-section').length === 2, 'two empty sections after save');
    } finally {
      await settings.update('run', undefined, vscode.ConfigurationTarget.Workspace);
      await closeAll();
    }
  });

  test('the language status item shows the note type, format and counts, and warns past the time budget', async () => {
    const uri = fixtureUri('notes/progress-soap.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForDiagnostics(uri, hasRule('required-sections'));
    const rapport = await api();
    rapport.status.update();
    assert.match(rapport.status.shown.text, /progress · SOAP/);
    assert.match(rapport.status.shown.detail ?? '', /1 warning/);
    assert.strictEqual(rapport.status.shown.severity, vscode.LanguageStatusSeverity.Information);
    const settings = vscode.workspace.getConfiguration('rapport');
    try {
      await settings.update('timeBudgetMs', 0.001, vscode.ConfigurationTarget.Workspace);
      await waitForLint(uri);
      rapport.status.update();
      assert.strictEqual(rapport.status.shown.severity, vscode.LanguageStatusSeverity.Warning);
      assert.match(rapport.status.shown.detail ?? '', /budget/);
    } finally {
      await settings.update('timeBudgetMs', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('a note nested too deeply to read as markdown says so on the line, and the rest is still checked', async () => {
    const deep = `${'> '.repeat(150)}quoted a long way down`;
    const doc = await scratchNote('deep.md', `---\ntype: progress\nformat: DAP\nclient: C-9004\ndate: 2026-11-05\nsession: 2\n---\n\n## Data\n\n${deep}\n\n## Plan\n\n- Next session 11/12: review.\n`);
    await vscode.window.showTextDocument(doc);
    const diagnostics = await waitForDiagnostics(doc.uri, (d) => d.some((x) => /nested too deeply/.test(x.message)) && hasRule('required-sections')(d), 'the nesting notice and the Assessment finding');
    const notice = diagnostics.find((d) => /nested too deeply/.test(d.message))!;
    assert.strictEqual(notice.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(notice.source, 'rapport');
    assert.strictEqual(doc.lineAt(notice.range.start.line).text, deep, 'the notice sits on the deep line');
    assert.ok(!notice.message.includes('quoted a long way down'), 'no note text in the notice');
    await closeAll();
  });

  test('a line-level finding shows the note\'s words and points at the related Plan', async function () {
    const rapport = await api();
    const rule = rapport.rules.find((r) => r.meta.id === 'withdrawal-repair');
    if (!rule) return this.skip(); // the relationship rules are not in this engine build
    const doc = await scratchNote('related.md', rule.meta.docs.failing[0]!.note);
    await vscode.window.showTextDocument(doc);
    const diagnostics = await waitForDiagnostics(doc.uri, hasRule('withdrawal-repair'));
    const withdrawal = diagnostics.find((d) => ruleOf(d) === 'withdrawal-repair')!;
    const finding = rapport.linter.stateOf(doc.uri)!.findings.find((f) => f.ruleId === 'withdrawal-repair')!;
    assert.ok(finding.excerpt && withdrawal.message.includes(finding.excerpt), 'the excerpt is part of the message');
    assert.strictEqual(withdrawal.range.start.line, finding.start.line - 1);
    assert.strictEqual(withdrawal.range.start.character, finding.start.column - 1);
    const related = withdrawal.relatedInformation ?? [];
    assert.ok(related.length > 0, 'related information');
    assert.strictEqual(related[0]!.location.uri.toString(), doc.uri.toString());
    assert.match(doc.lineAt(related[0]!.location.range.start.line).text, /Plan/);
    await closeAll();
  });

  test('rapid typing publishes results in order and ends on the latest text (stale results dropped)', async () => {
    const doc = await scratchNote('rapid.md', '---\ntype: progress\nformat: DAP\nclient: C-9005\ndate: 2026-11-04\nsession: 3\n---\n\n## Data\n\nCalm. She rated the session 9/10.\n\n## Assessment\n\nStable.\n\n## Plan\n\n- Next session 11/11: review the thought record.\n');
    const editor = await vscode.window.showTextDocument(doc);
    await waitForLint(doc.uri);
    const rapport = await api();
    const published: number[] = [];
    const sub = rapport.linter.onDidLint((e) => {
      if (e.uri.toString() === doc.uri.toString() && e.state) published.push(e.state.version);
    });
    try {
      for (let i = 0; i < 8; i++) {
        await editor.edit((b) => b.insert(doc.positionAt(doc.getText().indexOf('## Plan')), `## Extra ${i}\n\n`));
        void rapport.linter.lintDocument(doc); // a save-like lint racing the debounced ones
      }
      await waitForDiagnostics(doc.uri, (d) => d.filter((x) => ruleOf(x) === 'empty-section').length === 8, 'eight empty sections');
      assert.strictEqual(rapport.linter.stateOf(doc.uri)!.version, doc.version);
      for (let i = 1; i < published.length; i++) assert.ok(published[i]! >= published[i - 1]!, `results out of order: ${published.join(', ')}`);
    } finally {
      sub.dispose();
      await closeAll();
    }
  });
});
