// Whose quotation (read on the development sets in the twenty-second session), written as new fictitious sentences, each beside a
// look-alike: words told to the client by someone ("the foreman told him at the gate, "…""), quoted from someone ("he quoted her
// word for word: "…"") or named as someone's ("her landlord's text: "…"") are that person's, not the client turning on the
// therapist; the client's own words to the therapist still are.
import { table } from './sentence-table.js';

describe('whose quotation: told to the client, quoted from someone, or named as someone\'s', function () {
  this.timeout(20000);
  table('confrontation-repair', [
    ['The site foreman told him at the gate, "you\'re useless, don\'t come back till you\'re sorted." We went on with the sleep plan.', false],
    ['He quoted her word for word: "you never listen to me, you just take notes." We went on with the sleep plan.', false],
    ['She read out her landlord\'s text: "you\'re useless, pay up by Friday." We went on with the sleep plan.', false],
    ['He told me flatly, "you never listen to me, you just take notes." We went on with the sleep plan.', true],
    ['Then she turned on me: "you\'re useless, you just sit there nodding." We went on with the sleep plan.', true],
  ]);
});
