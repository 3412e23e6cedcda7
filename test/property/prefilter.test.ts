// The phrase index's prefilter only skips work: it skips a pattern on a sentence that lacks a literal
// the pattern needs (its required literals, checked by their character grams), and may never skip a
// pattern on a sentence it matches. Checked on the real lexicons over the development fixtures'
// sentences (never the blind sets) and random sentences.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { BUILT_IN_LEXICON } from '../../src/core/cues/index.js';
import { compileEntry } from '../../src/core/cues/lexicon.js';
import { MATCH_END, PhraseIndex, type PhrasePattern } from '../../src/core/match/phrase-index.js';
import { requiredLiterals, topLevelAlternatives } from '../../src/core/match/prefixes.js';
import { parseNote } from '../../src/core/parse/note.js';
import { JUDGMENTAL_LABELS } from '../../src/core/rules/language/judgmental-lexicon.js';
import { MEASUREMENT_ONLY } from '../../scripts/note-sets.js';

const SEED = 20261126;
const RUNS = Number(process.env.RAPPORT_PROPERTY_RUNS ?? 150);
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
// Sets still measurement only are scored, never read: their sentences stay out of every test but the scoring (scripts/note-sets.ts).

/** Sentences of the development fixtures, as the cue layer matches them (double quotes blanked, curly apostrophes straight). */
function fixtureSentences(limit: number): string[] {
  const out: string[] = [];
  for (const set of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, set, 'notes');
    if (MEASUREMENT_ONLY.has(set) || !existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.md')) continue;
      for (const sentence of parseNote(readFileSync(join(dir, file), 'utf8')).sentences) {
        out.push(sentence.text, sentence.text.replace(/["“”„]/g, ' ').replace(/[‘’]/g, "'"));
      }
    }
  }
  // An even spread over the sets, not just the first ones.
  const step = Math.max(1, Math.floor(out.length / limit));
  return out.filter((_, i) => i % step === 0);
}

const SENTENCES = fixtureSentences(1500);

const cuePatterns: PhrasePattern[] = BUILT_IN_LEXICON.map((entry) => compileEntry(entry).phrase);
const labelPatterns: PhrasePattern[] = JUDGMENTAL_LABELS.flatMap((entry) => entry.forms.map((form) => ({ source: form.pattern, flags: 'giu' })));

function anywhere(pattern: PhrasePattern): RegExp {
  return new RegExp(`(?:${pattern.source})`, pattern.flags.replace('g', ''));
}

/** For every pattern and text: wherever the pattern matches in the text, the index lets it be tried there. */
function assertNeverSkipsAMatch(patterns: readonly PhrasePattern[], texts: readonly string[]): number {
  const index = new PhraseIndex(patterns);
  const regexes = patterns.map((pattern) => new RegExp(`(?:${pattern.source})`, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`));
  let checked = 0;
  for (const text of texts) {
    regexes.forEach((regex, i) => {
      // Every start a scan finds (a match is not tried where no literal it needs lies ahead).
      for (const m of text.matchAll(regex)) {
        checked++;
        assert.ok(index.mayTry(text, i, m.index), `pattern ${i} matches a sentence at ${m.index} but would be skipped there`);
      }
    });
  }
  return checked;
}

// Words of the lexicons, their neighbours, and letters a case-insensitive match folds (the long s, the Kelvin sign).
const WORDS = [
  'I', 'T', 'no', 'not', 'said', 'says', 'felt', 'reported', 'she', 'he', 'went', 'quiet', 'when', 'asked', 'about', 're:', 'w/', 'the',
  'session', 'was', 'helpful', 'homework', 'HW', "didn't", 'did', 'not', 'do', 'agreed', 'together', 'goals', 'me', 'you', 'therapy',
  'pointless', 'waste', 'of', 'time', 'minimal', 'response', 'responses', 'history', 'previously', 'if', 'will', 'last', 'week', 'ſaid',
  'ſession', 'wee\u212A', 'İf', 'ıf', 'café', '“', '”', '"', "'", '’', ',', '.', ';', ':', '-', '(', ')', '\n', '\t',
];
const randomSentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 24 }).map((words) => words.join(' '));

describe('phrase index prefilter', () => {
  it('reads the literals a pattern needs, as clauses', () => {
    assert.deepEqual(requiredLiterals(String.raw`minimal(?:ly)?\s+(?:verbal\s+)?respon(?:se|ses|sive|ding)`), [['minimal'], ['respon'], ['se', 'ses', 'sive', 'ding']]);
    // A clause every alternative needs stays whole; otherwise one clause from each alternative, together.
    assert.deepEqual(requiredLiterals(String.raw`(?:said|told)\s+x+\s+pointless|(?:argued)\s+pointless`), [['pointless']]);
    assert.deepEqual(requiredLiterals(String.raw`said\s+no|argued\s+not`), [['said', 'argued']]);
    // Optional parts, classes of several letters, lookarounds and unknown escapes need nothing.
    assert.deepEqual(requiredLiterals(String.raw`(?:the\s+)?normali[sz]ed(?=\s+it)`), [['normali'], ['ed']]);
    assert.deepEqual(requiredLiterals(String.raw`[Tt]herapist`), [['therapist']]);
    assert.deepEqual(requiredLiterals(String.raw`caf\u00e9`), []);
    assert.deepEqual(requiredLiterals(String.raw`(?i:abc)`), []);
    assert.deepEqual(requiredLiterals(String.raw`(a)\1`), []);
    // What the index keeps: no one-letter literals, nothing the prefix already says.
    assert.deepEqual(PhraseIndex.requirement({ source: String.raw`said\s+(?:it\s+was\s+)?pointless`, flags: 'giu' }), [['pointless']]);
    assert.equal(PhraseIndex.requirement({ source: String.raw`said\s+a`, flags: 'giu' }), null);
  });

  it('reads the top-level alternatives of a pattern, inside a group that wraps it whole', () => {
    assert.deepEqual(topLevelAlternatives(String.raw`said\s+(?:it|that)\s+helped|felt\s+[|(]better`), [String.raw`said\s+(?:it|that)\s+helped`, String.raw`felt\s+[|(]better`]);
    assert.deepEqual(topLevelAlternatives(String.raw`(?:a\||b)`), [String.raw`a\|`, 'b']);
    assert.deepEqual(topLevelAlternatives(String.raw`(?:a|b)(?:c|d)`), [String.raw`(?:a|b)(?:c|d)`]);
    assert.deepEqual(topLevelAlternatives('plain words'), ['plain words']);
  });

  it('never skips a cue pattern on a fixture sentence it matches', function () {
    this.timeout(120000);
    assert.ok(SENTENCES.length > 1000, 'the development fixtures are there');
    assert.ok(assertNeverSkipsAMatch(cuePatterns, SENTENCES) > 200);
  });

  it('never skips a stigmatizing-label pattern on a fixture sentence it matches', function () {
    this.timeout(120000);
    assert.ok(assertNeverSkipsAMatch(labelPatterns, SENTENCES) > 10);
  });

  it('never skips a cue pattern on a random sentence it matches (case folding included)', () => {
    const index = new PhraseIndex(cuePatterns);
    const regexes = cuePatterns.map(anywhere);
    fc.assert(
      fc.property(randomSentence, (text) => {
        regexes.forEach((regex, i) => {
          const m = regex.exec(text);
          if (m) assert.ok(index.mayTry(text, i, m.index), `pattern ${i} at ${m.index}`);
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('finds exactly what scanning finds on fixture sentences', function () {
    this.timeout(120000);
    const index = new PhraseIndex(cuePatterns);
    const scans = cuePatterns.map((p) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${p.source})${MATCH_END}`, `${p.flags.replace('g', '')}g`));
    for (const text of SENTENCES.filter((_, i) => i % 3 === 0)) {
      const scanned: string[] = [];
      scans.forEach((regex, i) => {
        for (const m of text.matchAll(regex)) if (m[0].length > 0) scanned.push(`${i}:${m.index}-${m.index + m[0].length}`);
      });
      assert.deepEqual(index.matches(text).map((m) => `${m.pattern}:${m.from}-${m.to}`), scanned);
    }
  });
});
