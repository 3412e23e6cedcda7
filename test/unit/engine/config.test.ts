import assert from 'node:assert/strict';
import { ConfigError, defaultConfig, loadConfig, type ConfigHost } from '../../../src/core/config/resolve.js';
import { findConfigFile } from '../../../src/core/config/discover.js';
import { configJsonSchema } from '../../../src/core/config/schema.js';
import { rules } from '../../../src/core/rules/index.js';
import { isNote } from '../../../src/core/notes.js';

function host(files: Record<string, string>): ConfigHost {
  return { readFile: (p) => files[p] };
}

describe('config', () => {
  it('starts from the recommended preset; a severity alone keeps earlier options', () => {
    const config = loadConfig(
      '/c/.rapportrc.json',
      host({
        '/c/base.json': JSON.stringify({ rules: { 'plan-next-step': ['warning', { concretePhrases: ['booked'] }] } }),
        '/c/.rapportrc.json': JSON.stringify({ extends: ['rapport:recommended', './base.json'], rules: { 'plan-next-step': 'error' } }),
      }),
      rules,
    );
    assert.deepEqual(config.rules['plan-next-step'], { severity: 'error', options: { concretePhrases: ['booked'] } });
    assert.equal(config.rules['required-sections']!.severity, 'warning');
    assert.deepEqual(config.files, ['/c/base.json', '/c/.rapportrc.json']);
  });

  it('strict makes template rules errors; all turns every rule on', () => {
    const strict = loadConfig('/c/r.yaml', host({ '/c/r.yaml': 'extends: rapport:strict\n' }), rules);
    assert.equal(strict.rules['empty-section']!.severity, 'error');
    const all = loadConfig('/c/r.yaml', host({ '/c/r.yaml': 'extends: rapport:all\n' }), rules);
    for (const rule of rules) assert.notEqual(all.rules[rule.meta.id]!.severity, 'off', rule.meta.id);
  });

  it('merges lexicon phrases and glob lists along the chain, relative to each file', () => {
    const config = loadConfig(
      '/c/sub/.rapportrc.yaml',
      host({ '/c/base.yaml': 'notes: ["a/*.md"]\n', '/c/sub/.rapportrc.yaml': 'extends: ../base.yaml\nnotes: ["b/*.md"]\n' }),
      rules,
    );
    assert.deepEqual(config.notes, [{ base: '/c', pattern: 'a/*.md' }, { base: '/c/sub', pattern: 'b/*.md' }]);
    assert.ok(isNote('text', '/c/a/x.md', config));
    assert.ok(isNote('text', '/c/sub/b/y.md', config));
    assert.ok(!isNote('text', '/c/b/y.md', config));
  });

  it('throws a ConfigError naming the file, the key path and what was expected', () => {
    assert.throws(
      () => loadConfig('/c/r.json', host({ '/c/r.json': JSON.stringify({ requireReason: 'yes', templates: { progress: { format: 'SOAPY' } } }) }), rules),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.equal(error.file, '/c/r.json');
        assert.ok(error.problems.some((p) => p.startsWith('requireReason: ') && /boolean/.test(p)), error.problems.join('\n'));
        assert.ok(error.problems.some((p) => p.startsWith('templates.progress.format: ')), error.problems.join('\n'));
        return true;
      },
    );
    assert.throws(() => loadConfig('/c/r.json', host({ '/c/r.json': '{"extends": "./missing.json"}' }), rules), /cannot read config file \/c\/missing\.json/);
  });

  it('takes editor settings on top of the recommended preset', () => {
    const config = defaultConfig(rules, { rules: { 'section-order': 'off' } });
    assert.equal(config.rules['section-order']!.severity, 'off');
    assert.throws(() => defaultConfig(rules, { extends: './x.json' }), /only presets/);
  });

  it('finds the nearest config walking up, and stops at a boundary', () => {
    const files = new Set(['/w/.rapportrc.yaml', '/w/a/.rapportrc.json']);
    assert.equal(findConfigFile('/w/a/b', (p) => files.has(p)), '/w/a/.rapportrc.json');
    assert.equal(findConfigFile('/w/c', (p) => files.has(p)), '/w/.rapportrc.yaml');
    assert.equal(findConfigFile('/w/c', (p) => files.has(p), '/w/c'), null);
  });

  it('generates a draft-7 JSON Schema from the zod schemas', () => {
    const schema = configJsonSchema(rules) as { $schema: string; additionalProperties: boolean };
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.additionalProperties, false);
  });

  it('a note is a file with a known type, or one the notes globs match', () => {
    const config = defaultConfig(rules);
    assert.ok(isNote('---\ntype: Termination\n---\n', '/x/a.md', config));
    assert.ok(!isNote('---\ntype: recipe\n---\n', '/x/a.md', config));
    assert.ok(!isNote('# README\n', '/x/README.md', config));
  });
});
