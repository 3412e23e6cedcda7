// Mocha's spec reporter plus one closing line in the plain form CI reads ("unit: N passed, N failed, N skipped"),
// and a summary file that scripts/test.mjs adds up across stages.
'use strict';
const Mocha = require('mocha');
const { writeFileSync } = require('node:fs');

class RapportReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
      const label = process.env.RAPPORT_TEST_LABEL || 'unit';
      console.log(`${label}: ${passes} passed, ${failures} failed, ${pending} skipped`);
      if (process.env.RAPPORT_TEST_SUMMARY) writeFileSync(process.env.RAPPORT_TEST_SUMMARY, JSON.stringify({ passes, failures, pending }));
    });
  }
}

module.exports = RapportReporter;
