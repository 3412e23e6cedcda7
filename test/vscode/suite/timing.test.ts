// Measures what the issue asks to report: activation time and keystroke-to-diagnostics on a 3 KB
// and a 200 KB note, and on a 300 KB running record with and without large-note mode. Printed as "timing: ..." lines, which scripts/test-vscode.mjs collects.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAll, hasRule, nextLintState, ruleOf, scratchNote, setRapport, waitForDiagnostics, waitForLint } from './helpers.js';
import { runningRecord, WITHDRAWAL_LINE } from './record.js';

/** A fictitious progress note of about `bytes` characters. */
function longNote(bytes: number): string {
  const head = '---\ntype: progress\nformat: SOAP\nclient: C-9301\ndate: 2026-11-06\nsession: 9\n---\n\n';
  const para =
    'Client described the week at work and at home, the sleep diary and the two worry periods she kept. ' +
    'She said "it was easier on the days I walked" and rated the session 9/10. We reviewed the thought record together.\n\n';
  const sections = ['Subjective', 'Objective', 'Assessment'];
  let body = '';
  let i = 0;
  while (head.length + body.length < bytes - 120) body += `${i % 6 === 0 ? `## ${sections[(i / 6) % 3 | 0]}\n\n` : ''}${para}`, i++;
  return `${head}${body}## Plan\n\n- Next session 11/13: review the sleep diary together.\n`;
}

suite('timing', () => {
  teardown(closeAll);

  test('activation time', async () => {
    const rapport = await api();
    console.log(`timing: activation ${rapport.activationMs.toFixed(1)} ms`);
    assert.ok(rapport.activationMs < 2000);
  });

  for (const [label, bytes] of [['3 KB', 3 * 1024], ['200 KB', 200 * 1024]] as const) {
    test(`keystroke to updated diagnostics on a ${label} note`, async () => {
      const text = longNote(bytes);
      const doc = await scratchNote(`timing-${bytes}.md`, text);
      const editor = await vscode.window.showTextDocument(doc);
      await waitForLint(doc.uri, 30000);
      const rapport = await api();
      const runs: number[] = [];
      const lintMs: number[] = [];
      const totalMs: number[] = [];
      for (let round = 0; round < 3; round++) {
        // One keystroke's worth of change that alters the findings: an empty heading, then its removal.
        const at = doc.positionAt(doc.getText().indexOf('## Plan'));
        const started = performance.now();
        if (round % 2 === 0) {
          await editor.edit((b) => b.insert(at, '## X\n\n'));
          await waitForDiagnostics(doc.uri, hasRule('empty-section'), 'empty-section', 30000);
        } else {
          const line = doc.lineAt(at.line - 2);
          await editor.edit((b) => b.delete(new vscode.Range(line.range.start, at)));
          await waitForDiagnostics(doc.uri, (d) => !d.some((x) => ruleOf(x) === 'empty-section'), 'empty-section gone', 30000);
        }
        runs.push(performance.now() - started);
        lintMs.push(rapport.linter.stateOf(doc.uri)!.durationMs);
        totalMs.push(rapport.linter.stateOf(doc.uri)!.totalMs);
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
      const debounce = vscode.workspace.getConfiguration('rapport').get<number>('debounceMs', 250);
      console.log(`timing: ${label} note (${doc.getText().length} chars): keystroke to diagnostics ${median(runs).toFixed(0)} ms median (debounce ${debounce} ms); after the debounce to diagnostics published ${median(totalMs).toFixed(1)} ms, of which lint ${median(lintMs).toFixed(1)} ms`);
    });
  }

  // Before large-note mode every debounced change linted the whole record; rapport.largeNoteChars
  // above the record's size brings that back for the comparison.
  for (const [mode, largeNoteChars] of [['whole note on every change', 10_000_000], ['large-note mode', undefined]] as const) {
    test(`keystroke to updated diagnostics on a 300 KB running record (${mode})`, async () => {
      await setRapport('largeNoteChars', largeNoteChars);
      await setRapport('largeNoteIdleMs', 60000); // the idle full lint would land inside the next round
      try {
        const rapport = await api();
        const doc = await scratchNote(`timing-record-${largeNoteChars ?? 'default'}.md`, runningRecord(300 * 1024));
        const editor = await vscode.window.showTextDocument(doc);
        await waitForLint(doc.uri, 60000);
        const runs: number[] = [];
        const lintMs: number[] = [];
        const totalMs: number[] = [];
        const editMs: number[] = [];
        const trackMs: number[] = [];
        const kinds = new Set<string>();
        for (let round = 0; round < 4; round++) {
          // A withdrawal marker typed into one session entry, then removed.
          const text = doc.getText();
          const at = doc.positionAt(text.indexOf('### Objective', text.indexOf(`## Session ${40 + 20 * (round >> 1)}:`)));
          const linted = nextLintState(rapport.linter, doc.uri);
          const started = performance.now();
          if (round % 2 === 0) {
            await editor.edit((b) => b.insert(at, `${WITHDRAWAL_LINE}\n\n`));
            editMs.push(performance.now() - started);
            await waitForDiagnostics(doc.uri, hasRule('withdrawal-repair'), 'withdrawal-repair', 60000);
          } else {
            const line = doc.lineAt(at.line - 2);
            await editor.edit((b) => b.delete(new vscode.Range(line.range.start, at)));
            editMs.push(performance.now() - started);
            await waitForDiagnostics(doc.uri, (d) => !d.some((x) => ruleOf(x) === 'withdrawal-repair'), 'withdrawal-repair gone', 60000);
          }
          runs.push(performance.now() - started);
          trackMs.push(rapport.linter.trackMs);
          const state = await linted;
          lintMs.push(state.durationMs);
          totalMs.push(state.totalMs);
          kinds.add(state.kind);
        }
        const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
        const debounce = vscode.workspace.getConfiguration('rapport').get<number>('debounceMs', 250);
        console.log(
          `timing: 300 KB running record (${doc.getText().length} chars), ${mode}: keystroke to diagnostics ${median(runs).toFixed(0)} ms median ` +
            `(max ${Math.max(...runs).toFixed(0)}, debounce ${debounce} ms, the edit itself ${median(editMs).toFixed(0)} ms, tracking it ${median(trackMs).toFixed(1)} ms); after the debounce to diagnostics published ${median(totalMs).toFixed(1)} ms ` +
            `(max ${Math.max(...totalMs).toFixed(1)}), of which lint ${median(lintMs).toFixed(1)} ms (${[...kinds].join(', ')})`,
        );
        if (largeNoteChars === undefined) assert.deepStrictEqual([...kinds], ['window']);
      } finally {
        await closeAll(); // before the settings change, which re-lints open notes
        await setRapport('largeNoteChars', undefined);
        await setRapport('largeNoteIdleMs', undefined);
      }
    });
  }
});
