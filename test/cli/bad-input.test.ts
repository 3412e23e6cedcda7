import assert from 'node:assert/strict';
import { MISSING_OBJECTIVE, lintJson, note } from './helpers.js';


describe('bad input', () => {
  it('broken YAML: a frontmatter finding on the line, required fields unreadable, and the body still linted', () => {
    const text = '---\ntype: progress\nformat: SOAP\nclient: "C-1\ndate: 2026-01-01\nsession: 2\n---\n\n## Subjective\n\nOk.\n\n## Objective\n\n## Plan\n\n- Next session 1/8: review.\n';
    const { report, code } = lintJson({ 'n.md': text }, 'n.md');
    const messages = report[0]!.messages;
    assert.deepEqual(messages.filter((m) => m.ruleId === 'frontmatter').map((m) => m.line), [4]);
    assert.equal(messages.filter((m) => m.ruleId === 'required-fields').length, 4);
    assert.ok(messages.some((m) => m.ruleId === 'empty-section'), 'the body is still checked');
    assert.equal(code, 1);
  });

  it('frontmatter that is a list or a scalar is reported, not thrown', () => {
    for (const fm of ['- a\n- b', 'just words']) {
      const { report } = lintJson({ 'n.md': `---\n${fm}\n---\n\nText.\n` }, 'n.md');
      assert.ok(report[0]!.messages.some((m) => m.ruleId === 'frontmatter'), fm);
    }
  });

  it('no frontmatter and an empty file are linted without error', () => {
    const { report, code } = lintJson({ 'empty.md': '', 'plain.md': 'Just a line.\n' }, 'empty.md', 'plain.md');
    assert.equal(report.length, 2);
    for (const file of report) {
      assert.deepEqual(file.messages.filter((m) => m.ruleId === 'required-fields').map((m) => m.detail).sort(), ['client', 'date', 'session', 'type']);
    }
    assert.equal(code, 0);
  });

  it('a binary file named on the command line gets a one-line error and the other files are linted', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const { report, code } = lintJson({ 'scan.md': png, 'n.md': MISSING_OBJECTIVE }, 'scan.md', 'n.md');
    const scan = report.find((f) => f.filePath.endsWith('scan.md'))!;
    assert.equal(scan.messages.length, 1);
    assert.equal(scan.messages[0]!.fatal, true);
    assert.match(scan.messages[0]!.message, /binary file/);
    assert.ok(report.find((f) => f.filePath.endsWith('/n.md'))!.messages.some((m) => m.ruleId === 'required-sections'));
    assert.equal(code, 1);
  });

  it('a binary file in a folder is skipped silently (it is not a note)', () => {
    const { report } = lintJson({ 'notes/scan.md': Buffer.from([0, 1, 2, 3]), 'notes/n.md': MISSING_OBJECTIVE }, 'notes');
    assert.deepEqual(report.map((f) => f.filePath.split('/').pop()), ['n.md']);
  });

  it('invalid UTF-8 is read with replacement characters, reported on its line, and the rest checked', () => {
    const bytes = Buffer.concat([Buffer.from(MISSING_OBJECTIVE.replace('"Better week."', 'Better')), Buffer.from([0xff, 0xfe, 0x0a])]);
    const lines = bytes.toString('latin1').split('\n').length - 1;
    const { report } = lintJson({ 'n.md': bytes }, 'n.md');
    const messages = report[0]!.messages;
    const warning = messages.find((m) => m.ruleId === null)!;
    assert.match(warning.message, /not valid UTF-8/);
    assert.equal(warning.line, lines);
    assert.ok(messages.some((m) => m.ruleId === 'required-sections'));
  });

  it('a byte-order mark and CRLF line endings keep positions right', () => {
    const text = `\uFEFF${MISSING_OBJECTIVE.replace(/\n/g, '\r\n').replace('## Plan\r\n\r\n- Next session 11/8: values card sort together.', '## Plan\r\n\r\n- Continue.')}`;
    const { report } = lintJson({ 'n.md': text }, 'n.md');
    const plan = report[0]!.messages.find((m) => m.ruleId === 'plan-next-step')!;
    const expectedLine = text.split('\r\n').findIndex((l) => l === '## Plan') + 1;
    assert.equal(plan.line, expectedLine);
    assert.deepEqual(report[0]!.messages.find((m) => m.ruleId === 'required-sections')!.detail, 'Objective');
  });

  it('a 5 MB running record is linted', function () {
    // Slow by design (about half a minute here): speed is measured by npm run bench, not here.
    this.timeout(300_000);
    const session = '## Subjective\n\nShe said the week was "hard but okay".\n\n## Objective\n\nCalm.\n\n## Assessment\n\nStable.\n\n## Plan\n\n- Next session: review the diary together.\n\n';
    const body = session.repeat(Math.ceil((5 * 1024 * 1024) / session.length));
    // An empty heading at the very end: found on the right line only if the whole record was read.
    const text = note({ type: 'progress', format: 'SOAP', client: 'C-5', date: '2026-01-01', session: 1 }, `${body}## Signature\n`);
    const { report, code } = lintJson({ 'long.md': text }, 'long.md');
    assert.equal(report.length, 1);
    const empty = report[0]!.messages.filter((m) => m.ruleId === 'empty-section').map((m) => m.line);
    assert.deepEqual(empty, [text.split('\n').length - 1]);
    assert.equal(code, 0);
  });
});
