// Scores labelled sets of single note sentences and short excerpts (test/fixtures/sentences/*.json),
// written blind to the rules: each item, put in a short note, should make its rule fire exactly when
// the labels say so. A sentence set measures a rule's reading of many more wordings than whole notes
// can hold. Prints ids, never sentence text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../src/core/lint.js';
import { allRulesConfig } from './corpus-score.js';

/** One item: a sentence or an excerpt, and whichever labels its set uses. */
export interface LabelledSentence {
  id: string;
  sentence?: string;
  excerpt?: string;
  marker?: boolean;
  repaired?: boolean;
  missed?: boolean;
  explored?: boolean;
  reaction?: boolean;
  reflected?: boolean;
  actions?: string[];
  /** An ending excerpt's body, and the words that show each action present in it (test/fixtures/ending-dev). */
  body?: string;
  present?: Record<string, string>;
  /** A progress note's body records the client's feedback on the session (test/fixtures/feedback-dev). */
  feedback?: boolean;
  why?: string;
}

export interface SentenceScore {
  sentences: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Ids of the items the rule read wrongly, with the kind of miss (and, for endings, the action). */
  misses: Array<{ id: string; kind: 'false-positive' | 'false-negative'; detail?: string }>;
}

interface SentenceSet {
  /** A file of test/fixtures/sentences, or, for a development set, a folder of test/fixtures holding JSON files. */
  file: string;
  /**
   * Written to be read while the rules are built (the repair excerpts), not blind to them: its floor guards against regressions,
   * its figure is no evidence of how unseen notes are read.
   */
  development?: boolean;
  rules: readonly string[];
  type: 'progress' | 'termination';
  /** Whether the rule should fire on the item. Absent for the ending set, which is scored per action. */
  fires?: (item: LabelledSentence) => boolean;
}

/**
 * The sets and what each measures. The marker sets ask whether an unrepaired marker is read; the repair set (a marker and what
 * the therapist did next) whether a repair is told from pressing on; the task and reaction sets whether a miss or a reaction is
 * read and its exploration or reflection found; the ending set, and the ending excerpts (whole termination bodies), whether each
 * of the eight ending actions is found; the feedback excerpts (whole progress-note bodies) whether the client's feedback on the
 * session is found.
 */
export const SENTENCE_SETS: readonly SentenceSet[] = [
  { file: 'withdrawal.json', rules: ['withdrawal-repair'], type: 'progress', fires: (x) => x.marker === true },
  { file: 'confrontation.json', rules: ['confrontation-repair'], type: 'progress', fires: (x) => x.marker === true },
  { file: 'repair.json', rules: ['withdrawal-repair', 'confrontation-repair'], type: 'progress', fires: (x) => x.repaired === false },
  { file: 'nonadherence.json', rules: ['nonadherence-explored'], type: 'progress', fires: (x) => x.missed === true && x.explored === false },
  { file: 'reaction.json', rules: ['therapist-reaction'], type: 'progress', fires: (x) => x.reaction === true && x.reflected === false },
  { file: 'ending.json', rules: ['termination-actions'], type: 'termination' },
  { file: 'repair-dev', rules: ['withdrawal-repair', 'confrontation-repair'], type: 'progress', fires: (x) => x.repaired === false, development: true },
  { file: 'ending-dev', rules: ['termination-actions'], type: 'termination', development: true },
  { file: 'feedback-dev', rules: ['feedback-recorded'], type: 'progress', fires: (x) => x.feedback === false, development: true },
];

/** Where a set lives, from the repository's root. */
export function sentenceSetPath(set: SentenceSet, root = '.'): string {
  return set.development ? join(root, 'test', 'fixtures', set.file) : join(root, 'test', 'fixtures', 'sentences', set.file);
}

/** The items of a set: one JSON file, or every JSON file of a folder in name order. */
function itemsOf(path: string): LabelledSentence[] {
  if (!statSync(path).isDirectory()) return JSON.parse(readFileSync(path, 'utf8')) as LabelledSentence[];
  return readdirSync(path)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(path, f), 'utf8')) as LabelledSentence[]);
}

const ENDING_ACTIONS = ['mutual-review', 'gains', 'pride', 'meaning-of-ending', 'future-coping', 'skills-beyond', 'ongoing-growth', 'post-therapy-growth'];


/** A short note of the given type holding the text, with a Plan that neither repairs nor follows up. */
export function sentenceNote(text: string, type = 'progress'): string {
  return `---\ntype: ${type}\nformat: free\nclient: C-5120\ndate: 2026-09-14\nsession: 6\n---\n\n${text}\n\n## Plan\n\n- Next session 21/9: sleep diary review.\n`;
}

function ratios(score: SentenceScore): SentenceScore {
  score.precision = score.tp + score.fp === 0 ? 1 : score.tp / (score.tp + score.fp);
  score.recall = score.tp + score.fn === 0 ? 1 : score.tp / (score.tp + score.fn);
  return score;
}

export function scoreSentences(path: string, set: SentenceSet, config = allRulesConfig()): SentenceScore {
  const list = itemsOf(path);
  const score: SentenceScore = { sentences: list.length, tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, misses: [] };
  for (const item of list) {
    const findings = lint(sentenceNote(item.sentence ?? item.excerpt ?? item.body ?? '', set.type), { config }).findings.filter((f) => set.rules.includes(f.ruleId));
    if (!set.fires) {
      // Endings: an action counts as found when the rule does not report it missing.
      const missing = new Set(findings.map((f) => String(f.detail)));
      for (const action of ENDING_ACTIONS) {
        const found = !missing.has(action);
        const present = item.actions?.includes(action) ?? (item.present !== undefined && action in item.present);
        if (found && present) score.tp++;
        else if (found) {
          score.fp++;
          score.misses.push({ id: item.id, kind: 'false-positive', detail: action });
        } else if (present) {
          score.fn++;
          score.misses.push({ id: item.id, kind: 'false-negative', detail: action });
        }
      }
      continue;
    }
    const fired = findings.length > 0;
    const expected = set.fires(item);
    if (fired && expected) score.tp++;
    else if (fired) {
      score.fp++;
      score.misses.push({ id: item.id, kind: 'false-positive' });
    } else if (expected) {
      score.fn++;
      score.misses.push({ id: item.id, kind: 'false-negative' });
    }
  }
  return ratios(score);
}
