import assert from 'node:assert/strict';
import { CLEAN_SOAP, MISSING_OBJECTIVE, rapport, workspace } from './helpers.js';

type JsonReport = Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number; severityName: string }> }>;

describe('rapport config', () => {
  it('finds the nearest .rapportrc by walking up, and a nested one wins', () => {
    const ws = workspace({
      '.rapportrc.yaml': 'rules:\n  required-sections: error\n',
      'clinic/a.md': MISSING_OBJECTIVE,
      'clinic/phone/.rapportrc.json': JSON.stringify({ rules: { 'required-sections': 'off' } }),
      'clinic/phone/b.md': MISSING_OBJECTIVE,
    });
    try {
      const run = rapport(ws.dir, 'lint', '--format', 'json');
      const report = JSON.parse(run.stdout) as JsonReport;
      const a = report.find((f) => f.filePath.endsWith('a.md'))!;
      const b = report.find((f) => f.filePath.endsWith('b.md'))!;
      assert.deepEqual(a.messages.map((m) => [m.ruleId, m.severityName]), [['required-sections', 'error']]);
      assert.deepEqual(b.messages, []);
      assert.equal(run.code, 1);
    } finally {
      ws.cleanup();
    }
  });

  it('extends presets and relative files; --config replaces discovery', () => {
    const ws = workspace({
      'base.yaml': 'extends: rapport:strict\n',
      '.rapportrc.json': JSON.stringify({ extends: ['./base.yaml'] }),
      'other.json': JSON.stringify({ rules: { 'required-sections': 'info' } }),
      'n.md': MISSING_OBJECTIVE,
    });
    try {
      const strict = JSON.parse(rapport(ws.dir, 'lint', 'n.md', '--format', 'json').stdout) as JsonReport;
      assert.equal(strict[0]!.messages[0]!.severityName, 'error', 'rapport:strict makes template rules errors');
      const other = JSON.parse(rapport(ws.dir, 'lint', 'n.md', '--format', 'json', '--config', 'other.json').stdout) as JsonReport;
      assert.equal(other[0]!.messages[0]!.severityName, 'info');
    } finally {
      ws.cleanup();
    }
  });

  it('a clinic template sets its own sections, aliases and required fields', () => {
    const config = {
      templates: {
        progress: { sections: [{ name: 'Presenting concerns', aliases: ['Concerns'] }, 'Plan'], requiredFields: ['type', 'client', 'date', 'session', 'clinician'] },
      },
    };
    const ws = workspace({ '.rapportrc.json': JSON.stringify(config), 'n.md': CLEAN_SOAP.replace('## Subjective', '## Concerns') });
    try {
      const report = JSON.parse(rapport(ws.dir, 'lint', 'n.md', '--format', 'json').stdout) as Array<{ messages: Array<{ ruleId: string; detail?: string }> }>;
      assert.deepEqual(report[0]!.messages.map((m) => [m.ruleId, m.detail]), [['required-fields', 'clinician']]);
    } finally {
      ws.cleanup();
    }
  });

  it('names the file, the key path and what was expected for a bad config, and still lints the other files', () => {
    const ws = workspace({
      'good/n.md': MISSING_OBJECTIVE,
      'bad/.rapportrc.json': JSON.stringify({ rules: { 'required-sections': 'loud', 'no-such-rule': 'warning' }, notes: 'x' }),
      'bad/n.md': MISSING_OBJECTIVE,
    });
    try {
      const run = rapport(ws.dir, 'lint', '--format', 'json');
      assert.equal(run.code, 2);
      assert.match(run.stderr, /config error in bad\/\.rapportrc\.json/);
      assert.match(run.stderr, /rules\.required-sections: /);
      assert.match(run.stderr, /unknown rule `no-such-rule`/);
      assert.match(run.stderr, /notes: .*array/i);
      assert.ok(!run.stderr.includes('    at '), 'no stack trace');
      const files = (JSON.parse(run.stdout) as JsonReport).map((f) => f.filePath.slice(ws.dir.length + 1));
      assert.deepEqual(files, ['good/n.md']);
    } finally {
      ws.cleanup();
    }
  });

  it('reports a config that is not an object, broken YAML, an unknown preset and a circular extends', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['.rapportrc.json', '[1, 2]', /expected an object of settings, found a list/],
      ['.rapportrc.yaml', 'rules: [unclosed\n', /not valid YAML .* at line \d+, column \d+/],
      ['.rapportrc.json', '{"extends": "rapport:lenient"}', /unknown preset `rapport:lenient`/],
      ['.rapportrc.json', '{"extends": "./.rapportrc.json"}', /circular chain/],
      ['.rapportrc.json', '{"rules": {', /not valid JSON/],
    ];
    for (const [name, content, expected] of cases) {
      const ws = workspace({ [name]: content, 'n.md': MISSING_OBJECTIVE });
      try {
        const run = rapport(ws.dir, 'lint', 'n.md');
        assert.equal(run.code, 2, content);
        assert.match(run.stderr, expected);
      } finally {
        ws.cleanup();
      }
    }
  });

  it('rejects bad rule options with the rule and option named', () => {
    const ws = workspace({ '.rapportrc.json': JSON.stringify({ rules: { 'plan-next-step': ['info', { concretePhrases: 'book' }] } }), 'n.md': MISSING_OBJECTIVE });
    try {
      const run = rapport(ws.dir, 'lint', 'n.md');
      assert.equal(run.code, 2);
      assert.match(run.stderr, /rules\.plan-next-step/);
    } finally {
      ws.cleanup();
    }
  });
});
