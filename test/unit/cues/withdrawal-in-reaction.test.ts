// A withdrawal told as what the therapist's own feeling was about ("I felt irritated each time she went back to the TV schedule and
// kept glancing at the clock"): writers read the sentence as the therapist's reaction, to reflect on, not a rupture to repair. New
// fictitious sentences, each beside a look-alike that must still count.
import { table } from './sentence-table.js';

describe('a withdrawal inside the therapist\'s own reaction', function () {
  this.timeout(20000);
  table('withdrawal-repair', [
    ['I felt impatient every time he drifted back to the fixtures list and kept checking his phone.', false],
    ['I noticed I was bored while she gave one-word answers about the rota.', false],
    // Look-alikes: the feeling after the withdrawal is told, and a therapist's act that names the client's feeling.
    ['He kept checking his phone and gave one-word answers; I felt impatient.', true],
    ['When I linked his anger at the depot to his father, he turned to the window and gave one-word answers for the rest of the hour.', true],
  ]);
});
