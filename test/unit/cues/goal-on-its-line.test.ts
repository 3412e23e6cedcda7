// A goal written on its label's line is one field: a plain-text note's next line, after a full stop, is the next field ("No SI.",
// "Next Sat 10:00."), though markdown joins the lines into one paragraph. New fictitious notes.
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint.js';
import { config, note } from './sentence-table.js';

/** The lines (of the body) where goals-collaborative reports. */
function goalFindings(body: string): string[] {
  const text = note(body, 'intake');
  const all = text.split('\n');
  return lint(text, { config })
    .findings.filter((f) => f.ruleId === 'goals-collaborative')
    .map((f) => all[f.start.line - 1]!);
}

describe('a goal written on its label\'s line', function () {
  this.timeout(20000);

  it('the field ends where the next line starts a new sentence: one finding, on the goal', () => {
    assert.deepEqual(goalFindings('Referred by the GP.\nGoal: cut the night-time checking to one round.\nRisk: none disclosed.\nNext appt Weds 14:00.'), [
      'Goal: cut the night-time checking to one round.',
    ]);
  });

  it('a numbered goal on the next line, and a goal that wraps onto it, stay in the field', () => {
    assert.equal(goalFindings('Goals: 1. sleep six hours a night.\n2. drive to the coast by June.').length, 2);
    assert.equal(goalFindings('Goal: cut the night-time checking to one round\nbefore bed by the end of March.').length, 1);
  });
});
