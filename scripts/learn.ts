// npm run learn: trains the learned second look (src/core/cues/learned.ts) from the project's own labelled
// development sets, and writes src/core/cues/learned-model.ts. `npm run learn -- --check` only says
// whether the written model is the one the sets give (a test runs it); `npm run learn -- --held-out` judges
// the look rule by rule on sets it did not learn from (see heldOut below).
//
// For each kind of phrase below, a logistic regression over a sentence's words and word pairs (and its
// template section) learns which sentences hold a labelled phrase of that kind. The hand labels name
// the exact words ("phenomena"), so no one reads the notes to write a wording down. Not learned from:
// the shared corpus (the bar is measured on it, and nothing is fitted to its sentences) and the blind
// sets still measurement only. The threshold of each kind is set by cross-validation across note sets,
// each fold holding out whole sets, as a set of notes by an unseen clinician would be: the lowest score
// at which the held-out sentences it accepts were right at least PRECISION of the time.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNote, templateSectionAt } from '../src/core/parse/note.js';
import { featuresOf } from '../src/core/cues/learned-features.js';
import { LEARNED_KINDS, type LearnedKind } from '../src/core/cues/learned-kinds.js';
import { OWN_SETS } from './note-sets.js';
import { allRulesConfig, combinedScore, lookOnlyWithdrawsConfig, phrasesOnlyConfig, scoreCorpus, withoutLearnedTasksConfig, type CorpusScore } from './corpus-score.js';
import { withLearnedModel, type LearnedModel } from '../src/core/cues/learned.js';

const OUT = join('src', 'core', 'cues', 'learned-model.ts');
const PRECISION = 0.93;
const FOLDS = 5;
const EPOCHS = 6;
const L2 = 1e-5;
// Sentences holding a phrase are few (one in forty): each counts this many times.
const POSITIVE_WEIGHT = 4;
// Words seen fewer times than this across the sets are left out (names, one clinician's idiom).
const MIN_COUNT = 3;
// Weights smaller than this are dropped after training (the thresholds are set on the model without them): they
// seldom change a decision and would make the model four times longer.
const MIN_WEIGHT = 0.25;

interface Example {
  set: number;
  features: string[];
  kinds: Set<string>;
}

interface Phenomenon {
  kind: string;
  line: number;
  text: string;
}

function examplesOf(): { examples: Example[]; sets: string[] } {
  const sets = OWN_SETS.filter((s) => !s.measurementOnly && existsSync(join('test', 'fixtures', s.name, 'labels.json'))).map((s) => s.name);
  const examples: Example[] = [];
  for (const [index, set] of sets.entries()) {
    const labels = JSON.parse(readFileSync(join('test', 'fixtures', set, 'labels.json'), 'utf8')) as Array<{ file: string; phenomena?: Phenomenon[] }>;
    for (const record of labels) {
      const path = join('test', 'fixtures', set, 'notes', record.file);
      if (!existsSync(path)) continue;
      const text = readFileSync(path, 'utf8');
      const note = parseNote(text);
      // Where each labelled phrase sits in the source.
      const marks: Array<[number, number, string]> = [];
      for (const p of record.phenomena ?? []) {
        if (p.line < 1 || p.line > note.lines.lineCount) continue;
        const { start, end } = note.lines.lineSpan(p.line);
        const at = text.slice(start, end).indexOf(p.text);
        if (at >= 0) marks.push([start + at, start + at + p.text.length, p.kind]);
      }
      for (const sentence of note.sentences) {
        if (sentence.block.kind === 'heading') continue;
        const kinds = new Set<string>();
        for (const [from, to, kind] of marks) if (sentence.span.start < to && from < sentence.span.end) kinds.add(kind);
        // A task adjusted answers a task not done as much as what got in the way explored: nonadherence-explored asks for either.
        if (kinds.has('task-adjusted')) kinds.add('nonadherence-explored');
        examples.push({ set: index, features: featuresOf(sentence.text, templateSectionAt(note, sentence.span.start)?.name ?? null), kinds });
      }
    }
  }
  // Sentences written to teach the look the 3RS markers in the many wordings the note sets seldom hold (test/fixtures/sentences-train):
  // each file is a set of its own for the folds. Their section is left out: they stand alone, and a note's sentence without a
  // template section is not thereby more likely a marker.
  const trainDir = join('test', 'fixtures', 'sentences-train');
  for (const file of existsSync(trainDir) ? readdirSync(trainDir).filter((f) => f.endsWith('.json')).sort() : []) {
    const kind = file.startsWith('withdrawal') ? 'withdrawal-marker' : file.startsWith('confrontation') ? 'confrontation-marker' : null;
    if (kind === null) continue;
    const index = sets.length;
    sets.push(`sentences-train/${file}`);
    for (const item of JSON.parse(readFileSync(join(trainDir, file), 'utf8')) as Array<{ sentence: string; marker: boolean }>) {
      const features = featuresOf(item.sentence, null).filter((f) => !f.startsWith('§'));
      examples.push({ set: index, features, kinds: new Set(item.marker ? [kind] : []) });
    }
  }
  return { examples, sets };
}

