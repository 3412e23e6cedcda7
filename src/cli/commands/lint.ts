import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve, sep } from 'node:path';
import { isIgnored, isNote } from '../../core/notes.js';
import { ConfigResolver } from '../config.js';
import { expandTargets } from '../files.js';
import { formatJson } from '../formatters/json.js';
import { formatSarif } from '../formatters/sarif.js';
import { formatStylish } from '../formatters/stylish.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from '../io.js';
import { readNote } from '../read-note.js';
import { countResults, type FileResult, type FormatOptions } from '../results.js';
import { LintPool } from '../worker.js';
import { lintJob, type LintJob, type LintJobResult } from '../worker-job.js';
import type { ResolvedConfig } from '../../core/config/resolve.js';

export interface LintCommandOptions {
  patterns: string[];
  config: string | null;
  format: 'stylish' | 'json' | 'sarif';
  output: string | null;
  maxWarnings: number | null;
  quiet: boolean;
  includeExcerpts: boolean;
  inlineConfig: boolean;
  version: string;
}

const FORMATTERS = { stylish: formatStylish, json: formatJson, sarif: formatSarif };

/** Fewer notes than this lint on one thread: starting workers costs more than it saves. */
export const PARALLEL_MIN_NOTES = 64;
/** Notes longer than this are linted on the main thread (see below). */
const LARGE_NOTE_CHARS = 1024 * 1024;

/** Worker threads for a run: one per core when the binary can start them, none on one core. `RAPPORT_WORKERS` overrides (0: one thread). */
function workerCount(io: CliIo): number {
  // From TypeScript sources (tsx), a worker's module loader needs this thread's event loop, which the lint loop blocks.
  if (!io.workerScript || !/\.c?js$/.test(io.workerScript)) return 0;
  const override = process.env.RAPPORT_WORKERS;
  if (override !== undefined && override !== '') {
    const n = Number(override);
    return Number.isInteger(n) && n >= 0 ? Math.min(n, 16) : 0;
  }
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, 8) : 0;
}

export function runLint(options: LintCommandOptions, io: CliIo): number {
  let exitCode = EXIT_OK;
  const resolver = new ConfigResolver(options.config ? resolve(io.cwd, options.config) : null);
  const reportedConfigErrors = new Set<string>();
  const { targets, missing } = expandTargets(options.patterns, io.cwd);
  for (const pattern of missing) {
    io.stderr(`rapport: no file or folder matches "${pattern}"\n`);
    exitCode = EXIT_USAGE;
  }

  // One slot per target, in command-line order: results come back from workers in any order.
  const slots: Array<FileResult | null> = new Array(targets.length).fill(null);
  const jobOptions = { quiet: options.quiet, inlineConfig: options.inlineConfig };
  const queued: Array<{ job: LintJob; config: ResolvedConfig }> = [];
  const large: Array<{ job: LintJob; config: ResolvedConfig }> = [];
  const workers = workerCount(io);
  let pool: LintPool | null = null;
  let poolFailed = false;
  let done = 0;
  const showProgress = io.interactive && targets.length > 50;
  const progress = (): void => {
    done++;
    if (showProgress && done % 25 === 0) io.stderr(`\rrapport: ${done}/${targets.length} files`);
  };
  const finish = (index: number, linted: LintJobResult): void => {
    Object.assign(slots[index]!, linted);
    progress();
  };

  targets.forEach((target, i) => {
    const displayPath = relative(io.cwd, target.path).split(sep).join('/') || target.path;
    const configResult = resolver.forFile(target.path);
    if (!configResult.ok) {
      // One line per broken config file, naming the file, the key and what was expected; its notes are skipped.
      const { error } = configResult;
      if (!reportedConfigErrors.has(error.file)) {
        reportedConfigErrors.add(error.file);
        io.stderr(`rapport: config error in ${relative(io.cwd, error.file) || error.file}: ${error.problems.join('; ')}\n`);
      }
      exitCode = EXIT_USAGE;
      return;
    }
    const config = configResult.config;
    if (!target.explicit && isIgnored(target.path, config)) return;
    const read = readNote(target.path);
    const result: FileResult = { filePath: target.path, displayPath, findings: [], suppressed: [], problems: [], note: null };
    if (!read.ok) {
      if (!target.explicit) return; // a folder's binary files are not notes
      result.problems.push({ severity: 'error', message: `The file ${read.reason}.` });
      slots[i] = result;
      return;
    }
    if (!target.explicit && !isNote(read.text, target.path, config)) return;
    slots[i] = result;
    const job: LintJob = { index: i, filePath: target.path, text: read.text };
    if (read.invalidUtf8Line !== undefined) job.invalidUtf8Line = read.invalidUtf8Line;
    // A long running record is linted here: a worker's smaller heap is for many small notes.
    if (workers > 0 && job.text.length > LARGE_NOTE_CHARS) {
      large.push({ job, config });
      return;
    }
    if (workers === 0) {
      finish(i, lintJob(job, config, jobOptions));
      return;
    }
    if (pool) {
      pool.submit(job);
      return;
    }
    queued.push({ job, config });
    if (queued.length >= PARALLEL_MIN_NOTES && !poolFailed) {
      try {
        pool = new LintPool({ script: io.workerScript!, size: workers, configPath: options.config ? resolve(io.cwd, options.config) : null, options: jobOptions });
      } catch {
        poolFailed = true; // no threads to be had (a sandbox, a memory limit): lint everything here
        return;
      }
      for (const { job: waiting } of queued.splice(0)) pool.submit(waiting);
    }
  });

  // Few notes, no workers, or what was not sent to them: lint on this thread.
  for (const { job, config } of [...queued, ...large]) finish(job.index, lintJob(job, config, jobOptions));
  if (pool) {
    const usedPool: LintPool = pool;
    try {
      usedPool.drain(
        (reply) => finish(reply.index, reply.result),
        (job) => {
          const config = resolver.forFile(job.filePath);
          return config.ok ? lintJob(job, config.config, jobOptions) : { findings: [], suppressed: [], problems: [], note: null };
        },
      );
    } finally {
      usedPool.close();
    }
  }
  const results = slots.filter((r): r is FileResult => r !== null);
  if (showProgress) io.stderr(`\r${' '.repeat(40)}\r`);

  const formatOptions: FormatOptions = { includeExcerpts: options.includeExcerpts, colour: io.colour && !options.output, cwd: io.cwd, version: options.version };
  const output = FORMATTERS[options.format](results, formatOptions);
  if (options.output) {
    try {
      writeFileSync(resolve(io.cwd, options.output), output);
    } catch (error) {
      io.stderr(`rapport: cannot write ${options.output} (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
      return EXIT_USAGE;
    }
  } else if (output) io.stdout(output.endsWith('\n') ? output : `${output}\n`);

  if (exitCode === EXIT_USAGE) return exitCode;
  const counts = countResults(results);
  if (counts.errors > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== null && counts.warnings > options.maxWarnings) {
    io.stderr(`rapport: ${counts.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}
