// A worker thread's entry when running from sources (tests, tsx); the built CLI bundle is its own worker entry (run.ts).
import { runLintWorker } from './worker.js';

runLintWorker();
