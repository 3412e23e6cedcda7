// A quiet that is tears, told in the same sentence ("quiet and tearful for most of the hour", "long silences; she cried twice"), is
// sadness in the room, not a pulling away from the therapist (the corpus README: a marker is the client pulling away from the
// therapist or the therapy). A marker that does more than go quiet still is, whatever the tears. New fictitious sentences.
import { table, PLAN } from './sentence-table.js';

describe('going quiet in tears is not a withdrawal', function () {
  this.timeout(20000);

  table(
    'withdrawal-repair',
    [
      ['She was quiet and tearful for much of the hour, talking slowly about the scattering of the ashes.', false],
      ['Long silences today; he cried twice when the lorry came up.', false],
      ['He said little and wept quietly through the second half of the session.', false],
      ['When I asked about the inquest she cried, turned her chair to the window and stopped answering.', true],
      ['When I asked about the inquest she went silent and gave one-word answers for the rest of the hour, then cried at the door.', true],
      ['When I asked about the inquest she went quiet for the rest of the session.', true],
    ],
    (sentence) => `${sentence}${PLAN}`,
  );
});
