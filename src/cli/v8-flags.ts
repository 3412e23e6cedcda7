// Imported first by the `rapport` binary, before any other module runs. V8 first runs each regular
// expression in its bytecode interpreter and compiles it to machine code only later (tier-up); over a
// CLI run of many notes and the lexicons' hundreds of long patterns that costs about a tenth of the
// CPU (rapport lint over the 1,000 bench notes on one thread: 5.5 → 4.9 s). Compiling each expression
// straight to machine code changes how fast it runs, never what it matches. Only here, in the CLI's
// own process (V8 flags are process-wide, and the workers are threads of it): the engine does not set
// it, since in the VS Code extension host it would reach every other extension.
//
// The same holds for the optimising compiler (TurboFan). A CLI run is short, and every lint worker is
// a new isolate that compiles its own optimised code: with V8's default budget, TurboFan optimised
// (and re-optimised) the rules' long `check` functions, micromark's and mdast's compilers and the
// lexicon reader over and over, about 3.6 s of compiling in a 7 s run of the 1,000 bench notes on one
// thread, twice over with two workers. Eight times the budget asks a function to run longer before it
// is optimised: the hot ones still are, the many lukewarm ones are left to the baseline compiler
// (rapport lint over the 1,000 bench notes, two workers: CPU 8.6 → 7.5 s, wall 4.6 → 4.0 s).
// How long code takes before it is optimised, never what it computes.
import { isMainThread } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';

/** V8's default interrupt budget (67,584 bytes of bytecode run) times eight. */
const INTERRUPT_BUDGET = 8 * 67_584;

if (isMainThread) {
  setFlagsFromString('--no-regexp-tier-up');
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
