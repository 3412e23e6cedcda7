// npm run eval: precision and recall per rule on the development corpus and on the project's own
// labelled notes. Prints file names, rule ids and line numbers of misses, never note text.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../src/core/rules/index.js';
import { findCorpus, formatScoreTable, scoreCorpus } from './corpus-score.js';
import { scoreSentences, SENTENCE_SETS } from './sentence-score.js';

const registered = new Set(rules.map((r) => r.meta.id));
const ownSet = (name: string): string | null => (existsSync(join('test', 'fixtures', name, 'labels.json')) ? join('test', 'fixtures', name) : null);
const verbose = process.argv.includes('--misses');
const sets: Array<[string, string | null]> = [
  ['development corpus (../shared/corpus)', findCorpus()],
  ["project's labelled notes, second development set (test/fixtures/labelled)", ownSet('labelled')],
  ["project's first blind set, examined since 2026-11-26, now a development set (test/fixtures/heldout)", ownSet('heldout')],
  ["project's fourth development set, written blind to the rules and read since (test/fixtures/dev4)", ownSet('dev4')],
  ["project's fifth development set, confrontation and goals (test/fixtures/dev5)", ownSet('dev5')],
  ["project's second blind set, examined since 2026-11-26 (third session), now a development set (test/fixtures/blind2)", ownSet('blind2')],
  ["project's third blind set, examined since 2026-11-26 (third session), now a development set (test/fixtures/blind3)", ownSet('blind3')],
  ["project's blind set blind4, examined since 2026-11-26 (third session), now a development set (test/fixtures/blind4)", ownSet('blind4')],
  ["project's blind set blind5, examined since 2026-11-26 (third session), now a development set (test/fixtures/blind5)", ownSet('blind5')],
  ["project's blind set blind6, examined since 2026-11-26 (third session), now a development set (test/fixtures/blind6)", ownSet('blind6')],
  ["project's blind set blind7, examined since 2026-11-26 (third session), now a development set (test/fixtures/blind7)", ownSet('blind7')],
  ["project's blind set blind8, examined since 2026-11-26 (third session), now a development set (test/fixtures/blind8)", ownSet('blind8')],
  ["project's blind set blind9, examined since 2026-11-26 (third session), now a development set (test/fixtures/blind9)", ownSet('blind9')],
  ["project's blind set blind10, examined since 2026-11-26 (fourth session), now a development set (test/fixtures/blind10)", ownSet('blind10')],
  ["project's blind set blind11, examined since 2026-11-26 (fourth session), now a development set (test/fixtures/blind11)", ownSet('blind11')],
  ["project's blind set blind12, examined since 2026-11-26 (fourth session), now a development set (test/fixtures/blind12)", ownSet('blind12')],
  ["project's blind set blind13, examined since 2026-11-26 (fourth session), now a development set (test/fixtures/blind13)", ownSet('blind13')],
  ["project's blind set blind14, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind14)", ownSet('blind14')],
  ["project's blind set blind15, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind15)", ownSet('blind15')],
  ["project's blind set blind16, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind16)", ownSet('blind16')],
  ["project's blind set blind17, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind17)", ownSet('blind17')],
  ["project's blind set blind18, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind18)", ownSet('blind18')],
  ["project's blind set blind19, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind19)", ownSet('blind19')],
  ["project's blind set blind20, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind20)", ownSet('blind20')],
  ["project's blind set blind21, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind21)", ownSet('blind21')],
  ["project's blind set blind22, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind22)", ownSet('blind22')],
  ["project's blind set blind23, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind23)", ownSet('blind23')],
  ["project's blind set blind24, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind24)", ownSet('blind24')],
  ["project's blind set blind25, examined since 2026-11-26 (fifth session), now a development set (test/fixtures/blind25)", ownSet('blind25')],
  ["project's blind set blind26, examined since 2026-11-26 (sixth session), now a development set (test/fixtures/blind26)", ownSet('blind26')],
  ["project's blind set blind27, examined since 2026-11-26 (sixth session), now a development set (test/fixtures/blind27)", ownSet('blind27')],
  ["project's blind set blind28, examined since 2026-11-26 (sixth session), now a development set (test/fixtures/blind28)", ownSet('blind28')],
  ["project's blind set blind29, examined since 2026-11-26 (sixth session), now a development set (test/fixtures/blind29)", ownSet('blind29')],
  ["project's blind set blind30, examined since 2026-11-26 (sixth session), now a development set (test/fixtures/blind30)", ownSet('blind30')],
  ["project's blind set blind31, examined since 2026-11-26 (sixth session), now a development set (test/fixtures/blind31)", ownSet('blind31')],
  ["project's blind set blind32, examined since 2026-11-26 (sixth session), now a development set (test/fixtures/blind32)", ownSet('blind32')],
  ["project's blind set blind33, examined since 2026-11-26 (sixth session), now a development set (test/fixtures/blind33)", ownSet('blind33')],
  ["project's blind set blind34, examined since 2026-11-26 (seventh session), now a development set (test/fixtures/blind34)", ownSet('blind34')],
  ["project's blind set blind35, examined since 2026-11-26 (seventh session), now a development set (test/fixtures/blind35)", ownSet('blind35')],
];
for (const [name, dir] of sets) {
  if (!dir) {
    console.log(`${name}: not found${name.includes('shared') ? ' (set RAPPORT_CORPUS to its folder)' : ''}\n`);
    continue;
  }
  const started = performance.now();
  const score = scoreCorpus(dir);
  const ms = performance.now() - started;
  console.log(`${name}: ${score.notes} notes, linted and scored in ${ms.toFixed(0)} ms\n`);
  console.log(formatScoreTable(score, registered));
  if (verbose) for (const m of score.misses) console.log(`  ${m.kind} ${m.rule} ${m.file}${m.line ? `:${m.line}` : ''}${m.detail ? ` (${m.detail})` : ''}`);
  console.log('');
}

// The sentence sets: one rupture rule each, on single sentences in many clinicians' wordings.
for (const set of SENTENCE_SETS) {
  const path = join('test', 'fixtures', 'sentences', set.file);
  if (!existsSync(path)) continue;
  const s = scoreSentences(path, set);
  const what = set.fires ? `${set.rules.join(' or ')} fires` : 'ending actions found';
  console.log(`sentence set ${path} (${what}): ${s.sentences} items, TP ${s.tp}, FP ${s.fp}, FN ${s.fn}, precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)}`);
  if (verbose) for (const m of s.misses) console.log(`  ${m.kind} ${m.id}${m.detail ? ` (${m.detail})` : ''}`);
}
