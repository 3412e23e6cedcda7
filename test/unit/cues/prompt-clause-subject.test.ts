// A withdrawal's subject is not the therapist of the prompt clause that dates it (read on the development sets in the eighteenth
// session), written as new fictitious sentences, each beside a look-alike: "when I asked about the rota" says when the client
// turned away, not who did; "until I changed the subject" is the therapist's own move.
import { table } from './sentence-table.js';

describe("a withdrawal's subject is not the therapist of the prompt clause", function () {
  this.timeout(20000);
  table('withdrawal-repair', [
    ['She pulled her sleeves over her hands when I asked about the rota and did not answer for the rest of that part.', true],
    ['When I raised the tribunal date there was a long silence, and she looked at the floor.', true],
    ['He answered my questions about the rota fully until I changed the subject to his sleep.', false],
    ['When I asked about the rota she answered fully and brought her own notes.', false],
  ]);
});
