// npm run fuzz: the property tests' properties, run far longer with a fresh seed (or a given one
// to replay a failure). Prints the seed and, on failure, fast-check's shrunk counterexample; the
// texts are random, never notes.
//   npm run fuzz                      10,000 texts, seed from the clock
//   npm run fuzz -- --runs 100000 --seed 42
//   npm run fuzz -- --seconds 600     run until the time is up
//   npm run fuzz -- --only pieces     one property (a word of its name)
import fc from 'fast-check';
import { chunkProperty, crlfProperty, lintProperty } from '../test/property/properties.js';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const seed = option('seed') === undefined ? Date.now() % 2 ** 31 : Number(option('seed'));
const seconds = option('seconds') === undefined ? undefined : Number(option('seconds'));
const only = option('only');
const runs = option('runs') === undefined ? (seconds ? Number.MAX_SAFE_INTEGER : 10_000) : Number(option('runs'));

let failed = false;
for (const [name, property, share] of [
  ['lint: no throw, ranges inside, deterministic, fixes keep text', lintProperty, 1],
  ['CRLF reads like LF', crlfProperty, 0.25],
  ['a note parsed in pieces gives the tree of one parse', chunkProperty, 0.25],
] as const) {
  if (only && !name.includes(only)) continue;
  const start = Date.now();
  const numRuns = Math.max(1, Math.floor(runs * share));
  const interruptAfterTimeLimit = seconds ? Math.floor((seconds * 1000 * share) / 1.5) : undefined;
  const result = fc.check(property, { seed, numRuns, ...(interruptAfterTimeLimit ? { interruptAfterTimeLimit, markInterruptAsFailure: false } : {}) });
  const took = ((Date.now() - start) / 1000).toFixed(1);
  if (result.failed) {
    failed = true;
    process.stdout.write(`FAIL ${name} (seed ${seed}, after ${result.numRuns} runs, ${took} s)\n${fc.defaultReportMessage(result)}\n`);
  } else {
    process.stdout.write(`ok   ${name}: ${result.numRuns} texts in ${took} s (seed ${seed})\n`);
  }
}
process.exitCode = failed ? 1 : 0;
