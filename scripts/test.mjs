// npm test: type-check, the mocha suites (engine, rules, CLI, corpus, properties), then the
// VS Code integration suites where a VS Code can be run. Ends with one line CI reads:
// "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const totals = { passes: 0, failures: 0, pending: 0 };
const scratch = mkdtempSync(join(tmpdir(), 'rapport-test-'));
let failedStage = false;

function stage(name, command, args, env = {}) {
  console.log(`\n== ${name}`);
  const summary = join(scratch, `${name.replace(/\W+/g, '-')}.json`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, RAPPORT_TEST_SUMMARY: summary, RAPPORT_TEST_LABEL: name, ...env } });
  if (existsSync(summary)) {
    const counts = JSON.parse(readFileSync(summary, 'utf8'));
    totals.passes += counts.passes;
    totals.failures += counts.failures;
    totals.pending += counts.pending;
  }
  if (result.status !== 0) {
    failedStage = true;
    // A stage that died before reporting (a type error, a crash) still counts as a failure.
    if (!existsSync(summary)) totals.failures += 1;
  }
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
stage('typecheck', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']);
stage('unit', npx, ['mocha']);
if (existsSync('scripts/test-vscode.mjs')) stage('vscode', process.execPath, ['scripts/test-vscode.mjs']);

rmSync(scratch, { recursive: true, force: true });
console.log(`\ntests: ${totals.passes} passed, ${totals.failures} failed, ${totals.pending} skipped`);
process.exit(failedStage || totals.failures > 0 ? 1 : 0);
