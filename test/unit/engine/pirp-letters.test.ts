// PIRP opens on its Problem and closes on its Plan, and clinicians write both as "P:". New fictitious notes.
import assert from 'node:assert/strict';
import { parseNote } from '../../../src/core/parse/note.js';
import { lint } from '../../../src/core/lint.js';
import { config } from '../cues/sentence-table.js';

const pirp = (format: string): string =>
  `---\ntype: progress\nformat: ${format}\nclient: C-5120\ndate: 2026-10-12\nsession: 4\n---\n\n` +
  'P: Second-season fruit picker, panic in the packhouse since the forklift near miss.\n\n' +
  'I: Psychoeducation on the panic cycle; paced breathing practised twice.\n\n' +
  'R: Rated the breathing 6/10 helpful; said the cycle drawing "made sense of it".\n\n' +
  'P: Next session 19/10 14:00: interoceptive exposure, spinning in a chair.\n';

const names = (text: string): Array<string | null> => parseNote(text).sections.map((s) => s.name);

describe('PIRP letters: the first "P" is the Problem, the last the Plan', () => {
  it('in a note declared PIRP', () => {
    assert.deepEqual(names(pirp('PIRP')), ['Problem', 'Intervention', 'Response', 'Plan']);
  });

  it('in an undeclared note whose letters run P, I, R, P, and the format is inferred from them', () => {
    const note = parseNote(pirp('free').replace('format: free\n', ''));
    assert.deepEqual(note.sections.map((s) => s.name), ['Problem', 'Intervention', 'Response', 'Plan']);
    assert.equal(note.format, 'PIRP');
  });

  it('the problem is not read as a Plan without a next step', () => {
    const plan = lint(pirp('PIRP'), { config }).findings.filter((f) => f.ruleId === 'plan-next-step' || f.ruleId === 'required-sections');
    assert.deepEqual(plan, []);
  });

  it('in SOAP "P" stays the Plan, and a lone "P" after the Intervention stays the Plan', () => {
    assert.deepEqual(names(pirp('SOAP').replace(/^I: /m, 'O: ').replace(/^R: /m, 'A: ')).at(-1), 'Plan');
    assert.deepEqual(names(pirp('PIRP').replace(/^P: Second-season[^\n]*\n\n/m, '')), ['Intervention', 'Response', 'Plan']);
  });
});
