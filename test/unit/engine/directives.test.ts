import assert from 'node:assert/strict';
import { loadConfig } from '../../../src/core/config/resolve.js';
import { lint } from '../../../src/core/lint.js';
import { rules } from '../../../src/core/rules/index.js';

const HEAD = '---\ntype: progress\nformat: DAP\nclient: C-3\ndate: 2026-03-03\nsession: 3\n---\n\n';
const body = (between: string) => `${HEAD}## Data\n\nShe said the session was "useful".\n\n${between}## Assessment\n\n## Plan\n\n- Next session 3/10: values work.\n`;

function ids(text: string, config = undefined as ReturnType<typeof loadConfig> | undefined) {
  return lint(text, config ? { config } : {}).findings.map((f) => `${f.ruleId}:${f.messageId}`);
}

describe('inline directives', () => {
  it('disable-next-line silences the next line only, and keeps the reason', () => {
    const result = lint(body('<!-- rapport-disable-next-line empty-section -- risk form covers it -->\n'));
    assert.deepEqual(result.findings.map((f) => f.ruleId), []);
    assert.equal(result.suppressed[0]!.suppressed!.justification, 'risk form covers it');
  });

  it('disable and enable bound a range; a bare disable covers every rule', () => {
    const text = `${HEAD}<!-- rapport-disable -->\n## Data\n\n## Assessment\n\n<!-- rapport-enable -->\n## Plan\n\n## Extra\n`;
    const found = lint(text).findings.filter((f) => f.ruleId === 'empty-section').map((f) => f.start.line);
    assert.deepEqual(found, [text.split('\n').indexOf('## Plan') + 1, text.split('\n').indexOf('## Extra') + 1]);
  });

  it('reports unknown rule ids and directives that silence nothing', () => {
    assert.deepEqual(ids(body('<!-- rapport-disable-next-line emptysection -->\n')).sort(), ['directives:unknownRule', 'empty-section:empty']);
    const unknown = lint(body('<!-- rapport-disable-next-line emptysection -->\n')).findings.filter((f) => f.ruleId === 'directives');
    assert.deepEqual(unknown.map((f) => [f.messageId, f.excerpt]), [['unknownRule', 'emptysection']]);
    assert.ok(!unknown[0]!.message.includes('emptysection'), 'the typed id stays out of the message');
    const unused = lint(`${HEAD}<!-- rapport-disable-next-line required-fields -->\nText.\n`).findings.filter((f) => f.ruleId === 'directives');
    assert.deepEqual(unused.map((f) => f.messageId), ['unused']);
  });

  it('requires a reason when the clinic says so', () => {
    const config = loadConfig('/c/r.json', { readFile: () => '{"requireReason": true}' }, rules);
    const found = lint(body('<!-- rapport-disable-next-line empty-section -->\n'), { config }).findings.map((f) => f.messageId);
    assert.deepEqual(found, ['missingReason']);
  });
});
