// Imported first by the `rapport` binary, before any other module runs. V8 first runs each regular
// expression in its bytecode interpreter and compiles it to machine code only later (tier-up); over a
// CLI run of many notes and the lexicons' hundreds of long patterns that costs about a tenth of the
// CPU (rapport lint over the 1,000 bench notes on one thread: 5.5 → 4.9 s). Compiling each expression
// straight to machine code changes how fast it runs, never what it matches. Only here, in the CLI's
// own process (V8 flags are process-wide, and the workers are threads of it): the engine does not set
// it, since in the VS Code extension host it would reach every other extension.
import { isMainThread } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';

if (isMainThread) setFlagsFromString('--no-regexp-tier-up');
