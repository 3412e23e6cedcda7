// npm run eval: precision and recall per rule on the development corpus and on the project's own
// labelled notes. Prints file names, rule ids and line numbers of misses, never note text.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../src/core/rules/index.js';
import { allRulesConfig, combinedScore, findCorpus, formatScoreTable, phrasesOnlyConfig, scoreCorpus, withoutLearnedMarkersConfig, withoutLearnedTasksConfig, type CorpusScore } from './corpus-score.js';
import { OWN_SETS } from './note-sets.js';
import { scoreSentences, sentenceSetPath, SENTENCE_SETS } from './sentence-score.js';

const registered = new Set(rules.map((r) => r.meta.id));
const ownSet = (name: string): string | null => (existsSync(join('test', 'fixtures', name, 'labels.json')) ? join('test', 'fixtures', name) : null);
const verbose = process.argv.includes('--misses');
// --phrases-only: the rules without the learned second look, to see what it adds. --no-learned-markers: without the rupture markers
// it reads, to see what they add. --no-learned-tasks: the same for the tasks not done it reads.
const flag = (name: string): boolean => process.argv.includes(name);
const config = flag('--phrases-only') ? phrasesOnlyConfig() : flag('--no-learned-markers') ? withoutLearnedMarkersConfig() : flag('--no-learned-tasks') ? withoutLearnedTasksConfig() : allRulesConfig();
// A blind set's misses stay unprinted while it is measurement only: reading them would fit the rules to it.
const sets: Array<[string, string | null, boolean]> = [
  ['development corpus (../shared/corpus)', findCorpus(), false],
  ...OWN_SETS.map((set): [string, string | null, boolean] => [set.title, ownSet(set.name), set.measurementOnly]),
];
const blindScores: Array<[string, CorpusScore]> = [];
for (const [name, dir, blind] of sets) {
  if (!dir) {
    console.log(`${name}: not found${name.includes('shared') ? ' (set RAPPORT_CORPUS to its folder)' : ''}\n`);
    continue;
  }
  const started = performance.now();
  const score = scoreCorpus(dir, config);
  const ms = performance.now() - started;
  console.log(`${name}: ${score.notes} notes, linted and scored in ${ms.toFixed(0)} ms\n`);
  console.log(formatScoreTable(score, registered));
  if (blind) blindScores.push([name.replace(/^project's blind set (\S+),.*$/, '$1'), score]);
  if (verbose && !blind) for (const m of score.misses) console.log(`  ${m.kind} ${m.rule} ${m.file}${m.line ? `:${m.line}` : ''}${m.detail ? ` (${m.detail})` : ''}`);
  console.log('');
}

// The sets still measurement only, together: the project's estimate for notes by clinicians it has not seen (README, Accuracy).
if (blindScores.length > 1) {
  const together = combinedScore(blindScores.map(([, score]) => score));
  console.log(`measurement-only sets together (${blindScores.map(([name]) => name).join(', ')}): ${together.notes} notes\n`);
  console.log(formatScoreTable(together, registered));
  console.log('');
}

// The sentence sets: one rupture rule each, on single sentences in many clinicians' wordings.
for (const set of SENTENCE_SETS) {
  const path = sentenceSetPath(set);
  if (!existsSync(path)) continue;
  const s = scoreSentences(path, set, config);
  const what = set.fires ? `${set.rules.join(' or ')} fires` : 'ending actions found';
  console.log(`${set.development ? 'development excerpts' : 'sentence set'} ${path} (${what}): ${s.sentences} items, TP ${s.tp}, FP ${s.fp}, FN ${s.fn}, precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)}`);
  if (verbose) for (const m of s.misses) console.log(`  ${m.kind} ${m.id}${m.detail ? ` (${m.detail})` : ''}`);
}
