// The phrase index only skips work: for any sentence, it finds exactly the matches that scanning the
// sentence with each pattern (and its leading word boundary) finds, in the same order. Checked on
// the real lexicons (cues and stigmatizing labels) and on random patterns of the lexicon dialect.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BUILT_IN_LEXICON } from '../../src/core/cues/index.js';
import { compileEntry } from '../../src/core/cues/lexicon.js';
import { matchPrefixes } from '../../src/core/match/prefixes.js';
import { MATCH_END, PhraseIndex, type PhrasePattern } from '../../src/core/match/phrase-index.js';

const SEED = 20261126;
const RUNS = Number(process.env.RAPPORT_PROPERTY_RUNS ?? 150);

/** The reference: each pattern scanned across the text with a look-behind word boundary, ending as every match ends. */
function scanned(patterns: readonly PhrasePattern[], text: string, notAfter = ''): string[] {
  const out: string[] = [];
  const blocked = `\\p{L}\\p{N}${notAfter.replace(/[-\]\\^]/g, '\\$&')}`;
  patterns.forEach((pattern, i) => {
    const regex = new RegExp(`(?<![${blocked}])(?:${pattern.source})${MATCH_END}`, `${pattern.flags.replace('g', '')}g`);
    for (const m of text.matchAll(regex)) if (m[0].length > 0) out.push(`${i}:${m.index}-${m.index + m[0].length}`);
  });
  return out;
}

function indexed(index: PhraseIndex, text: string): string[] {
  return index.matches(text).map((m) => `${m.pattern}:${m.from}-${m.to}`);
}

const cuePatterns = BUILT_IN_LEXICON.map((entry) => compileEntry(entry).phrase);
const cueIndex = new PhraseIndex(cuePatterns);

// Words the lexicons start with and words around them, so random sentences hit real patterns.
const WORDS = [
  'I', 'T', 'in', 'it', 'is', 'no', 'not', 'Cl', 'Pt', 'HW', 'w/', 're:', 'f/u', 'said', 'says', 'felt', 'reported', 'she', 'he', 'they',
  'went', 'quiet', 'silent', 'when', 'asked', 'about', 'the', 'session', 'was', 'helpful', 'homework', 'did', "didn't", 'do', 'practice',
  'named', 'rupture', 'apologised', 'frustrated', 'with', 'me', 'therapy', 'goal', 'goals', 'agreed', 'together', 'non-compliant',
  'resistant', 'self-harm', 'refused', 'withdrawal', 'alcohol', 'SRS', '38', 'ORS', '=', '“', '”', '"', "'", '’', '-', ',', '.', ';', ':',
  '(', ')', 'İ', 'É', 'ﬁ', '𝒜', 'café', 'naïve', '\t', '\n', '  ',
];
const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 24 }).chain((words) =>
  fc.array(fc.constantFrom(' ', '', '  ', '-', "'"), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => w + gaps[i]).join('')),
);

// Random patterns in the lexicons' dialect: words, optional groups, alternatives, classes, gaps.
const word = fc.constantFrom('i', 't', 'in', 'no', 'said', 'felt', 'she', 'went', 'quiet', 'the', 'session', 'hw', 'w/', 'non-', 'self');
const atom: fc.Arbitrary<string> = fc.oneof(
  word,
  word.map((w) => `(?:${w} )?`),
  fc.tuple(word, word).map(([a, b]) => `(?:${a}|${b})`),
  word.map((w) => `${w}[sz]?`),
  fc.constant(String.raw`(?:[\w-]+ ){0,2}?`),
  fc.constant('[^.;]{0,20}?'),
  fc.constant(String.raw`\d+`),
  fc.constant('(?=s)'),
);
const pattern = fc.array(atom, { minLength: 1, maxLength: 4 }).map((atoms) => atoms.join(' ').replace(/\? /g, '?'));

