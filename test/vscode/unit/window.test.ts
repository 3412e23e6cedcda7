// Large-note mode's pure part (src/vscode/window.ts): entries, the window an edit selects, the
// shift of the last findings and the merge, checked against a full lint of the engine in plain Node.
import * as assert from 'node:assert';
import { lint } from '../../../src/core/lint.js';
import type { Finding } from '../../../src/core/types.js';
import {
  growDirty,
  isNoteLevel,
  layoutOf,
  mergeWindow,
  positionsOf,
  selectWindow,
  shiftFinding,
  shiftOffset,
  windowText,
  type TextChange,
} from '../../../src/vscode/window.js';
import { runningRecord, WITHDRAWAL_LINE } from '../suite/record.js';

const key = (f: Finding): string => `${f.ruleId} ${f.span.start}-${f.span.end} ${f.start.line}:${f.start.column}-${f.end.line}:${f.end.column} ${f.message} ${(f.fixes ?? []).map((x) => x.edits.map((e) => e.offset).join(',')).join(';')}`;

/** What the extension does for one debounced edit: shift, select, lint the window, merge. */
function windowedLint(before: string, findings: Finding[], change: TextChange & { text: string }): { text: string; findings: Finding[]; window: ReturnType<typeof selectWindow> } {
  const text = before.slice(0, change.rangeOffset) + change.text + before.slice(change.rangeOffset + change.rangeLength);
  const at = positionsOf(text);
  const shifted = findings.map((f) => shiftFinding(f, (o) => shiftOffset(o, [change])));
  const dirty = growDirty(null, [change])!;
  const window = selectWindow(text, dirty);
  if (!window) return { text, findings: lint(text).findings, window };
  return { text, findings: mergeWindow(shifted, lint(windowText(text, window)).findings, window, at), window };
}

function insertAt(offset: number, insert: string): TextChange & { text: string } {
  return { rangeOffset: offset, rangeLength: 0, textLength: insert.length, text: insert };
}

