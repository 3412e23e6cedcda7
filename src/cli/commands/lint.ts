import { writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { lint } from '../../core/lint.js';
import { isIgnored, isNote } from '../../core/notes.js';
import { ConfigResolver } from '../config.js';
import { expandTargets } from '../files.js';
import { formatJson } from '../formatters/json.js';
import { formatSarif } from '../formatters/sarif.js';
import { formatStylish } from '../formatters/stylish.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from '../io.js';
import { readNote } from '../read-note.js';
import { countResults, type FileResult, type FormatOptions } from '../results.js';

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

export function runLint(options: LintCommandOptions, io: CliIo): number {
  let exitCode = EXIT_OK;
  const resolver = new ConfigResolver(options.config ? resolve(io.cwd, options.config) : null);
  const reportedConfigErrors = new Set<string>();
  const { targets, missing } = expandTargets(options.patterns, io.cwd);
  for (const pattern of missing) {
    io.stderr(`rapport: no file or folder matches "${pattern}"\n`);
    exitCode = EXIT_USAGE;
  }

  const results: FileResult[] = [];
  const showProgress = io.interactive && targets.length > 50;
  targets.forEach((target, i) => {
    if (showProgress && i % 25 === 0) io.stderr(`\rrapport: ${i}/${targets.length} files`);
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
      results.push(result);
      return;
    }
    if (!target.explicit && !isNote(read.text, target.path, config)) return;
    if (read.invalidUtf8Line !== undefined) {
      result.problems.push({ severity: 'warning', message: 'The file is not valid UTF-8; bytes that could not be read show as �. The rest was checked.', line: read.invalidUtf8Line });
    }
    try {
      const linted = lint(read.text, { config, filePath: target.path, inlineConfig: options.inlineConfig });
      result.findings = options.quiet ? linted.findings.filter((f) => f.severity === 'error') : linted.findings;
      result.suppressed = linted.suppressed;
      result.note = { type: linted.note.type, format: linted.note.format };
    } catch {
      // Never a stack trace (it could carry note text); the other files still get linted.
      result.problems.push({ severity: 'error', message: 'Rapport could not lint this file (an internal error); the other files were linted.' });
    }
    results.push(result);
  });
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