describe('phrase index', () => {
  it('finds exactly what scanning with every cue pattern finds, on random sentences', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        assert.deepEqual(indexed(cueIndex, text), scanned(cuePatterns, text));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('finds exactly what scanning finds, for random patterns of the lexicon dialect', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 6 }), fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.boolean(), (sources, texts, hyphen) => {
        const patterns = sources.map((source) => ({ source: source.replace(/ /g, String.raw`\s+`), prefixSource: source, flags: 'giu' }));
        const notAfter = hyphen ? '-' : '';
        const index = new PhraseIndex(patterns, { notAfter });
        for (const text of texts) assert.deepEqual(indexed(index, text), scanned(patterns, text, notAfter));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('tries a pattern only where its first characters can start, a run of spaces read as one', () => {
    assert.deepEqual(matchPrefixes('(?:I )?(?:went|go) quiet'), ['go quiet', 'i go qui', 'i went q', 'went qui']);
    assert.deepEqual(matchPrefixes('normali[sz](?:ed|es)'), ['normalis', 'normaliz']);
    assert.deepEqual(matchPrefixes('(?:w|W)/ T'), ['w/ t']);
    // A start only a scan can judge (a digit class, a leading gap) has no prefix.
    assert.equal(matchPrefixes(String.raw`\d+ sessions`), null);
    assert.equal(matchPrefixes('[^.]{0,5}? felt'), null);
    // "I" as a whole word is not the start of "in".
    const index = new PhraseIndex([{ source: String.raw`I\s+froze`, prefixSource: 'I froze', flags: 'giu' }]);
    assert.deepEqual(indexed(index, 'In froze, I froze.'), ['0:10-17']);
  });

  // A pattern's `requires` (the composed complaint's verdict) only skips word starts where the rest of the sentence cannot hold a match.
  const composed = BUILT_IN_LEXICON.filter((entry) => entry.requires !== undefined).map((entry) => compileEntry(entry).phrase);
  const COMPLAINT_WORDS = [
    'said', 'says', 'told me', 'told T', 'complained', 'snapped', 'asked why', 'tell me', 'she', 'he', 'that', 'the', 'homework', 'sessions', 'therapy',
    'you', 'me', 'my', 'I was', "I'm", 'this', 'week', 'pointless', 'a waste', 'waste of time', 'not helping', "doesn't work", 'patronising', 'rushing',
    'fed up', 'too much', 'and I', 'but we', 'then T', 'so I', 'and', 'her mother', '.', ';', ',', ':', '"', '“', '”', 'x'.repeat(30), 'long', 'words', 'here',
  ];
  const complaint = fc.array(fc.constantFrom(...COMPLAINT_WORDS), { maxLength: 40 }).map((words) => words.join(' '));

  it('finds with `requires` exactly what it finds without, on sentences built from speech verbs, targets and verdicts', () => {
    assert.ok(composed.length > 0 && composed.every((p) => p.requires && p.source.split(p.requires).length >= 3), 'each alternative of the composition holds its verdict');
    const withRequires = new PhraseIndex(composed);
    const without = new PhraseIndex(composed.map(({ requires: _, ...plain }) => plain));
    let found = 0;
    fc.assert(
      fc.property(complaint, (text) => {
        const expected = indexed(without, text);
        found += expected.length;
        assert.deepEqual(indexed(withRequires, text), expected);
        assert.deepEqual(expected, scanned(composed, text));
      }),
      { seed: SEED, numRuns: RUNS * 4 },
    );
    assert.ok(found > 0, 'some sentences hold a complaint');
  });

  it('finds with `requires` what it finds without, for random patterns that hold what they require', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(pattern, pattern, pattern), { minLength: 1, maxLength: 4 }), fc.array(sentence, { minLength: 1, maxLength: 4 }), (parts, texts) => {
        const space = (source: string): string => source.replace(/ /g, String.raw`\s+`);
        const plain = parts.map(([a, b, c]) => ({ source: space(`${a} ${b} ${c}`), prefixSource: `${a} ${b} ${c}`, flags: 'giu' }));
        const required = parts.map(([, b], i) => ({ ...plain[i]!, requires: space(b) }));
        const a = new PhraseIndex(plain);
        const b = new PhraseIndex(required);
        for (const text of texts) assert.deepEqual(indexed(b, text), indexed(a, text));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
