// Anger at someone else, and the client's manner with the therapist set against it (read on the held-out development folds in the
// twenty-second session), written as new fictitious sentences, each beside a look-alike: "Not angry with me." and "polite with T
// throughout" after it say the anger was not the therapist's; after anger the sentence aims at the therapist they do not.
import { table } from './sentence-table.js';

describe('anger at someone else with the manner towards the therapist set against it', function () {
  this.timeout(20000);
  table('confrontation-repair', [
    ['Angry about the assessor all session. Not angry with me. We went on with the sleep plan.', false],
    ['Angry about the assessor, not about the referral; polite and engaged w/ T throughout. We went on with the sleep plan.', false],
    ['Angry about the assessor all session. We went on with the sleep plan.', true],
    ['She raised her voice at me about the forms. Calm with me. We went on with the sleep plan.', true],
  ]);
});
