// Accuracy on the hand-labelled development corpus may not silently regress: each rule's
// precision and recall stay at or above the floor in floors.json (what was measured, rounded down).
// The corpus lives beside the clone (../shared/corpus) or at RAPPORT_CORPUS; a user's fresh clone
// has neither, so the suite says so and skips, and the rule fixtures still cover every rule.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rules } from '../../src/core/rules/index.js';
import { combinedScore, findCorpus, scoreCorpus, type CorpusScore } from '../../scripts/corpus-score.js';
import { OWN_SETS } from '../../scripts/note-sets.js';

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

// The project's development sets (scripts/note-sets.ts) hold their floors too, each in floors-<set>.json.
// The sets still measurement only have none on purpose: a floor there would make them something to tune to.
for (const set of OWN_SETS) {
  const dir = join('test', 'fixtures', set.name);
  const floorsFile = join('test', 'corpus', `floors-${set.name}.json`);
  if (set.measurementOnly) {
    it(`${set.name} is measurement only and holds no floors`, () => assert.ok(!existsSync(floorsFile), `${floorsFile} exists for a set still measurement only`));
    continue;
  }
  it(`${set.name}, a development set, holds floors`, () => assert.ok(existsSync(floorsFile), `${floorsFile} is missing: write what the set measures, rounded down`));
  if (existsSync(floorsFile)) checkFloors(set.title, existsSync(join(dir, 'labels.json')) ? dir : null, JSON.parse(readFileSync(floorsFile, 'utf8')));
}

// `npm run eval` ends with the measurement-only sets scored together, the figure the README quotes for unseen notes.
it('several sets scored together add up each rule\'s counts, and precision and recall come from the sums', () => {
  // Two sets whose precision differs, so that pooling the counts and averaging the ratios give different figures.
  const a = scoreCorpus(join('test', 'fixtures', 'dev5'));
  const b = scoreCorpus(join('test', 'fixtures', 'heldout'));
  assert.notEqual(a.total.precision, b.total.precision, 'the two sets must differ in precision for this test to tell a sum from a mean');
  const together = combinedScore([a, b]);
  assert.equal(together.notes, a.notes + b.notes);
  for (const key of ['tp', 'fp', 'fn'] as const) assert.equal(together.total[key], a.total[key] + b.total[key]);
  const { tp, fp, fn } = together.total;
  assert.equal(together.total.precision, tp / (tp + fp));
  assert.equal(together.total.recall, tp / (tp + fn));
  assert.notEqual(together.total.precision, (a.total.precision + b.total.precision) / 2, 'not the mean of the two sets');
});

// The corpus README's matching counts a finding whose file, rule and line match an expected one; a line labelled once may hold two labels.
it('a second finding on a labelled line is not counted false, and a finding on an unlabelled line is', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-score-'));
  try {
    mkdirSync(join(dir, 'notes'));
    const note = '---\ntype: progress\nformat: free\nclient: C-1\ndate: 2026-10-01\nsession: 4\n---\n\nPt was manipulative and uncooperative today.\n\nPt was non-compliant again.\n';
    writeFileSync(join(dir, 'notes', 'a.md'), note);
    writeFileSync(join(dir, 'labels.json'), JSON.stringify([{ file: 'a.md', expected: [{ rule: 'judgmental-language', line: 9 }] }]));
    const judgmental = scoreCorpus(dir).rules.find((r) => r.rule === 'judgmental-language')!;
    assert.deepEqual({ tp: judgmental.tp, fp: judgmental.fp, fn: judgmental.fn }, { tp: 1, fp: 1, fn: 0 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