interface Model {
  bias: number;
  weights: Map<string, number>;
}

/** Stochastic gradient descent in the examples' fixed order, so the same sets always give the same model. */
function train(examples: readonly Example[], kind: string, vocabulary: ReadonlySet<string>): Model {
  const weights = new Map<string, number>();
  let bias = -3;
  let rate = 0.2;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const ex of examples) {
      const y = ex.kinds.has(kind) ? 1 : 0;
      let z = bias;
      for (const f of ex.features) z += weights.get(f) ?? 0;
      const gradient = (1 / (1 + Math.exp(-z)) - y) * (y ? POSITIVE_WEIGHT : 1);
      bias -= rate * gradient;
      for (const f of ex.features) {
        if (!vocabulary.has(f)) continue;
        const w = weights.get(f) ?? 0;
        weights.set(f, w - rate * (gradient + L2 * w));
      }
    }
    rate *= 0.6;
  }
  for (const [f, w] of weights) if (Math.abs(w) < MIN_WEIGHT) weights.delete(f);
  return { bias, weights };
}

function probability(model: Model, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

function vocabularyOf(examples: readonly Example[]): Set<string> {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f));
}

const GRID = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99];

/** The lowest threshold at which held-out sets' accepted sentences are right at least PRECISION of the time, and what it gave. */
function crossValidatedThreshold(examples: readonly Example[], kind: string): { threshold: number; precision: number; recall: number } {
  const scored: Array<[number, boolean]> = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = examples.filter((e) => e.set % FOLDS !== fold);
    const model = train(training, kind, vocabularyOf(training));
    for (const e of examples) if (e.set % FOLDS === fold) scored.push([probability(model, e.features), e.kinds.has(kind)]);
  }
  const positives = scored.filter(([, y]) => y).length;
  for (const threshold of GRID) {
    const accepted = scored.filter(([p]) => p >= threshold);
    const right = accepted.filter(([, y]) => y).length;
    const precision = right / Math.max(1, accepted.length);
    if (precision >= PRECISION) return { threshold, precision, recall: right / Math.max(1, positives) };
  }
  return { threshold: 1.01, precision: 1, recall: 0 };
}

function round(n: number): string {
  return (Math.round(n * 1000) / 1000).toString();
}

interface Learned {
  kind: LearnedKind;
  model: Model;
  threshold: number;
  precision: number;
  recall: number;
}

/** Each kind's model and its cross-validated threshold, learned from these examples. */
function learn(examples: readonly Example[]): Learned[] {
  const vocabulary = vocabularyOf(examples);
  return LEARNED_KINDS.map((kind) => ({ kind, model: train(examples, kind, vocabulary), ...crossValidatedThreshold(examples, kind) }));
}

/** "feature weight" lines, sorted, as the model file holds them. */
function weightsText(model: Model): string {
  return [...model.weights]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([f, w]) => `${f}\t${round(w)}`)
    .join('\n');
}

function render(models: readonly Learned[], sets: readonly string[]): string {
  const lines = [
    '// Generated by `npm run learn` (scripts/learn.ts) from the labelled development sets; do not edit by hand.',
    `// Learned from ${sets.length} sets: ${sets.join(', ')}.`,
    '// Per kind: the bias, the threshold, and "feature weight" pairs, one per line.',
    '// The cross-validated precision and recall (held-out sets, one sentence at a time) are given beside each kind.',
    "import type { LearnedKind } from './learned-kinds.js';",
    '',
    'export const LEARNED_MODEL: Record<LearnedKind, { bias: number; threshold: number; weights: string }> = {',
  ];
  for (const { kind, model, threshold, precision, recall } of models) {
    lines.push(`  // ${kind}: held-out precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} at ${threshold}`);
    lines.push(`  '${kind}': { bias: ${round(model.bias)}, threshold: ${threshold}, weights: ${JSON.stringify(weightsText(model))} },`);
  }
  lines.push('};', '');
  return lines.join('\n');
}

type Counts = { truePositives: number; falsePositives: number };

