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
    // The twenty-first session: the disclaimer as a thing that did not happen today, or that the client does not do now.
    ['When the court date came up he shut down completely; that did not happen today.', false],
    ['He tends to shut down when the court case is raised. He did not do that today.', false],
    // A disclaimer in the next sentence speaks of the marker only when it opens that sentence: here it speaks of the walking out.
    ['When I asked about the ward round he turned to the door and said little else for the hour. Early on he walked out twice; he did not do that today.', true],
    // A rupture word negated before the marker: what follows is what happened instead (twenty-first session).
    ['He did not shut down when the verdict came up, though he stared at the table for a while.', false],
    ['He did not answer when I asked about the verdict and stared at the table for the rest of the hour.', true],
  ]);
  table('confrontation-repair', [
    ['He said these sessions were "a waste of a Tuesday"; that has not happened since he started the new shifts.', false],
    ['He said these sessions were "a waste of a Tuesday" and folded his arms.', true],
    // Anger said not to be aimed at the therapist beyond a semicolon, or opening the next sentence (twenty-first session).
    ['She was angry and raised her voice about the housing panel for twenty minutes; none of it was aimed at me.', false],
    ['He shouted at me about the fee for ten minutes. None of this was resolved today.', true],
    // Set against what the client did today, where the marker is told as earlier (the twenty-first session).
    ['Early on she had called the group a waste of her Thursday; today she brought biscuits for everyone.', false],
    ['She called the group a waste of her Thursday; today she also left early.', true],
  ]);
});
