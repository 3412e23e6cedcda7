// A guess is not a record: a task the clinician thinks was "probably not done" is not recorded as not done. New fictitious
// sentences, each beside the same task recorded plainly.
import { table } from './sentence-table.js';

describe('a task whose "not done" is a guess', function () {
  this.timeout(20000);
  table('nonadherence-explored', [
    ['Wind-down routine set in s3 probably not kept.', false],
    ['The pacing diary agreed at session 2 is likely not done; will ask next time.', false],
    // Look-alikes: the same tasks recorded as not done, dated by the session in shorthand.
    ['Wind-down routine set in s3 not kept.', true],
    ['The pacing diary agreed at session 2 was not done.', true],
  ]);
});
