// A rupture marker the clinician disclaims right after it is not this session's rupture (the twentieth session, from the development
// sets blind183, blind198 and blind206): "nothing like that today", "not so now", "not a relational withdrawal". A disclaimer of
// something else, or none, leaves the marker standing. New fictitious sentences.
import { table } from './sentence-table.js';

describe('a rupture marker the clinician disclaims', function () {
  this.timeout(20000);
  table('withdrawal-repair', [
    ['Halfway through she went quiet and pale; her sugar was 3.1, juice given, herself again in ten minutes. Not a relational withdrawal.', false],
    ['In the second session he went silent for most of the hour; not so now.', false],
    ['At his last service he stopped answering the worker\'s calls for a month; nothing like that with me today.', false],
    ['When I asked about the funeral she went quiet and gave one-word answers for the rest of the hour.', true],
    ['When I asked about the funeral she went quiet and gave one-word answers. Nothing like that at home, she says.', true],
  ]);
  table('confrontation-repair', [
    ['He said these sessions were "a waste of a Tuesday"; that has not happened since he started the new shifts.', false],
    ['He said these sessions were "a waste of a Tuesday" and folded his arms.', true],
  ]);
});
