// The ConText layer runs a word-led trigger only where one of its first words starts a word of the
// sentence (match/word-starts.ts). It may never skip a trigger on a sentence the trigger matches:
// checked on the real triggers over the development fixtures' sentences (never the blind sets) and
// random sentences.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { WORD_LED_PATTERNS } from '../../src/core/cues/context.js';
import { WordStarts } from '../../src/core/match/word-starts.js';
import { parseNote } from '../../src/core/parse/note.js';
import { MEASUREMENT_ONLY } from '../../scripts/note-sets.js';

const SEED = 20261126;
const RUNS = Number(process.env.RAPPORT_PROPERTY_RUNS ?? 150);
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
// Sets still measurement only are scored, never read: their sentences stay out of every test but the scoring (scripts/note-sets.ts).

function fixtureSentences(): string[] {
  const out: string[] = [];
  for (const set of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, set, 'notes');
    if (MEASUREMENT_ONLY.has(set) || !existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) if (file.endsWith('.md')) for (const sentence of parseNote(readFileSync(join(dir, file), 'utf8')).sentences) out.push(sentence.text);
  }
  return out;
}

const WORDS = ['no', 'not', 'never', 'NOT', 'seen', 'history', 'of', 'if', 'will', 'last', 'week', 'in', '2019', 'may', 'be', 'café', 'x_no', 'ſo', 'ıf', '"', "'", ',', '.', ';', '-', '\n', '\t'];
const randomSentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 24 }).map((words) => words.join(' '));

describe('ConText word-start filter', () => {
  it('never skips a ConText trigger on a sentence it matches', () => {
    const { patterns, starts } = WORD_LED_PATTERNS;
    const check = (text: string): void => {
      starts.read(text);
      patterns.forEach((pattern, i) => {
        const anywhere = new RegExp(pattern.source, pattern.flags.replace('g', ''));
        if (anywhere.test(text)) assert.ok(starts.mayMatch(i), `trigger ${i} matches a sentence but would be skipped`);
      });
    };
    for (const text of fixtureSentences()) check(text);
    fc.assert(fc.property(randomSentence, check), { seed: SEED, numRuns: RUNS });
  });

  it('reads word starts as `\\b` does without the u flag', () => {
    const starts = new WordStarts([String.raw`(?:no|not\s+seen|in\s+(?:19|20)\d\d)\b`, String.raw`[^a]bc`]);
    const mayMatch = (text: string, i: number): boolean => (starts.read(text), starts.mayMatch(i));
    // "no" after a letter outside ASCII starts a word for `\b`; after an underscore it does not.
    assert.equal(mayMatch('caféno', 0), true);
    assert.equal(mayMatch('x_no', 0), false);
    assert.equal(mayMatch('NOT  \t seen', 0), true);
    assert.equal(mayMatch('know', 0), false);
    assert.equal(mayMatch('in 2019', 0), true);
    // A pattern whose start is unknown always runs.
    assert.equal(mayMatch('zzz', 1), true);
  });
});
