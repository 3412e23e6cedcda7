// Section labels as clinicians type them between bullets and with an aside (the twentieth session, from development sets
// blind181, blind189, blind195 and blind186). New fictitious notes.
import assert from 'node:assert/strict';
import { parseNote } from '../../../src/core/parse/note.js';
import { lint } from '../../../src/core/lint.js';
import { config } from '../cues/sentence-table.js';

const front = (format: string): string => `---\ntype: progress\nformat: ${format}\nclient: C-5240\ndate: 2026-11-02\nsession: 5\n---\n\n`;
const names = (text: string): Array<string | null> => parseNote(text).sections.map((s) => s.name);
const missing = (text: string): string[] =>
  lint(text, { config }).findings.filter((f) => f.ruleId === 'required-sections').map((f) => String(f.detail));

// Each label is typed straight under a bullet, so markdown folds it into that bullet and keeps the next bullets in the same list.
const BIRP_UNDER_BULLETS =
  front('BIRP') +
  'B:\n- Skipped the lunch walk twice; said the canteen queue "is where it starts".\n- Brought the worry log, 4 of 7 days.\n' +
  'I:\n- Reviewed the log together; rehearsed the queue script aloud.\n' +
  'R:\n- Said the script felt "less daft out loud".\n' +
  'P:\n- Next Tues 10/11: queue script at the canteen, once, log it.\n';

describe('section labels typed between bullets', () => {
  it('a label under any bullet opens its section, not only under the list\'s last', () => {
    assert.deepEqual(names(BIRP_UNDER_BULLETS), ['Behavior', 'Intervention', 'Response', 'Plan']);
    assert.deepEqual(missing(BIRP_UNDER_BULLETS), []);
  });

  it('a bullet\'s own first words are still its text', () => {
    const text = front('DAP') + 'Data:\n- Assessment: not today, she asked to leave it.\n- Slept 6 h most nights.\n\nAssessment: steadier.\n\nPlan: Thu 12/11 sleep diary review.\n';
    assert.deepEqual(names(text), ['Data', 'Assessment', 'Plan']);
  });
});

describe('a section label with an aside before its colon', () => {
  const GIRP = (goal: string): string =>
    front('GIRP') + `${goal}\nI: Built the ladder together; first rung practised twice.\nR: SUDS 60 to 35.\nP: Fri 13/11 second rung.\n`;

  it('opens its section when words follow the colon', () => {
    assert.deepEqual(names(GIRP('G (set with her at session 1): sit through a whole staff meeting.')), ['Goal', 'Intervention', 'Response', 'Plan']);
    assert.deepEqual(missing(GIRP('G (her words): "get through a meeting without leaving".')), []);
  });

  it('keeps the aside as words of the line: a goal set with the client is not reported as set without her', () => {
    const goals = lint(GIRP('G (set with her at session 1): sit through a whole staff meeting.'), { config }).findings.filter((f) => f.ruleId === 'goals-collaborative');
    assert.deepEqual(goals, []);
  });
});
