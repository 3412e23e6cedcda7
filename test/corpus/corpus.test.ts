// Accuracy on the hand-labelled development corpus may not silently regress: each rule's
// precision and recall stay at or above the floor in floors.json (what was measured, rounded down).
// The corpus lives beside the clone (../shared/corpus) or at RAPPORT_CORPUS; a user's fresh clone
// has neither, so the suite says so and skips, and the rule fixtures still cover every rule.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../src/core/rules/index.js';
import { findCorpus, scoreCorpus, type CorpusScore } from '../../scripts/corpus-score.js';

const floors = JSON.parse(readFileSync(join('test', 'corpus', 'floors.json'), 'utf8')) as Record<string, { precision: number; recall: number }>;
const registered = new Set(rules.map((r) => r.meta.id));

function checkFloors(label: string, dir: string | null, floorsFor: Record<string, { precision: number; recall: number }>): void {
  describe(label, function () {
    let score: CorpusScore;
    before(function () {
      if (!dir) {
        console.log(`      (${label} not found: set RAPPORT_CORPUS to its folder to measure accuracy; skipping)`);
        this.skip();
      }
      score = scoreCorpus(dir!);
    });
    for (const [rule, floor] of Object.entries(floorsFor)) {
      it(`${rule}: precision ≥ ${floor.precision}, recall ≥ ${floor.recall}`, () => {
        assert.ok(registered.has(rule), `${rule} has a floor but is not registered`);
        const measured = score.rules.find((r) => r.rule === rule)!;
        const misses = score.misses.filter((m) => m.rule === rule).map((m) => `${m.kind} ${m.file}${m.line ? `:${m.line}` : ''}${m.detail ? ` ${m.detail}` : ''}`);
        assert.ok(measured.precision >= floor.precision, `${rule} precision ${measured.precision.toFixed(3)} < ${floor.precision}\n${misses.join('\n')}`);
        assert.ok(measured.recall >= floor.recall, `${rule} recall ${measured.recall.toFixed(3)} < ${floor.recall}\n${misses.join('\n')}`);
      });
    }
  });
}

checkFloors('development corpus', findCorpus(), floors);

// The project's development sets hold their floors too. The blind sets (blind38, blind39) have none on
// purpose: a floor there would make them something to tune to.
for (const [label, set, file] of [
  ["project's labelled notes", 'labelled', 'floors-labelled.json'],
  ["project's first blind set, now a development set", 'heldout', 'floors-heldout.json'],
  ["project's fourth development set", 'dev4', 'floors-dev4.json'],
  ["project's fifth development set", 'dev5', 'floors-dev5.json'],
  ["project's second blind set, now a development set", 'blind2', 'floors-blind2.json'],
  ["project's third blind set, now a development set", 'blind3', 'floors-blind3.json'],
  ["blind set blind4, now a development set", 'blind4', 'floors-blind4.json'],
  ["blind set blind5, now a development set", 'blind5', 'floors-blind5.json'],
  ["blind set blind6, now a development set", 'blind6', 'floors-blind6.json'],
  ["blind set blind7, now a development set", 'blind7', 'floors-blind7.json'],
  ["blind set blind8, now a development set", 'blind8', 'floors-blind8.json'],
  ["blind set blind9, now a development set", 'blind9', 'floors-blind9.json'],
  ["blind set blind10, now a development set", 'blind10', 'floors-blind10.json'],
  ["blind set blind11, now a development set", 'blind11', 'floors-blind11.json'],
  ["blind set blind12, now a development set", 'blind12', 'floors-blind12.json'],
  ["blind set blind13, now a development set", 'blind13', 'floors-blind13.json'],
  ["blind set blind14, now a development set", 'blind14', 'floors-blind14.json'],
  ["blind set blind15, now a development set", 'blind15', 'floors-blind15.json'],
  ["blind set blind16, now a development set", 'blind16', 'floors-blind16.json'],
  ["blind set blind17, now a development set", 'blind17', 'floors-blind17.json'],
  ["blind set blind18, now a development set", 'blind18', 'floors-blind18.json'],
  ["blind set blind19, now a development set", 'blind19', 'floors-blind19.json'],
  ["blind set blind20, now a development set", 'blind20', 'floors-blind20.json'],
  ["blind set blind21, now a development set", 'blind21', 'floors-blind21.json'],
  ["blind set blind22, now a development set", 'blind22', 'floors-blind22.json'],
  ["blind set blind23, now a development set", 'blind23', 'floors-blind23.json'],
  ["blind set blind24, now a development set", 'blind24', 'floors-blind24.json'],
  ["blind set blind25, now a development set", 'blind25', 'floors-blind25.json'],
  ["blind set blind26, now a development set", 'blind26', 'floors-blind26.json'],
  ["blind set blind27, now a development set", 'blind27', 'floors-blind27.json'],
  ["blind set blind28, now a development set", 'blind28', 'floors-blind28.json'],
  ["blind set blind29, now a development set", 'blind29', 'floors-blind29.json'],
  ["blind set blind30, now a development set", 'blind30', 'floors-blind30.json'],
  ["blind set blind31, now a development set", 'blind31', 'floors-blind31.json'],
  ["blind set blind32, now a development set", 'blind32', 'floors-blind32.json'],
  ["blind set blind33, now a development set", 'blind33', 'floors-blind33.json'],
  ["blind set blind34, now a development set", 'blind34', 'floors-blind34.json'],
  ["blind set blind35, now a development set", 'blind35', 'floors-blind35.json'],
  ["blind set blind36, now a development set", 'blind36', 'floors-blind36.json'],
  ["blind set blind37, now a development set", 'blind37', 'floors-blind37.json'],
] as const) {
  const dir = join('test', 'fixtures', set);
  const floorsFile = join('test', 'corpus', file);
  if (existsSync(floorsFile)) checkFloors(label, existsSync(join(dir, 'labels.json')) ? dir : null, JSON.parse(readFileSync(floorsFile, 'utf8')));
}
