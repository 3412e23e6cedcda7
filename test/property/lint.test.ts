// Property tests: for any text, lint does not throw, every range lies inside the text, findings
// are deterministic, fixes keep every original character, and CRLF reads like LF. A fixed seed and
// a count that fits CI; `npm run fuzz` runs the same properties far longer with a fresh seed.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { crlfProperty, keepsInOrder, lintProperty } from './properties.js';

const SEED = 20261126;
const RUNS = Number(process.env.RAPPORT_PROPERTY_RUNS ?? 150);

describe('properties of lint', () => {
  it('any text lints without throwing, with ranges inside the text, the same findings twice, and fixes that keep every character', () => {
    fc.assert(lintProperty, { seed: SEED, numRuns: RUNS });
  });

  it('a note with CRLF line breaks gets the same findings at the same lines and columns as with LF', () => {
    fc.assert(crlfProperty, { seed: SEED, numRuns: Math.ceil(RUNS / 3) });
  });

  it('keepsInOrder tells an insertion from a loss', () => {
    assert.ok(keepsInOrder('abc', 'aXbYc'));
    assert.ok(!keepsInOrder('abc', 'acb'));
    assert.ok(!keepsInOrder('abc', 'ab'));
  });
});
