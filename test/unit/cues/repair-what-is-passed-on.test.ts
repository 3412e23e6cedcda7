// Being open about exactly what is passed on answers a client who took the therapist for someone else's (the twentieth session, from
// the development set blind211): a repair step by clarifying the frame. Explaining something else does not. New fictitious sentences.
import { table } from './sentence-table.js';

describe('a repair by saying exactly what is passed on', function () {
  this.timeout(20000);
  table('confrontation-repair', [
    ['He said the sessions are "a box-ticking thing for the depot, you are on their side". I went through exactly what goes back to the depot manager: attendance, nothing else.', false],
    ['She said I "work for the court". I told her exactly what the court had asked for and that nothing from our sessions goes to the judge.', false],
    ['He said the sessions are "a box-ticking thing for the depot, you are on their side". I went through the sleep diary with him.', true],
  ]);
});
