// The `rapport` binary: wires main() to the process. Kept apart so tests call main() in process.
// The same bundle is the lint workers' entry: a worker thread runs runLintWorker() instead.
import './v8-flags.js';
import { isLintWorker, runLintWorker } from './worker.js';
import { main } from './main.js';

if (isLintWorker()) {
  runLintWorker();
} else {
  const io = {
    cwd: process.cwd(),
    stdout: (text: string) => process.stdout.write(text),
    stderr: (text: string) => process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY),
    colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    // The bundle (dist/cli.cjs) starts its own workers; run from sources, a worker needs the TypeScript loader too.
    workerScript: typeof __filename === 'string' ? __filename : undefined,
  };

  try {
    process.exitCode = main(process.argv.slice(2), io);
  } catch (error) {
    // An unexpected failure gets one line and no stack trace: a trace can carry note text.
    process.stderr.write(`rapport: internal error (${(error as Error).name}); please report it with the command you ran\n`);
    process.exitCode = 2;
  }
}
