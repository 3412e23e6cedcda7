// "Dropped out" labels the client only when what was left is the care (the twentieth session, from the development set dev9): the
// therapy, the sessions, a programme or group, the service. Leaving a club, a league or a group ride is biography, and may be the
// low mood the note describes. New fictitious sentences.
import assert from 'node:assert/strict';
import { defaultConfig } from '../../../src/core/config/resolve.js';
import { lint } from '../../../src/core/lint.js';
import { rules } from '../../../src/core/rules/index.js';

function excerpts(body: string): string[] {
  const text = `---\ntype: progress\nformat: free\nclient: C-9310\ndate: 2026-03-02\nsession: 5\n---\n\n${body}\n`;
  return lint(text, { config: defaultConfig(rules) }).findings.filter((f) => f.ruleId === 'judgmental-language').map((f) => f.excerpt ?? '');
}

describe('"dropped out" labels only leaving the care', function () {
  this.timeout(20000);
  for (const sentence of [
    'He dropped out of the DBT skills group after three weeks.',
    'She dropped out of the last three booked sessions without a call.',
    'Cl dropping out of tx, moving to her sister\'s.',
    'He has dropped out of the carers\' support grp.',
  ]) {
    it(`labels: ${sentence}`, () => assert.deepEqual(excerpts(sentence), [sentence.match(/dropp\w+ out/)![0]]));
  }
  for (const sentence of [
    'Since the layoff he has dropped out of the Thursday darts league and stopped seeing his brother.',
    'She dropped out of the allotment society committee when the flare started.',
    'He dropped out of the Saturday group run, which he links to the low mood.',
    'They dropped out of the house purchase when the survey came back.',
    'He dropped out of the night-shift rota after the second panic attack.',
    'She dropped out of the nursing programme in her second year.',
  ]) {
    it(`does not label: ${sentence}`, () => assert.deepEqual(excerpts(sentence), []));
  }
});
