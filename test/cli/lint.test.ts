import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLEAN_SOAP, MISSING_OBJECTIVE, note, rapport, workspace } from './helpers.js';

describe('rapport lint', () => {
  it('lints only notes in a folder: a README stays silent, a note is reported', () => {
    const ws = workspace({ 'README.md': '# Team notes\n\n## Plan\n', 'notes/a.md': MISSING_OBJECTIVE, 'notes/b.md': CLEAN_SOAP });
    try {
      const run = rapport(ws.dir, 'lint', '--format', 'json');
      const files = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; detail?: string }> }>;
      assert.deepEqual(files.map((f) => f.filePath.slice(ws.dir.length + 1)).sort(), ['notes/a.md', 'notes/b.md']);
      const a = files.find((f) => f.filePath.endsWith('a.md'))!;
      assert.deepEqual(a.messages.map((m) => [m.ruleId, m.detail]), [['required-sections', 'Objective']]);
      assert.equal(run.code, 0, 'warnings alone exit 0');
    } finally {
      ws.cleanup();
    }
  });

  it('always lints a file named on the command line, even without frontmatter', () => {
    const ws = workspace({ 'draft.md': 'Progress note\n\nShe went quiet when I asked about work.\n' });
    try {
      const run = rapport(ws.dir, 'lint', 'draft.md', '--format', 'json');
      const [file] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; detail?: string }> }>;
      assert.deepEqual(file!.messages.filter((m) => m.ruleId === 'required-fields').map((m) => m.detail).sort(), ['client', 'date', 'session', 'type']);
    } finally {
      ws.cleanup();
    }
  });

  it('uses notes globs for notes without a type, and skips ignore globs and .gitignore', () => {
    const ws = workspace({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'private/\n',
      '.rapportrc.json': JSON.stringify({ notes: ['sessions/**/*.md'], ignore: ['sessions/archive/**'] }),
      'sessions/s1.md': 'Session one.\n',
      'sessions/archive/old.md': 'Old session.\n',
      'private/p.md': MISSING_OBJECTIVE,
      'other/readme.md': 'Just text.\n',
    });
    try {
      const run = rapport(ws.dir, 'lint', '--format', 'json');
      const files = (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((f) => f.filePath.slice(ws.dir.length + 1));
      assert.deepEqual(files, ['sessions/s1.md']);
    } finally {
      ws.cleanup();
    }
  });

  it('a file named on the command line stays named when its folder is given too', () => {
    const ws = workspace({ 'notes/scan.md': Buffer.from([0, 1, 2]), 'notes/n.md': MISSING_OBJECTIVE });
    try {
      const run = rapport(ws.dir, 'lint', 'notes', 'notes/scan.md', '--format', 'json');
      const scan = (JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ message: string }> }>).find((f) => f.filePath.endsWith('scan.md'));
      assert.match(scan!.messages[0]!.message, /binary file/);
    } finally {
      ws.cleanup();
    }
  });

  it('expands globs', () => {
    const ws = workspace({ 'a/one.md': MISSING_OBJECTIVE, 'b/two.md': MISSING_OBJECTIVE, 'b/three.txt': MISSING_OBJECTIVE });
    try {
      const run = rapport(ws.dir, 'lint', 'b/**/*.md', '--format', 'json');
      assert.deepEqual((JSON.parse(run.stdout) as Array<{ filePath: string }>).map((f) => f.filePath.slice(ws.dir.length + 1)), ['b/two.md']);
    } finally {
      ws.cleanup();
    }
  });

  it('exits 1 on errors, 0 on warnings, 1 past --max-warnings, 2 for a missing path', () => {
    const broken = note({ type: 'progress', client: '"C-1', date: '2026-01-01', session: 1 }, 'Text.\n');
    const ws = workspace({ 'warn.md': MISSING_OBJECTIVE, 'error.md': broken });
    try {
      assert.equal(rapport(ws.dir, 'lint', 'warn.md').code, 0);
      assert.equal(rapport(ws.dir, 'lint', 'warn.md', '--max-warnings', '0').code, 1);
      assert.equal(rapport(ws.dir, 'lint', 'warn.md', '--max-warnings', '1').code, 0);
      assert.equal(rapport(ws.dir, 'lint', 'error.md').code, 1);
      const missing = rapport(ws.dir, 'lint', 'nope.md');
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /no file or folder matches "nope\.md"/);
      assert.equal(rapport(ws.dir, 'lint', '--format', 'xml').code, 2);
      assert.equal(rapport(ws.dir, 'lint', '--bogus').code, 2);
    } finally {
      ws.cleanup();
    }
  });

  it('--quiet reports errors only; --output writes the report to a file', () => {
    const ws = workspace({ 'warn.md': MISSING_OBJECTIVE });
    try {
      const quiet = rapport(ws.dir, 'lint', 'warn.md', '--quiet', '--format', 'json');
      assert.deepEqual((JSON.parse(quiet.stdout) as Array<{ messages: unknown[] }>)[0]!.messages, []);
      const out = rapport(ws.dir, 'lint', 'warn.md', '--format', 'json', '--output', 'report.json');
      assert.equal(out.stdout, '');
      assert.equal((JSON.parse(readFileSync(join(ws.dir, 'report.json'), 'utf8')) as unknown[]).length, 1);
    } finally {
      ws.cleanup();
    }
  });

  it('keeps note text out of json unless --include-excerpts', () => {
    const marker = 'zebra-lantern-quartz';
    const text = note({ type: 'progress', format: 'SOAP', client: 'C-1', date: '2026-01-02', session: 2 }, `## Subjective\n\n${marker}\n\n## Objective\n\n## Assessment\n\nOk.\n\n## Plan\n\n- Next session 1/9: review the log.\n`);
    const ws = workspace({ 'n.md': text });
    try {
      const plain = rapport(ws.dir, 'lint', 'n.md', '--format', 'json');
      assert.ok(!plain.stdout.includes('"excerpt"'));
      const withText = rapport(ws.dir, 'lint', 'n.md', '--format', 'json', '--include-excerpts');
      assert.match(withText.stdout, /"excerpt": "## Objective"/);
    } finally {
      ws.cleanup();
    }
  });

  it('honours rapport-disable comments, and --no-inline-config ignores them', () => {
    const text = MISSING_OBJECTIVE.replace('## Subjective', '<!-- rapport-disable-file required-sections -- phone check-in -->\n\n## Subjective');
    const ws = workspace({ 'n.md': text });
    try {
      const silenced = JSON.parse(rapport(ws.dir, 'lint', 'n.md', '--format', 'json').stdout) as Array<{ messages: unknown[]; suppressedMessages: Array<{ suppressions: Array<{ justification: string }> }> }>;
      assert.deepEqual(silenced[0]!.messages, []);
      assert.equal(silenced[0]!.suppressedMessages[0]!.suppressions[0]!.justification, '', 'the reason is note text: only with --include-excerpts');
      const withReasons = JSON.parse(rapport(ws.dir, 'lint', 'n.md', '--format', 'json', '--include-excerpts').stdout) as typeof silenced;
      assert.equal(withReasons[0]!.suppressedMessages[0]!.suppressions[0]!.justification, 'phone check-in');
      const loud = JSON.parse(rapport(ws.dir, 'lint', 'n.md', '--format', 'json', '--no-inline-config').stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
      assert.deepEqual(loud[0]!.messages.map((m) => m.ruleId), ['required-sections']);
    } finally {
      ws.cleanup();
    }
  });
});