describe('large-note mode (window.ts)', () => {
  it('splits a running record at its session headings, after the frontmatter', () => {
    const text = runningRecord(20_000);
    const layout = layoutOf(text);
    assert.strictEqual(text.slice(layout.headEnd - 4, layout.headEnd), '---\n');
    const sessions = [...text.matchAll(/^## Session /gm)].map((m) => m.index);
    assert.deepStrictEqual(layout.starts, [layout.headEnd, ...sessions]);
  });

  it('splits at --- lines when entries are written that way, never inside fenced code or at a setext underline', () => {
    const text =
      '---\ntype: progress\n---\n\n## Subjective\n\nA.\n\n---\n\n## Subjective\n\nB.\nSetext heading\n---\n\n```\n---\n\n## not a heading\n```\n\n---\n\n## Subjective\n\nC.\n';
    const layout = layoutOf(text);
    const breaks = [...text.matchAll(/^---$/gm)].map((m) => m.index).filter((i) => i > layout.headEnd);
    // The second break is a setext underline, the third is inside the fence.
    assert.deepStrictEqual(layout.starts, [layout.headEnd, breaks[0], breaks[3]]);
  });

  it('without frontmatter the head is the first line; without repeated headings there is one entry', () => {
    const text = '# Title\n\n## Only\n\nText.\n';
    assert.deepStrictEqual(layoutOf(text), { headEnd: 8, starts: [8] });
    assert.strictEqual(selectWindow(text, { start: 12, end: 13 }), null, 'one entry is the whole note: no gain');
  });

  it('selects the entry holding the edit (and a neighbour at its edge); the head or a wide edit means a full lint', () => {
    const text = runningRecord(100_000);
    const layout = layoutOf(text);
    const s10 = text.indexOf('## Session 10:');
    const s11 = text.indexOf('## Session 11:');
    const s12 = text.indexOf('## Session 12:');
    assert.deepStrictEqual(selectWindow(text, { start: s10 + 40, end: s10 + 45 }), { headEnd: layout.headEnd, start: s10, end: s11 });
    assert.deepStrictEqual(selectWindow(text, { start: s11, end: s11 }), { headEnd: layout.headEnd, start: s10, end: s12 });
    assert.strictEqual(selectWindow(text, { start: 5, end: 6 }), null);
    assert.strictEqual(selectWindow(text, { start: s10, end: text.length - 10 }), null);
    const w = selectWindow(text, { start: s10 + 40, end: s10 + 45 })!;
    assert.strictEqual(windowText(text, w), text.slice(0, layout.headEnd) + text.slice(s10, s11));
  });

  it('shifts offsets by the changes of one event (they refer to the text before it)', () => {
    // "abcdefghij": replace "cd" by "XYZ" and insert "!" at 8, in one event.
    const changes: TextChange[] = [
      { rangeOffset: 8, rangeLength: 0, textLength: 1 },
      { rangeOffset: 2, rangeLength: 2, textLength: 3 },
    ];
    assert.deepStrictEqual([0, 2, 3, 4, 7, 8, 9].map((o) => shiftOffset(o, changes)), [0, 2, 5, 5, 8, 10, 11]);
    assert.deepStrictEqual(growDirty(null, changes), { start: 2, end: 10 });
    assert.deepStrictEqual(growDirty({ start: 0, end: 1 }, [{ rangeOffset: 0, rangeLength: 0, textLength: 2 }]), { start: 0, end: 3 });
  });

  it('a withdrawal marker typed into one entry: the merged findings equal a full lint of the new text', function () {
    this.timeout(60000);
    const before = runningRecord(120_000);
    const full = lint(before).findings;
    const at = before.indexOf('### Objective', before.indexOf('## Session 30:'));
    const edit = windowedLint(before, full, insertAt(at, `${WITHDRAWAL_LINE}\n\n`));
    assert.ok(edit.window, 'a window was linted');
    assert.ok(edit.window.end - edit.window.start < 3000, 'only the edited entry');
    const expected = lint(edit.text).findings;
    assert.ok(expected.some((f) => f.ruleId === 'withdrawal-repair'));
    // Line-level findings equal the full lint's; a note-level one (rupture-followup: the Plan does
    // not come back to the new rupture) waits for the full lint on save or when typing pauses.
    const lineLevel = (fs: Finding[]) => fs.filter((f) => !isNoteLevel(f, edit.window!.headEnd)).map(key).sort();
    assert.deepStrictEqual(lineLevel(edit.findings), lineLevel(expected));
    const noteLevel = (fs: Finding[]) => fs.filter((f) => isNoteLevel(f, edit.window!.headEnd)).map((f) => f.ruleId);
    assert.deepStrictEqual(noteLevel(edit.findings), noteLevel(full));
  });

  it('lines inserted above: findings in the other entries move down with them; note-level ones are kept', function () {
    this.timeout(60000);
    const before = runningRecord(120_000);
    const full = lint(before).findings;
    const at = before.indexOf('### Subjective', before.indexOf('## Session 3:'));
    const edit = windowedLint(before, full, insertAt(at, 'Reviewed the week.\n\nClient arrived early.\n\n'));
    assert.ok(edit.window);
    const expected = lint(edit.text).findings;
    assert.deepStrictEqual(edit.findings.map(key).sort(), expected.map(key).sort());
    const after = full.filter((f) => f.span.start > at);
    assert.ok(after.length > 100);
    const moved = edit.findings.filter((f) => f.span.start > edit.window!.end);
    assert.deepStrictEqual(
      moved.map((f) => f.start.line),
      after.filter((f) => f.span.start >= before.indexOf('## Session 4:')).map((f) => f.start.line + 4),
    );
  });

  it('a note-level finding (anchored on the first line, or a whole-note rule) keeps its last full-lint value', () => {
    const text = runningRecord(30_000);
    const layout = layoutOf(text);
    const at = positionsOf(text);
    const noteLevel: Finding = { ruleId: 'required-fields', severity: 'warning', messageId: 'm', message: 'm', span: { start: 0, end: 3 }, start: at(0), end: at(3) };
    const s3 = layout.starts[3]!;
    const order: Finding = { ...noteLevel, ruleId: 'section-order', span: { start: s3, end: s3 + 5 }, start: at(s3), end: at(s3 + 5) };
    assert.ok(isNoteLevel(noteLevel, layout.headEnd) && isNoteLevel(order, layout.headEnd));
    const w = { headEnd: layout.headEnd, start: layout.starts[3]!, end: layout.starts[4]! };
    const windowFindings: Finding[] = [{ ...noteLevel, ruleId: 'required-sections' }, { ...order, span: { start: layout.headEnd, end: layout.headEnd + 5 } }];
    assert.deepStrictEqual(mergeWindow([noteLevel, order], windowFindings, w, at), [noteLevel, order]);
  });
});
