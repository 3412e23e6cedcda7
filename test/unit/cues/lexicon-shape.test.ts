// The shape of every built-in lexicon pattern. A match must end where a word ends (the phrase index
// adds that check), so an alternative that can only end on a space ("swapped it for ") never matches
// anything: such a pattern is dead code that looks like coverage.
import assert from 'node:assert/strict';
import { BUILT_IN_LEXICON } from '../../../src/core/cues/index.js';
import { alternativesOf as alternatives } from '../../../src/core/match/prefixes.js';

/** Whether an alternative can only end on a space: a trailing space, or a final group one of whose alternatives does. */
function endsOnSpace(alternative: string): boolean {
  if (alternative.endsWith(' ')) return true;
  if (!alternative.endsWith(')')) return false;
  let depth = 0;
  let open = alternative.length - 1;
  for (; open >= 0; open--) {
    const c = alternative[open];
    if (alternative[open - 1] === '\\') continue;
    if (c === ')') depth++;
    else if (c === '(' && --depth === 0) break;
  }
  const group = alternative.slice(open);
  // A lookaround matches no text: what ends the match is what comes before it ("about (?!…)" still ends on the space).
  if (/^\(\?(?:[=!]|<[=!])/.test(group)) return endsOnSpace(alternative.slice(0, open));
  return alternatives(group.replace(/^\((?:\?:)?/, '').slice(0, -1)).some(endsOnSpace);
}

describe('lexicon patterns', () => {
  it('no alternative of a built-in pattern can only end on a space', () => {
    const dead = BUILT_IN_LEXICON.flatMap((entry) => alternatives(entry.pattern).filter(endsOnSpace).map((alt) => `${entry.kind}: …${alt.slice(-50)}`));
    assert.deepEqual(dead, []);
  });

  // An optional group whose branches end on a space only in part ("on (?:her|his|their )?phone") matches "on their phone" but never
  // "on his phone": the branches without the space are dead wherever a word follows the group.
  it('no optional group mixes branches that end on a space with branches that do not, before more of the pattern', () => {
    const mixed = BUILT_IN_LEXICON.flatMap((entry) =>
      [...entry.pattern.matchAll(/\(\?:((?:[^()|]+\|)+[^()|]+)\)\?(?=[^\s|)])/g)]
        .filter((m) => {
          const branches = m[1]!.split('|');
          const spaced = branches.filter((b) => b.endsWith(' ')).length;
          return spaced > 0 && spaced < branches.length;
        })
        .map((m) => `${entry.kind}: ${m[0]}`),
    );
    assert.deepEqual(mixed, []);
  });

  it('the check finds an alternative that ends on a space, inside a final group too', () => {
    assert.equal(alternatives('swapped it (?:to|for) |moved on').some(endsOnSpace), true);
    assert.equal(alternatives('swapped it (?:to|for|with )').some(endsOnSpace), true);
    assert.equal(alternatives('swapped it (?:to|for)\\b|moved (?:on|off)(?= )').some(endsOnSpace), false);
    assert.equal(alternatives('asked me about (?!it)').some(endsOnSpace), true);
    assert.equal(alternatives('asked me about(?= (?!it))(?<=when .*)').some(endsOnSpace), false);
  });
});