/** Per rule, how many more true and false findings `after` made than `before`, added into `into`. */
function addDifference(into: Map<string, Counts>, before: CorpusScore['rules'], after: CorpusScore['rules']): void {
  for (const b of before) {
    const a = after.find((r) => r.rule === b.rule)!;
    const c = into.get(b.rule) ?? { truePositives: 0, falsePositives: 0 };
    c.truePositives += a.tp - b.tp;
    c.falsePositives += a.fp - b.fp;
    into.set(b.rule, c);
  }
}

/**
 * `npm run learn -- --held-out`: the learned look judged rule by rule on sets it did not learn from. Each fifth of the sets is linted
 * with a model learned from the other four fifths: with phrases alone, with the look only withdrawing findings, with the rupture rules
 * also counting the markers it reads (`learnedMarkers`), and as shipped, nonadherence-explored also counting the tasks not done it reads
 * (`learnedTasks`). Per rule, how many true and false findings the look withdrew, and how many the markers and the tasks it read added. Run it before a new kind is added to LEARNED_KINDS or an option's default changes: it shows
 * the change's worth without spending a blind set. (Sets whose phrases were fitted to them leave a finder of markers little to find,
 * so what it adds here is a floor, not an estimate.) It ends with the look as shipped scored on those sets together, and with
 * `--misses` lists where it erred on each (the development sets' misses a new reading can be drawn from without reading a blind set).
 */
function heldOut(examples: readonly Example[], sets: readonly string[], misses: boolean): void {
  const asShipped: CorpusScore[] = [];
  const withdrawn = new Map<string, Counts>();
  const addedByMarkers = new Map<string, Counts>();
  const addedByTasks = new Map<string, Counts>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = Object.fromEntries(
      learn(examples.filter((e) => e.set % FOLDS !== fold)).map((l) => [l.kind, { bias: l.model.bias, threshold: l.threshold, weights: weightsText(l.model) }]),
    ) as LearnedModel;
    for (const [index, set] of sets.entries()) {
      if (index % FOLDS !== fold || set.startsWith('sentences-train/')) continue;
      const dir = join('test', 'fixtures', set);
      const phrases = scoreCorpus(dir, phrasesOnlyConfig()).rules;
      const [look, markers, shipped] = withLearnedModel(model, () => [lookOnlyWithdrawsConfig(), withoutLearnedTasksConfig(), allRulesConfig()].map((config) => scoreCorpus(dir, config)));
      addDifference(withdrawn, phrases, look!.rules);
      addDifference(addedByMarkers, look!.rules, markers!.rules);
      addDifference(addedByTasks, markers!.rules, shipped!.rules);
      asShipped.push(shipped!);
      // Where the look as shipped still errs on a set it did not learn from: a development set's misses, which may be read. File, rule
      // and line only, never note text, as `npm run eval -- --misses` prints them.
      if (misses) for (const m of shipped!.misses) console.log(`  ${set} ${m.kind} ${m.rule} ${m.file}${m.line ? `:${m.line}` : ''}${m.detail ? ` (${m.detail})` : ''}`);
    }
  }
  const total = combinedScore(asShipped).total;
  console.log(`As shipped, on sets it did not learn from: precision ${total.precision.toFixed(3)}, recall ${total.recall.toFixed(3)} (${total.tp} true, ${total.fp} false, ${total.fn} missed)`);
  console.log('Findings the learned look withdrew on sets it did not learn from:');
  for (const [rule, c] of withdrawn) if (c.truePositives || c.falsePositives) console.log(`${rule}: ${-c.falsePositives} false, ${-c.truePositives} true`);
  console.log('Findings the markers it read (learnedMarkers) added there:');
  for (const [rule, c] of addedByMarkers) if (c.truePositives || c.falsePositives) console.log(`${rule}: ${c.truePositives} true, ${c.falsePositives} false`);
  console.log('Findings the tasks not done it read (learnedTasks) added there:');
  for (const [rule, c] of addedByTasks) if (c.truePositives || c.falsePositives) console.log(`${rule}: ${c.truePositives} true, ${c.falsePositives} false`);
}

const { examples, sets } = examplesOf();
if (process.argv.includes('--held-out')) {
  heldOut(examples, sets, process.argv.includes('--misses'));
  process.exit(0);
}
const models = learn(examples);
const text = render(models, sets);
if (process.argv.includes('--check')) {
  const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === text;
  console.log(same ? `${OUT} is the model the sets give.` : `${OUT} is not the model the sets give: run npm run learn.`);
  process.exit(same ? 0 : 1);
}
writeFileSync(OUT, text);
for (const m of models) console.log(`${m.kind}: threshold ${m.threshold}, held-out precision ${m.precision.toFixed(2)}, recall ${m.recall.toFixed(2)}`);
console.log(`wrote ${OUT} (${(text.length / 1024).toFixed(0)} KB) from ${examples.length} sentences in ${sets.length} sets`);
