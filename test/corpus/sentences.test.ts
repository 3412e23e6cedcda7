// The sentence sets (test/fixtures/sentences, and the development excerpts of test/fixtures/repair-dev, ending-dev and
// feedback-dev) hold floors too: each rule's reading of single
// sentences and short excerpts, in many clinicians' wordings, may not silently regress. The floors
// are what was measured, rounded down (floors-sentences.json).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreSentences, sentenceSetPath, SENTENCE_SETS } from '../../scripts/sentence-score.js';

const floors = JSON.parse(readFileSync(join('test', 'corpus', 'floors-sentences.json'), 'utf8')) as Record<string, { precision: number; recall: number }>;

describe('sentence sets', function () {
  this.timeout(60000);
  it('every sentence set has a floor', () => {
    assert.deepEqual(Object.keys(floors).sort(), SENTENCE_SETS.filter((set) => existsSync(sentenceSetPath(set))).map((set) => set.file).sort());
  });
  for (const set of SENTENCE_SETS) {
    const { file } = set;
    if (!existsSync(sentenceSetPath(set))) continue;
    it(`${file} (${set.rules.join(' or ')}): precision ≥ ${floors[file]?.precision}, recall ≥ ${floors[file]?.recall}`, () => {
      const score = scoreSentences(sentenceSetPath(set), set);
      const misses = score.misses.map((m) => `${m.kind} ${m.id}${m.detail ? ` (${m.detail})` : ''}`).join('\n');
      assert.ok(score.precision >= floors[file]!.precision, `precision ${score.precision.toFixed(3)}\n${misses}`);
      assert.ok(score.recall >= floors[file]!.recall, `recall ${score.recall.toFixed(3)}\n${misses}`);
    });
  }
});
