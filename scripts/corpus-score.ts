// Scores findings against a hand-labelled corpus (labels.json), using the matching the corpus
// README describes: file and rule, plus the line (line-level rules) or the detail (note-level
// rules with a detail); feedback-recorded and client-context match on file and rule alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig, type ConfigHost } from '../src/core/config/resolve.js';
import { lint } from '../src/core/lint.js';
import { rules } from '../src/core/rules/index.js';
import type { Finding } from '../src/core/types.js';

export const SCORED_RULES = [
  'required-sections', 'required-fields', 'empty-section', 'plan-next-step', 'withdrawal-repair', 'confrontation-repair',
  'rupture-followup', 'nonadherence-explored', 'feedback-recorded', 'goals-collaborative', 'client-context',
  'therapist-reaction', 'termination-actions', 'judgmental-language', 'identifiers',
] as const;

const DETAIL_RULES = new Set(['required-sections', 'required-fields', 'termination-actions']);
const NOTE_RULES = new Set(['feedback-recorded', 'client-context']);

interface Expected {
  rule: string;
  line?: number;
  detail?: string;
}

interface LabelRecord {
  file: string;
  expected: Expected[];
}

export interface RuleScore {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Miss {
  file: string;
  rule: string;
  line?: number;
  detail?: string;
  kind: 'false-positive' | 'false-negative';
}

export interface CorpusScore {
  notes: number;
  rules: RuleScore[];
  total: RuleScore;
  misses: Miss[];
}

/** Where the development corpus lives: RAPPORT_CORPUS, or ../shared/corpus beside the clone. */
export function findCorpus(root = process.cwd()): string | null {
  const candidates = [process.env.RAPPORT_CORPUS, join(root, '..', 'shared', 'corpus')].filter(Boolean) as string[];
  return candidates.map((c) => resolve(c)).find((c) => existsSync(join(c, 'labels.json')) && existsSync(join(c, 'notes'))) ?? null;
}

/** Every rule on, as the corpus labels assume (`rapport:all`). */
export function allRulesConfig() {
  const host: ConfigHost = { readFile: (p) => (p === '/virtual/.rapportrc.json' ? '{"extends": "rapport:all"}' : undefined) };
  return loadConfig('/virtual/.rapportrc.json', host, rules);
}

function matches(finding: Finding, expected: Expected): boolean {
  if (finding.ruleId !== expected.rule) return false;
  if (NOTE_RULES.has(expected.rule)) return true;
  if (DETAIL_RULES.has(expected.rule)) return finding.detail === expected.detail;
  return finding.start.line === expected.line;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/** Every rule on, with the given learned-look options set in each rule that has them. */
function withOptions(values: Partial<Record<'learned' | 'learnedMarkers' | 'learnedTasks', boolean>>) {
  const config = allRulesConfig();
  const rules = Object.fromEntries(
    Object.entries(config.rules).map(([id, rule]) => {
      const options = rule.options as Record<string, unknown> | undefined;
      if (!options) return [id, rule];
      const set = Object.entries(values).filter(([name]) => name in options);
      return [id, set.length ? { ...rule, options: { ...options, ...Object.fromEntries(set) } } : rule];
    }),
  );
  return { ...config, rules } as typeof config;
}

/** Every rule on, the rupture rules told not to count markers the learned look read. */
export function withoutLearnedMarkersConfig() {
  return withOptions({ learnedMarkers: false });
}

/** Every rule on, nonadherence-explored told not to count tasks not done the learned look read. */
export function withoutLearnedTasksConfig() {
  return withOptions({ learnedTasks: false });
}

/** Every rule on, the learned look only withdrawing findings: neither the markers nor the tasks not done it reads count. */
export function lookOnlyWithdrawsConfig() {
  return withOptions({ learnedMarkers: false, learnedTasks: false });
}

/** Every rule on, none asking the learned second look (neither to withdraw a finding nor to find what a rule reports): phrases alone. */
export function phrasesOnlyConfig() {
  return withOptions({ learned: false, learnedMarkers: false, learnedTasks: false });
}

export function scoreCorpus(corpusDir: string, config = allRulesConfig()): CorpusScore {
  const labels = JSON.parse(readFileSync(join(corpusDir, 'labels.json'), 'utf8')) as LabelRecord[];
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(SCORED_RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const misses: Miss[] = [];
  const files = new Set(readdirSync(join(corpusDir, 'notes')));
  for (const record of labels) {
    if (!files.has(record.file)) continue;
    const text = readFileSync(join(corpusDir, 'notes', record.file), 'utf8');
    const findings = lint(text, { config, filePath: record.file }).findings.filter((f) => counts.has(f.ruleId));
    const unmatched = [...record.expected.filter((e) => counts.has(e.rule))];
    const matched: Expected[] = [];
    for (const finding of findings) {
      const i = unmatched.findIndex((e) => matches(finding, e));
      const count = counts.get(finding.ruleId)!;
      if (i >= 0) {
        count.tp++;
        matched.push(...unmatched.splice(i, 1));
      } else if (matched.some((e) => matches(finding, e))) {
        // A second finding where one already matched (two labels on one labelled line): the README's matching counts any finding
        // whose file, rule and line (or detail) match an expected one, so it is no false positive; nor is it a second true one.
        continue;
      } else {
        count.fp++;
        misses.push({ file: record.file, rule: finding.ruleId, line: finding.start.line, ...(finding.detail ? { detail: finding.detail } : {}), kind: 'false-positive' });
      }
    }
    for (const e of unmatched) {
      counts.get(e.rule)!.fn++;
      misses.push({ file: record.file, rule: e.rule, ...(e.line ? { line: e.line } : {}), ...(e.detail ? { detail: e.detail } : {}), kind: 'false-negative' });
    }
  }
  return scoreOf(labels.length, counts, misses);
}

function scoreOf(notes: number, counts: Map<string, { tp: number; fp: number; fn: number }>, misses: Miss[]): CorpusScore {
  const ruleScores = [...counts].map(([rule, c]) => ({ rule, ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }));
  const sum = ruleScores.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    notes,
    rules: ruleScores,
    total: { rule: 'all scored rules', ...sum, precision: ratio(sum.tp, sum.tp + sum.fp), recall: ratio(sum.tp, sum.tp + sum.fn) },
    misses,
  };
}

/** Several sets scored as one: each rule's counts added up, precision and recall computed from the sums. */
export function combinedScore(scores: readonly CorpusScore[]): CorpusScore {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(SCORED_RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  for (const score of scores) {
    for (const r of score.rules) {
      const c = counts.get(r.rule)!;
      c.tp += r.tp;
      c.fp += r.fp;
      c.fn += r.fn;
    }
  }
  return scoreOf(scores.reduce((n, s) => n + s.notes, 0), counts, scores.flatMap((s) => s.misses));
}

export function formatScoreTable(score: CorpusScore, registered: Set<string>): string {
  const rows = [['rule', 'TP', 'FP', 'FN', 'precision', 'recall'], ...score.rules.map((r) => [
    registered.has(r.rule) ? r.rule : `${r.rule} (not built)`, String(r.tp), String(r.fp), String(r.fn), r.precision.toFixed(2), r.recall.toFixed(2),
  ]), [score.total.rule, String(score.total.tp), String(score.total.fp), String(score.total.fn), score.total.precision.toFixed(2), score.total.recall.toFixed(2)]];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => `| ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`).join('\n');
}
