// A phrase that ends on a number reads the whole number, whatever its length: "0/14" is a log left empty as much as "0/7" is, and
// "dropped from 168" is a change told in figures as much as "dropped from 8" is.
import { endingTable, table } from './sentence-table.js';

describe('a phrase that ends on a number reads the whole number', function () {
  this.timeout(20000);

  describe('a log left empty', () => {
    table('nonadherence-explored', [
      ['Thought record: 0/7 days completed.', true],
      ['Thought record: 0/14 days completed.', true],
      ['Thought record: 12/14 days completed.', false],
    ]);
  });

  describe('a change told in figures', () => {
    endingTable([
      ['gains', 'Worry time dropped from 9 minutes a day to 2.', true],
      ['gains', 'Worry time dropped from 90 minutes a day to 20.', true],
    ]);
  });
});
