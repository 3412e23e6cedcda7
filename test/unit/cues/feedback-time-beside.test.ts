// A week or a session said beside the thing the client judged dates it and does not make the verdict one on something else (the
// twenty-first session): "the timeline of the week was useful", "the body map from last week helped". A week judged itself ("the
// week had been easier") is still a verdict on the week, a time of day marks a routine of the client's life, and a person in the
// client's life is still not the session. New fictitious sentences.
import { table } from './sentence-table.js';

describe('a time beside the thing judged in the client\'s verdict', function () {
  this.timeout(20000);
  // feedback-recorded fires when no feedback is found: false means the verdict counted as feedback on the session.
  table('feedback-recorded', [
    ['He said the timeline of the week was useful and wants to add to it.', false],
    ['She said the body map from last week helped her notice the tension in her jaw.', false],
    ['She said the week had been easier.', true],
    ['She says the walk with her neighbours in the evening helps.', true],
    ['She said her sister was really helpful with the kids this week.', true],
  ]);
});
