// What makes a Plan item concrete (plan-next-step): a when written the way clinicians across the world write one.
import assert from 'node:assert/strict';
import { isConcrete } from '../../../src/core/rules/template/plan-next-step.js';

describe('plan-next-step: a when in the formats clinicians use', () => {
  it('reads the day and month with a dot, and the 24-hour clock, as a when', () => {
    for (const item of [
      'Next appointment 12.03 — go through the sleep diary together.',
      'Follow-up 04.11.2027: relapse card, first draft.',
      'Seen again 4.11.27, bring the completed worry log.',
      'Group at 14:00: introduce the breathing exercise.',
      'Call at 0930h to confirm the GP letter went.',
    ])
      assert.equal(isConcrete(item), true, item);
  });

  it('does not read a dose, a score or a plain decimal as a date', () => {
    for (const item of ['Sertraline up to 12.50 mg after review.', 'Keep the PHQ-9 under 10.', 'Weight 52.30 kg, steady.', 'Monitor mood.'])
      assert.equal(isConcrete(item), false, item);
  });

  it('still reads the work going on, on its usual day and time, as no new step', () => {
    assert.equal(isConcrete('Continue weekly sessions Tuesdays.'), false);
  });
});
