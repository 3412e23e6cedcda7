import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../src/core/rules/index.js';
import { MISSING_OBJECTIVE, rapport, workspace } from './helpers.js';

describe('rapport rules, explain, init, schema', () => {
  it('rules lists every registered rule', () => {
    const run = rapport(process.cwd(), 'rules', '--format', 'json');
    assert.deepEqual((JSON.parse(run.stdout) as Array<{ id: string }>).map((r) => r.id), rules.map((r) => r.meta.id));
  });

  it('explain prints why a rule matters and what satisfies it, and suggests a near id', () => {
    const run = rapport(process.cwd(), 'explain', 'empty-section');
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Why it matters/);
    assert.match(run.stdout, /What satisfies it/);
    const typo = rapport(process.cwd(), 'explain', 'empty-sections');
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /did you mean `empty-section`/);
  });

  it('init writes a config that validates, lints with its template, and never overwrites', () => {
    const ws = workspace({ 'notes/n.md': MISSING_OBJECTIVE.replace('format: SOAP', 'format: DAP') });
    try {
      const run = rapport(ws.dir, 'init', '--template', 'DAP', '--preset', 'strict');
      assert.equal(run.code, 0);
      const config = readFileSync(join(ws.dir, '.rapportrc.yaml'), 'utf8');
      assert.match(config, /extends: rapport:strict/);
      const lint = rapport(ws.dir, 'lint', '--format', 'json');
      assert.equal(lint.code, 1, 'the strict preset makes the missing Data section an error');
      const detail = (JSON.parse(lint.stdout) as Array<{ messages: Array<{ ruleId: string; detail?: string }> }>)[0]!.messages.filter((m) => m.ruleId === 'required-sections').map((m) => m.detail);
      assert.deepEqual(detail, ['Data']);
      writeFileSync(join(ws.dir, '.rapportrc.yaml'), '# mine\n');
      const again = rapport(ws.dir, 'init');
      assert.equal(again.code, 2);
      assert.equal(readFileSync(join(ws.dir, '.rapportrc.yaml'), 'utf8'), '# mine\n');
      assert.ok(!existsSync(join(ws.dir, '.rapportrc.json')));
    } finally {
      ws.cleanup();
    }
  });

  it('schema prints a draft-7 JSON Schema that knows every rule id', () => {
    const schema = JSON.parse(rapport(process.cwd(), 'schema').stdout) as { $schema: string; properties: { rules: { properties: Record<string, unknown> } } };
    assert.match(schema.$schema, /draft-07/);
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), rules.map((r) => r.meta.id).sort());
  });

  it('unknown commands and no command are usage errors', () => {
    assert.equal(rapport(process.cwd(), 'frobnicate').code, 2);
    assert.equal(rapport(process.cwd()).code, 2);
    assert.equal(rapport(process.cwd(), '--help').code, 0);
  });
});
