// Extension-host test entry, for code-server's Node extension host and for @vscode/test-electron:
// the host requires this file and awaits run(); a rejection makes it exit with code 1.
// Bundled to CommonJS (scripts/test-vscode.mjs) beside the test files it loads.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000 });
  // RAPPORT_VSCODE_SUITE picks one suite (the Restricted Mode run); otherwise all but that one.
  const only = process.env.RAPPORT_VSCODE_SUITE;
  for (const file of readdirSync(__dirname).sort()) {
    if (!file.endsWith('.test.js')) continue;
    const name = file.replace(/\.test\.js$/, '');
    if (only ? name === only : name !== 'restricted') mocha.addFile(join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      if (process.env.RAPPORT_VSCODE_RESULTS) writeFileSync(process.env.RAPPORT_VSCODE_RESULTS, JSON.stringify({ passes, failures, pending }));
      console.log(`vscode-tests: ${passes} passed, ${failures} failed, ${pending} skipped`);
      if (failures) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}
