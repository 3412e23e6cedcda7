// The therapist named only to be set aside is no target of the client's anger (seventeenth session): "not us", "calm with me",
// "no irritation with me or the sessions", as well as "not with me"; and in the object after the phrase, a person named first is
// whom the anger is at, whatever they then did ("angry at the consultant for cancelling"). New fictitious sentences, each beside a
// look-alike.
import { table, PLAN } from './sentence-table.js';

describe('the therapist named only to be set aside (read in the seventeenth session)', function () {
  this.timeout(20000);
  table(
    'confrontation-repair',
    [
      ['Furious about the foreman at the depot, fists clenched while telling it; calm with me throughout.', false],
      ['Angry about the tribunal outcome, and clear it was the panel, not us.', false],
      ['Irritated by the council\'s letter; no irritation with me or the sessions.', false],
      ['Angry with me for moving the session again: "you always do this to me."', true],
    ],
    (sentence) => `${sentence}${PLAN}`,
  );

  describe('the first the object names decides', () => {
    table(
      'confrontation-repair',
      [
        ['Angry at the consultant for cancelling her operation date again.', false],
        ['Angry at me for cancelling at short notice: "you never think about my shifts."', true],
      ],
      (sentence) => `${sentence}${PLAN}`,
    );
  });
});
