// Inputs that must not break a run: each is reported as a finding or a one-line problem naming the
// file, the exit code is 2 only for usage or config errors, and every other file is still linted.
// (Broken YAML, list/scalar frontmatter, binary, invalid UTF-8, BOM, CRLF and the empty file have
// their own tests in bad-input.test.ts; config errors in config.test.ts.)
import assert from 'node:assert/strict';
import { CLEAN_SOAP, MISSING_OBJECTIVE, lintJson, note, rapport, workspace } from './helpers.js';


const HEADER = note({ type: 'progress', format: 'SOAP', client: 'C-7', date: '2026-02-01', session: 2 }, '## Subjective\n\nShe said the week was "better".\n\n');

const NAMED_BAD_INPUTS: Record<string, string | Buffer> = {
  'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  'invalid-utf8.md': Buffer.concat([Buffer.from(HEADER), Buffer.from([0xc3, 0x28, 0xff, 0x0a])]),
  'empty.md': '',
  'bom.md': `\uFEFF${MISSING_OBJECTIVE}`,
  'crlf.md': MISSING_OBJECTIVE.replace(/\n/g, '\r\n'),
  'quotes-20000.md': `${HEADER}${'> '.repeat(20_000)}deep\n`,
  'lists-5000.md': `${HEADER}${'- '.repeat(5_000)}deep\n`,
  'lists-indented.md': `${HEADER}${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level`).join('\n')}\n`,
  'one-long-line.md': `${HEADER}${'She said the week was hard but okay. '.repeat(28_500)}\n`,
  'broken-yaml.md': '---\ntype: progress\nclient: "C-1\n---\n\nText.\n',
  'list-frontmatter.md': '---\n- a\n- b\n---\n\nText.\n',
  'scalar-frontmatter.md': '---\njust words\n---\n\nText.\n',
  'unknown-directive.md': `${HEADER}<!-- rapport-disable-next-line no-such-rule -->\nText.\n`,
  'control-chars.md': `${HEADER}\u0000\u0007\u001b[31m\u007f\u2028 text\n`,
};

const nameOf = (filePath: string): string => filePath.split(/[\\/]/).pop()!;

describe('robustness: inputs that cannot break a run', () => {
  it('20,000 nested blockquotes are reported as too deeply nested, on their line, and the rest of the note is checked', function () {
    this.timeout(15_000); // remark-parse alone takes minutes on this; the check takes milliseconds
    const { report, code } = lintJson({ 'n.md': `${HEADER}${'> '.repeat(20_000)}deep\n` }, 'n.md');
    const messages = report[0]!.messages;
    const deep = messages.filter((m) => m.ruleId === null);
    assert.equal(deep.length, 1);
    assert.match(deep[0]!.message, /nested too deeply/);
    assert.equal(deep[0]!.severity, 1);
    assert.equal(deep[0]!.line, HEADER.split('\n').length);
    assert.ok(messages.some((m) => m.ruleId === 'required-sections'), 'the template rules still ran');
    assert.equal(code, 0);
  });

  it('5,000 nested list levels (on one line or by indentation) are reported, not parsed for minutes', function () {
    this.timeout(15_000);
    for (const body of [`${'- '.repeat(5_000)}deep\n`, `${'1. '.repeat(5_000)}deep\n`, `${'> - '.repeat(2_500)}deep\n`, `${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level`).join('\n')}\n`]) {
      const { report } = lintJson({ 'n.md': HEADER + body }, 'n.md');
      const deep = report[0]!.messages.filter((m) => m.ruleId === null);
      assert.equal(deep.length, 1, body.slice(0, 12));
      assert.match(deep[0]!.message, /nested too deeply/);
    }
  });

  it('a few levels of lists and quotes are ordinary markdown, with no notice', () => {
    const body = `${Array.from({ length: 8 }, (_, i) => `${'  '.repeat(i)}- level`).join('\n')}\n\n${'> '.repeat(6)}a quote\n`;
    const { report } = lintJson({ 'n.md': HEADER + body }, 'n.md');
    assert.deepEqual(report[0]!.messages.filter((m) => m.ruleId === null), []);
  });

  it('a single 1 MB line is linted', () => {
    const { report, code } = lintJson({ 'n.md': NAMED_BAD_INPUTS['one-long-line.md']! }, 'n.md');
    assert.equal(report.length, 1);
    assert.ok(report[0]!.messages.every((m) => m.line >= 1));
    assert.notEqual(code, 2);
  });

  it('every named bad input in one run: each file reported once, exit code 1 (never 2), and the good notes still linted', function () {
    this.timeout(30_000);
    const files = { ...NAMED_BAD_INPUTS, 'clean.md': CLEAN_SOAP, 'missing-objective.md': MISSING_OBJECTIVE };
    const names = Object.keys(files).sort();
    const { report, code, stderr } = lintJson(files, ...names);
    assert.equal(stderr, '');
    assert.deepEqual(report.map((f) => nameOf(f.filePath)), names, 'one result per file, in command-line order');
    const byName = new Map(report.map((f) => [nameOf(f.filePath), f.messages]));
    assert.deepEqual(byName.get('clean.md'), []);
    assert.deepEqual(byName.get('missing-objective.md')!.map((m) => m.detail), ['Objective']);
    assert.match(byName.get('binary.md')![0]!.message, /binary file/);
    assert.ok(byName.get('invalid-utf8.md')!.some((m) => /not valid UTF-8/.test(m.message)));
    for (const name of ['bom.md', 'crlf.md']) assert.deepEqual(byName.get(name)!.map((m) => m.detail), ['Objective'], name);
    for (const name of ['quotes-20000.md', 'lists-5000.md', 'lists-indented.md']) assert.ok(byName.get(name)!.some((m) => /nested too deeply/.test(m.message)), name);
    for (const name of ['broken-yaml.md', 'list-frontmatter.md', 'scalar-frontmatter.md']) assert.ok(byName.get(name)!.some((m) => m.ruleId === 'frontmatter'), name);
    assert.ok(byName.get('unknown-directive.md')!.some((m) => m.ruleId === 'directives'));
    assert.equal(code, 1, 'errors (the binary file, the broken frontmatter) but no usage error');
  });

  it('stylish output names each file with a problem on its own line, without note text', () => {
    const ws = workspace({ 'binary.md': NAMED_BAD_INPUTS['binary.md']!, 'quotes.md': NAMED_BAD_INPUTS['quotes-20000.md']!, 'clean.md': CLEAN_SOAP });
    try {
      const run = rapport(ws.dir, 'lint', 'binary.md', 'quotes.md', 'clean.md');
      assert.match(run.stdout, /^binary\.md$/m);
      assert.match(run.stdout, /^quotes\.md$/m);
      assert.doesNotMatch(run.stdout, /week was|better/);
      assert.equal(run.code, 1);
    } finally {
      ws.cleanup();
    }
  });
});
