// Scores a labelled set of single note sentences (test/fixtures/sentences/*.json) for one rupture
// rule: each sentence, put in a short free-format progress note with a concrete Plan, should make
// the rule fire exactly when it records an unrepaired marker. A sentence set measures the marker
// reading on many more wordings than whole notes can hold; it prints ids, never sentence text.
import { readFileSync } from 'node:fs';
import { lint } from '../src/core/lint.js';
import { allRulesConfig } from './corpus-score.js';

/** A marker set's item (`sentence`, `marker`) or a repair set's (`excerpt`, `repaired`). */
export interface LabelledSentence {
  id: string;
  sentence?: string;
  excerpt?: string;
  marker?: boolean;
  repaired?: boolean;
  why?: string;
}

export interface SentenceScore {
  sentences: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Ids of the sentences the rule read wrongly, with the kind of miss. */
  misses: Array<{ id: string; kind: 'false-positive' | 'false-negative' }>;
}

/**
 * The rules each sentence set measures, by file name. The marker sets ask whether an unrepaired marker is read; the repair set
 * (a marker and what the therapist did next) asks whether a repair is told from pressing on: either repair rule may fire.
 */
export const SENTENCE_SETS: ReadonlyArray<readonly [file: string, rules: readonly string[]]> = [
  ['withdrawal.json', ['withdrawal-repair']],
  ['confrontation.json', ['confrontation-repair']],
  ['repair.json', ['withdrawal-repair', 'confrontation-repair']],
];

const config = allRulesConfig();

/** A short progress note holding the sentence, with a Plan that neither repairs nor follows up. */
export function sentenceNote(sentence: string): string {
  return `---\ntype: progress\nformat: free\nclient: C-5120\ndate: 2026-09-14\nsession: 6\n---\n\n${sentence}\n\n## Plan\n\n- Next session 21/9: sleep diary review.\n`;
}

export function scoreSentences(path: string, rules: readonly string[]): SentenceScore {
  const list = JSON.parse(readFileSync(path, 'utf8')) as LabelledSentence[];
  const score: SentenceScore = { sentences: list.length, tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, misses: [] };
  for (const item of list) {
    const fired = lint(sentenceNote(item.sentence ?? item.excerpt ?? ''), { config }).findings.some((f) => rules.includes(f.ruleId));
    // The rule should fire exactly on an unrepaired marker.
    const expected = item.marker ?? item.repaired === false;
    if (fired && expected) score.tp++;
    else if (fired) {
      score.fp++;
      score.misses.push({ id: item.id, kind: 'false-positive' });
    } else if (expected) {
      score.fn++;
      score.misses.push({ id: item.id, kind: 'false-negative' });
    }
  }
  score.precision = score.tp + score.fp === 0 ? 1 : score.tp / (score.tp + score.fp);
  score.recall = score.tp + score.fn === 0 ? 1 : score.tp / (score.tp + score.fn);
  return score;
}
