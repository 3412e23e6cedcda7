// A termination note is told an action is missing only when the action's core idea is nowhere in it:
// new fictitious sentences that name each idea in words the phrase lexicons do not list, and
// look-alikes that name something else.
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint.js';
import { allRulesConfig } from '../../../scripts/corpus-score.js';

const config = allRulesConfig();

function missing(body: string): string[] {
  const note = `---\ntype: termination\nformat: free\nclient: C-7120\ndate: 2026-09-30\nsession: 14\n---\n\n# Final session\n\n${body}\n\n## Plan\n\n- Discharged to GP.\n`;
  return lint(note, { config })
    .findings.filter((f) => f.ruleId === 'termination-actions')
    .map((f) => f.detail!)
    .sort();
}

const ALL = ['future-coping', 'gains', 'meaning-of-ending', 'mutual-review', 'ongoing-growth', 'post-therapy-growth', 'pride', 'skills-beyond'];
const without = (...present: string[]): string[] => ALL.filter((a) => !present.includes(a));

describe('termination actions read by their core idea', () => {
  it('each action in words of its own', () => {
    assert.deepEqual(missing('Her red flags are snapping at the kids and skipping lunch; she has a blueprint on the fridge.'), without('future-coping'));
    assert.deepEqual(missing('He now drives to the coast alone, and his GAD-7 went 16 → 6.'), without('gains'));
    assert.deepEqual(missing('She was tearful about finishing and said the last session felt like leaving a harbour.'), without('meaning-of-ending'));
    assert.deepEqual(missing('We went back over the year and what helped most was the graded list.'), without('mutual-review'));
    assert.deepEqual(missing('He calls recovery a work in progress, something he keeps practising.'), without('ongoing-growth'));
    assert.deepEqual(missing('Once our sessions end she hopes to keep building her confidence at the allotment.'), without('post-therapy-growth', 'ongoing-growth'));
    assert.deepEqual(missing('I told him he should be proud of how hard he worked.'), without('pride'));
    assert.deepEqual(missing('She uses the thought-catching steps with her teenage son now.'), without('skills-beyond'));
  });

  it('the same ideas in a closing letter written to the client, and in a client’s own metaphors', () => {
    assert.deepEqual(missing('You are back on the allotment most mornings now.'), without('gains'));
    assert.deepEqual(missing('You called recovery "a garden you keep weeding".'), without('ongoing-growth'));
    assert.deepEqual(missing('You think the winter will be easier this year.'), without('post-therapy-growth'));
    assert.deepEqual(missing('You have started using the "two-minute rule" at the choir committee.'), without('skills-beyond'));
    assert.deepEqual(missing('Gambling-free 52 days.'), without('gains'));
  });

  it('handed on rather than done, and growth expected after the end, are not the other actions', () => {
    assert.deepEqual(missing('What to do if the panic returns is left for her GP to plan at the March review.'), ALL);
    assert.deepEqual(missing('She expects to keep finding her feet after the sessions end.'), without('post-therapy-growth'));
  });

  it('look-alikes that name something else do not count', () => {
    // The therapy's own process, a job application, a year ago, a wish about others.
    assert.deepEqual(missing('We stopped arguing about the diary early on.'), ALL);
    assert.deepEqual(missing('She applied for two posts on her own.'), ALL);
    assert.deepEqual(missing('She was not proud of the way the year went.'), ALL);
  });
});
