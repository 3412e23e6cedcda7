// Shared by the cue tests of new fictitious sentences: each sentence is put in a short free-format
// note, linted with every rule on, and either makes a rule fire or not. These tables pin down the
// reading by phrase lists and the context classifier, look-alikes included, so the rules that may ask
// the learned second look run here with `learned: false`: a bag-of-words model reads "ask how the
// week has gone" like "ask how the session felt", and its place is after the phrases, not instead of
// them. What the learned look adds is tested in learned.test.ts and measured by npm run eval.
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint.js';
import { phrasesOnlyConfig } from '../../../scripts/corpus-score.js';

export const config = phrasesOnlyConfig();

/** A short free-format note holding `body`. */
export function note(body: string, type = 'progress'): string {
  return `---\ntype: ${type}\nformat: free\nclient: C-6310\ndate: 2026-08-03\nsession: 9\n---\n\n${body}\n`;
}

/** The rule's findings on a note holding `body`: each one's detail, or the rule id. */
export function findings(rule: string, body: string, type = 'progress'): string[] {
  return lint(note(body, type), { config })
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => (f.detail ? String(f.detail) : f.ruleId));
}

/** The rule's findings as `rule` or `rule=detail`. */
export function fired(rule: string, body: string, type = 'progress'): string[] {
  return lint(note(body, type), { config })
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => (f.detail ? `${f.ruleId}=${f.detail}` : f.ruleId));
}

/** Whether the rule reports anything on a note holding `body`. */
export function fires(rule: string, body: string, type = 'progress'): boolean {
  return findings(rule, body, type).length > 0;
}

/** A Plan with a concrete next step, so only the rule under test has something to say. */
export const PLAN = '\n\n## Plan\n\n- Next session 8/10: graded walk to the post office, twice.';

export const short = (s: string): string => (s.length > 90 ? `${s.slice(0, 87)}...` : s);

/** One test per sentence: it either makes the rule fire (true) or not (false). */
export function table(rule: string, rows: Array<[string, boolean]>, wrap: (s: string) => string = (s) => s + PLAN, type = 'progress'): void {
  for (const [sentence, fires] of rows) {
    it(`${fires ? 'fires' : 'quiet'}: ${short(sentence)}`, () => {
      const got = findings(rule, wrap(sentence), type).length > 0;
      assert.equal(got, fires, `${rule} ${fires ? 'should fire' : 'should not fire'} on: ${sentence}`);
    });
  }
}

/** One test per row: whether a termination note holding the sentence counts the ending action as present. */
export function endingTable(rows: Array<[string, string, boolean]>): void {
  for (const [action, sentence, present] of rows) {
    it(`${action} ${present ? 'found' : 'not found'}: ${short(sentence)}`, () => {
      const missing = findings('termination-actions', sentence, 'termination');
      assert.equal(!missing.includes(action), present, `${action} on: ${sentence}`);
    });
  }
}
