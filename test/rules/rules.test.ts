// Every registered rule has a current docs page, examples that do what they claim, and fixtures
// whose inline expectations hold (ESLint's checkRuleFiles and remark-lint's example tests).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lint } from '../../src/core/lint.js';
import { rules } from '../../src/core/rules/index.js';
import { allRulesConfig } from '../../scripts/corpus-score.js';
import { renderRuleDoc, renderRuleIndex } from '../../scripts/rule-docs.js';
import { compareFixture, fixtureFiles, readExpectations, readFixture } from './expectations.js';

const config = allRulesConfig();

describe('every rule', () => {
  it('has a generated index of rules that is up to date', () => {
    const file = join('docs', 'rules', 'README.md');
    assert.ok(existsSync(file), 'docs/rules/README.md is missing: run npm run docs');
    assert.equal(readFileSync(file, 'utf8'), renderRuleIndex(rules), 'docs/rules/README.md is stale: run npm run docs');
  });

  for (const rule of rules) {
    const id = rule.meta.id;
    describe(id, () => {
      it('has a docs page that matches its metadata and examples', () => {
        const file = join('docs', 'rules', `${id}.md`);
        assert.ok(existsSync(file), `${file} is missing: run npm run docs`);
        assert.equal(readFileSync(file, 'utf8'), renderRuleDoc(rule), `${file} is stale: run npm run docs`);
      });

      it('has failing and passing examples that behave as documented', () => {
        assert.ok(rule.meta.docs.failing.length > 0 && rule.meta.docs.passing.length > 0, 'each rule documents at least one failing and one passing note');
        for (const example of rule.meta.docs.failing) {
          const hits = lint(example.note, { config }).findings.filter((f) => f.ruleId === id);
          assert.ok(hits.length > 0, `failing example "${example.title}" produced no ${id} finding`);
        }
        for (const example of rule.meta.docs.passing) {
          const hits = lint(example.note, { config }).findings.filter((f) => f.ruleId === id);
          assert.deepEqual(hits.map((f) => `${f.start.line}: ${f.message}`), [], `passing example "${example.title}" was reported`);
        }
      });

      it('has messages that never quote the note (placeholders only)', () => {
        for (const message of Object.values(rule.meta.messages)) {
          for (const placeholder of message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
            assert.ok(['section', 'field', 'expected', 'source', 'after', 'shape', 'problem', 'id', 'kind', 'action', 'count', 'alternative', 'label', 'identifier', 'measure', 'marker', 'cue', 'who'].includes(placeholder[1]!),
              `message placeholder {{${placeholder[1]}}} in ${id} must not carry note text`);
          }
        }
      });

      const fixtures = fixtureFiles(join('test', 'fixtures', 'rules', id));
      it('has fixtures with inline expectations', () => {
        assert.ok(fixtures.length > 0, `test/fixtures/rules/${id}/ has no fixture notes`);
        assert.ok(fixtures.some((f) => readExpectations(readFixture(f)).some((e) => e.rule === id)), `no fixture in test/fixtures/rules/${id}/ expects a ${id} finding`);
      });
      for (const file of fixtures) {
        it(`fixture ${basename(file)}`, () => {
          const { expected, actual } = compareFixture(readFixture(file), id, config);
          assert.deepEqual(actual, expected);
        });
      }
    });
  }
});
