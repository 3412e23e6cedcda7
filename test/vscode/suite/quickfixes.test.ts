import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAll, hasRule, keepsEveryCharacter, lacksRule, quickFixes, ruleOf, scratchNote, waitForDiagnostics } from './helpers.js';

const NOTE = `---
type: progress
format: SOAP
client: C-9101
date: 2026-11-05
session: 6
---

## Subjective

Client said the week "went better than I expected." She rated the session 8/10.

## Objective

Settled, good eye contact.

## Plan

- Continue.
`;

async function openWith(name: string, content: string, ruleId: string) {
  const doc = await scratchNote(name, content);
  const editor = await vscode.window.showTextDocument(doc);
  const diagnostics = await waitForDiagnostics(doc.uri, hasRule(ruleId), ruleId);
  const diagnostic = diagnostics.find((d) => ruleOf(d) === ruleId)!;
  return { doc, editor, diagnostic };
}

suite('quick fixes', () => {
  teardown(closeAll);

  test('the snippet fix is preferred, inserts the section, keeps every character and selects the first placeholder', async () => {
    const { doc, editor, diagnostic } = await openWith('snippet-fix.md', NOTE, 'required-sections');
    const actions = await quickFixes(doc, diagnostic.range);
    const fix = actions.find((a) => a.title === 'Add the Assessment section');
    assert.ok(fix, `no snippet fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.strictEqual(fix.isPreferred, true);
    const own = actions.filter((a) => a.title.endsWith(' required-sections') || a.title.includes('required-sections for this'));
    assert.ok(own.length >= 2 && own.every((a) => !a.isPreferred), 'disable and explain are offered, never preferred over the snippet fix');
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applyEdit failed');
    const after = doc.getText();
    assert.ok(keepsEveryCharacter(before, after), 'a fix must never remove the clinician\'s words');
    assert.match(after, /## Objective[\s\S]*## Assessment\n\nclinical impressions and progress toward the goals\n\n## Plan/);
    assert.strictEqual(editor.document.getText(editor.selection), 'clinical impressions and progress toward the goals', 'the first placeholder is selected');
    await waitForDiagnostics(doc.uri, lacksRule('required-sections'), 'required-sections gone');
  });

  test('the plan fix inserts a next step with its placeholders', async () => {
    const { doc, editor, diagnostic } = await openWith('plan-fix.md', NOTE, 'plan-next-step');
    const fix = (await quickFixes(doc, diagnostic.range)).find((a) => a.title === 'Add a concrete next step');
    assert.ok(fix?.edit);
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(keepsEveryCharacter(before, doc.getText()));
    assert.strictEqual(editor.document.getText(editor.selection), 'date');
    await waitForDiagnostics(doc.uri, lacksRule('plan-next-step'), 'plan-next-step gone');
  });

  test('disable for this line inserts the directive with a reason placeholder and silences the finding', async () => {
    const { doc, editor, diagnostic } = await openWith('disable-line.md', NOTE, 'plan-next-step');
    const actions = await quickFixes(doc, diagnostic.range);
    const disable = actions.find((a) => a.title === 'Disable plan-next-step for this line');
    assert.ok(disable?.edit, `no disable action among: ${actions.map((a) => a.title).join(' | ')}`);
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.ok(keepsEveryCharacter(before, doc.getText()));
    assert.match(doc.getText(), /<!-- rapport-disable-next-line plan-next-step -- reason -->\n## Plan/);
    assert.strictEqual(editor.document.getText(editor.selection), 'reason');
    await waitForDiagnostics(doc.uri, (d) => lacksRule('plan-next-step')(d) && lacksRule('directives')(d), 'plan-next-step silenced, directive used');
  });

  test('disable for this file goes below the frontmatter and silences the finding', async () => {
    const { doc, diagnostic } = await openWith('disable-file.md', NOTE, 'required-sections');
    const actions = await quickFixes(doc, diagnostic.range);
    assert.ok(!actions.some((a) => a.title === 'Disable required-sections for this line'), 'no line comment inside the frontmatter');
    const disable = actions.find((a) => a.title === 'Disable required-sections for this file');
    assert.ok(disable?.edit);
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.ok(keepsEveryCharacter(before, doc.getText()));
    assert.match(doc.getText(), /^---\n[\s\S]*?\n---\n<!-- rapport-disable-file required-sections -- reason -->\n/);
    await waitForDiagnostics(doc.uri, (d) => lacksRule('required-sections')(d) && hasRule('plan-next-step')(d), 'required-sections silenced, the rest still reported');
  });

  test('explain opens the rule page', async () => {
    const { doc, diagnostic } = await openWith('explain.md', NOTE, 'plan-next-step');
    const explain = (await quickFixes(doc, diagnostic.range)).find((a) => a.title === 'Explain plan-next-step');
    assert.ok(explain?.command);
    assert.strictEqual(explain.command.command, 'rapport.explainRule');
    assert.deepStrictEqual(explain.command.arguments, ['plan-next-step']);
    await vscode.commands.executeCommand(explain.command.command, ...explain.command.arguments!);
  });

  test('a language suggestion replaces only the chosen words', async function () {
    const rule = (await api()).rules.find((r) => r.meta.hasSuggestions && r.meta.docs.failing.length > 0);
    if (!rule) return this.skip(); // no suggestion rule in the engine yet (judgmental-language)
    const example = rule.meta.docs.failing[0]!.note;
    const { doc, diagnostic } = await openWith('suggestion.md', example, rule.meta.id);
    const actions = await quickFixes(doc, diagnostic.range);
    const replace = actions.find((a) => !a.isPreferred && !/^(Disable|Explain)/.test(a.title) && a.edit);
    assert.ok(replace?.edit, `no replacement among: ${actions.map((a) => a.title).join(' | ')}`);
    const edits = replace.edit.get(doc.uri);
    assert.strictEqual(edits.length, 1, 'one replacement');
    const before = doc.getText();
    const start = doc.offsetAt(edits[0]!.range.start);
    const end = doc.offsetAt(edits[0]!.range.end);
    assert.ok(await vscode.workspace.applyEdit(replace.edit));
    const after = doc.getText();
    assert.strictEqual(after.slice(0, start), before.slice(0, start), 'text before the replaced words is untouched');
    assert.ok(after.endsWith(before.slice(end)), 'text after the replaced words is untouched');
    assert.strictEqual(after.slice(start, after.length - (before.length - end)), edits[0]!.newText);
  });
});
