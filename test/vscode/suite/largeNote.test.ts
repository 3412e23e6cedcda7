// Large-note mode in a real VS Code: typing in a ~300 KB running record lints the edited session
// entry first, diagnostics elsewhere move with the lines inserted above them, and save brings the
// full lint back (equal to the engine's own). Waits on events; nothing sleeps.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { defaultConfig } from '../../../src/core/config/resolve.js';
import { lint } from '../../../src/core/lint.js';
import { api, closeAll, nextLintState, rapportDiagnostics, ruleOf, scratchNote, setRapport, waitForLint } from './helpers.js';
import { runningRecord, WITHDRAWAL_LINE } from './record.js';

const key = (d: vscode.Diagnostic, lineDelta = 0): string =>
  `${ruleOf(d)} ${d.range.start.line + lineDelta}:${d.range.start.character}-${d.range.end.line + lineDelta}:${d.range.end.character} ${d.message}`;

suite('large notes', () => {
  suiteSetup(async () => {
    // The idle full lint must not race the assertions on the windowed ones (save still lints in full).
    await setRapport('largeNoteIdleMs', 60000);
  });
  suiteTeardown(async () => {
    await closeAll();
    await setRapport('largeNoteIdleMs', undefined);
    await setRapport('largeNoteSaveOnlyChars', undefined);
  });
  teardown(closeAll);

  test('typing in a 300 KB running record: the edited entry first, other entries keep their lines, save equals a full lint', async () => {
    const rapport = await api();
    const doc = await scratchNote('record-300k.md', runningRecord(300 * 1024));
    const editor = await vscode.window.showTextDocument(doc);
    await waitForLint(doc.uri, 60000);
    assert.strictEqual(rapport.linter.stateOf(doc.uri)!.kind, 'full');

    // 1. A withdrawal marker typed into session 100: its diagnostic comes from the windowed lint.
    let text = doc.getText();
    const marker = doc.positionAt(text.indexOf('### Objective', text.indexOf('## Session 100:')));
    let next = nextLintState(rapport.linter, doc.uri);
    await editor.edit((b) => b.insert(marker, `${WITHDRAWAL_LINE}\n\n`));
    const windowed = await next;
    assert.strictEqual(windowed.kind, 'window');
    assert.ok(windowed.window!.end - windowed.window!.start < 5000, 'one session entry was linted');
    rapport.status.update();
    assert.match(rapport.status.shown.detail ?? '', /edited entry/, 'the status item says what was linted');
    const withdrawal = rapportDiagnostics(doc.uri).filter((d) => ruleOf(d) === 'withdrawal-repair');
    assert.deepStrictEqual(withdrawal.map((d) => d.range.start.line), [marker.line]);

    // 2. Four lines inserted in session 3: every diagnostic below that entry moves down four lines.
    const before = rapportDiagnostics(doc.uri);
    text = doc.getText();
    const insertAt = doc.positionAt(text.indexOf('### Subjective', text.indexOf('## Session 3:')));
    const session4 = doc.positionAt(text.indexOf('## Session 4:')).line;
    next = nextLintState(rapport.linter, doc.uri);
    await editor.edit((b) => b.insert(insertAt, 'Reviewed the week.\n\nClient arrived early.\n\n'));
    const shifted = await next;
    assert.strictEqual(shifted.kind, 'window');
    const after = rapportDiagnostics(doc.uri);
    const below = before.filter((d) => d.range.start.line >= session4);
    assert.ok(below.length > 100, `diagnostics below the edit: ${below.length}`);
    const afterKeys = new Set(after.map((d) => key(d)));
    const missing = below.filter((d) => !afterKeys.has(key(d, 4)));
    assert.deepStrictEqual(missing.map((d) => key(d, 4)).slice(0, 5), [], 'every diagnostic below the edit is four lines further down');
    assert.deepStrictEqual(
      after.filter((d) => ruleOf(d) === 'withdrawal-repair').map((d) => d.range.start.line),
      [marker.line + 4],
    );
    assert.strictEqual(after.length, before.length, 'plain sentences added no finding and removed none');

    // 3. Save: a full lint replaces everything, equal to the engine's lint of the text.
    next = nextLintState(rapport.linter, doc.uri);
    await doc.save();
    const full = await next;
    assert.strictEqual(full.kind, 'full');
    const expected = lint(doc.getText(), { config: defaultConfig(rapport.rules, { extends: 'rapport:recommended' }) }).findings;
    const shown = rapportDiagnostics(doc.uri);
    const asKeys = (xs: Array<{ rule: string; range: [number, number, number, number] }>) => xs.map((x) => `${x.rule} ${x.range.join(':')}`).sort();
    assert.deepStrictEqual(
      asKeys(shown.map((d) => ({ rule: ruleOf(d), range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character] }))),
      asKeys(expected.map((f) => ({ rule: f.ruleId, range: [f.start.line - 1, f.start.column - 1, f.end.line - 1, f.end.column - 1] }))),
    );
    assert.ok(shown.some((d) => ruleOf(d) === 'withdrawal-repair'));
  });

  test('above rapport.largeNoteSaveOnlyChars a note is linted on save only, with a notice once', async () => {
    const rapport = await api();
    await setRapport('largeNoteSaveOnlyChars', 150_000);
    const doc = await scratchNote('record-save-only.md', runningRecord(200 * 1024));
    const editor = await vscode.window.showTextDocument(doc);
    await waitForLint(doc.uri, 60000);
    const noticesBefore = rapport.linter.notices.length;
    const text = doc.getText();
    const at = doc.positionAt(text.indexOf('### Objective', text.indexOf('## Session 20:')));
    await editor.edit((b) => b.insert(at, `${WITHDRAWAL_LINE}\n\n`));
    assert.strictEqual(rapport.linter.isScheduled(doc.uri), false, 'typing schedules no lint');
    await editor.edit((b) => b.insert(at, '\n'));
    assert.strictEqual(rapport.linter.notices.length, noticesBefore + 1, 'one notice, not one per keystroke');
    const notice = rapport.linter.notices.at(-1)!;
    assert.match(notice, /opened and saved/);
    assert.ok(!notice.includes('Session') && !notice.includes('C-7310'), 'no note text in the notice');
    assert.ok(!rapportDiagnostics(doc.uri).some((d) => ruleOf(d) === 'withdrawal-repair'));
    const next = nextLintState(rapport.linter, doc.uri);
    await doc.save();
    assert.strictEqual((await next).kind, 'full');
    assert.deepStrictEqual(
      rapportDiagnostics(doc.uri).filter((d) => ruleOf(d) === 'withdrawal-repair').map((d) => d.range.start.line),
      [at.line + 1],
    );
  });

  test('when typing pauses for rapport.largeNoteIdleMs, a full lint follows the windowed one', async () => {
    const rapport = await api();
    await setRapport('largeNoteIdleMs', 200);
    try {
      const doc = await scratchNote('record-idle.md', runningRecord(120 * 1024));
      const editor = await vscode.window.showTextDocument(doc);
      await waitForLint(doc.uri, 60000);
      const text = doc.getText();
      const at = doc.positionAt(text.indexOf('### Objective', text.indexOf('## Session 12:')));
      const windowed = nextLintState(rapport.linter, doc.uri);
      await editor.edit((b) => b.insert(at, `${WITHDRAWAL_LINE}\n\n`));
      assert.strictEqual((await windowed).kind, 'window');
      const full = await nextLintState(rapport.linter, doc.uri);
      assert.strictEqual(full.kind, 'full');
      assert.strictEqual(full.version, doc.version, 'no save: the idle timer ran it');
      assert.ok(doc.isDirty);
      assert.ok(rapportDiagnostics(doc.uri).some((d) => ruleOf(d) === 'withdrawal-repair' && d.range.start.line === at.line));
    } finally {
      await closeAll();
      await setRapport('largeNoteIdleMs', 60000);
    }
  });
});
