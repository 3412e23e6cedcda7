// An agreed task not done, in two more shapes (the twenty-first session, from the held-out development folds): the agreed thing named
// in a few words before "we agreed … not done", and the agreement told first with the not doing after a semicolon or a colon. An
// appointment agreed and not confirmed is not a task. New fictitious sentences; nothing here explores what got in the way, so the
// rule fires on a task not done.
import { table } from './sentence-table.js';

describe('an agreed task not done, the agreement told first or the task named in a few words', function () {
  this.timeout(20000);
  table('nonadherence-explored', [
    ['The gratitude list notebook we agreed on last week wasn\'t started.', true],
    ['The evening wind-down routine was agreed at session 3; he hasn\'t tried it.', true],
    ['Agreed last time to read the leaflet on panic; not read.', true],
    ['The next appointment was agreed for Tuesday; she hasn\'t confirmed it.', false],
  ]);
});
