import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import { MISSING_OBJECTIVE, rapport, workspace } from './helpers.js';

const require = createRequire(import.meta.url);
const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;

describe('report formats', () => {
  it('sarif validates against the SARIF 2.1.0 schema, with rules from metadata and suppressions with reasons', () => {
    const silenced = MISSING_OBJECTIVE.replace('## Plan', '<!-- rapport-disable-next-line empty-section -- left for the risk form -->\n## Plan\n\n## Risk').replace('## Risk\n\n- Next', '## Risk\n\nNone.\n\n- Next');
    const ws = workspace({ 'a.md': MISSING_OBJECTIVE, 'b.md': silenced, 'bin.md': Buffer.from([0, 0, 0]) });
    try {
      const run = rapport(ws.dir, 'lint', 'a.md', 'b.md', 'bin.md', '--format', 'sarif', '--include-excerpts');
      const log = JSON.parse(run.stdout) as {
        runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; suppressions?: Array<{ justification?: string }> }>; invocations: Array<{ toolExecutionNotifications: unknown[] }> }>;
      };
      // The published schema's patterns predate the unicode flag; its uri formats are checked here by URL parsing.
      const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
      ajv.addFormat('uri', (value: string) => URL.canParse(value));
      ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/'));
      ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
      const validate = ajv.compile(sarifSchema);
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      const [runLog] = log.runs;
      assert.ok(runLog!.tool.driver.rules.some((r) => r.id === 'required-sections'));
      assert.ok(runLog!.results.some((r) => r.ruleId === 'required-sections'));
      const suppressed = runLog!.results.filter((r) => r.suppressions);
      assert.deepEqual(suppressed.map((r) => r.suppressions![0]!.justification), ['left for the risk form']);
      assert.equal(runLog!.invocations[0]!.toolExecutionNotifications.length, 1, 'the binary file is a notification');
      const withoutText = JSON.parse(rapport(ws.dir, 'lint', 'b.md', '--format', 'sarif').stdout) as typeof log;
      assert.deepEqual(withoutText.runs[0]!.results.filter((r) => r.suppressions).map((r) => r.suppressions![0]!.justification), [undefined], 'reasons are note text');
    } finally {
      ws.cleanup();
    }
  });

  it('stylish lists each finding with its line, severity, message and rule, and a summary', () => {
    const ws = workspace({ 'a.md': MISSING_OBJECTIVE });
    try {
      const run = rapport(ws.dir, 'lint', 'a.md');
      assert.match(run.stdout, /^a\.md$/m);
      assert.match(run.stdout, /1:1\s+warning\s+Missing required section `Objective` \(SOAP\)\.\s+required-sections/);
      assert.match(run.stdout, /✖ 1 problem \(0 errors, 1 warning, 0 info\)/);
    } finally {
      ws.cleanup();
    }
  });

  it('prints nothing for clean notes', () => {
    const ws = workspace({ 'a.md': MISSING_OBJECTIVE.replace('## Assessment', '## Objective\n\nCalm.\n\n## Assessment') });
    try {
      assert.equal(rapport(ws.dir, 'lint', 'a.md').stdout, '');
    } finally {
      ws.cleanup();
    }
  });
});
