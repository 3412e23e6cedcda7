// npm run bench: Rapport's throughput and latency against the parse-only floor and markdownlint,
// on the same generated notes, with the ratios the speed issue sets as goals.
//
//   npm run bench                         1,000 and 10,000 notes, 500 KB and 5 MB records
//   npm run bench -- --quick              a smoke run: 100 and 300 notes, 50 KB and 500 KB records
//   npm run bench -- --notes 1000,10000 --big 500k,5m --seed 7 --out /tmp/rapport-bench
//   --no-markdownlint  --no-build  --json   (also: RAPPORT_WORKERS=n is passed to the CLI)
//
// Notes are fictitious and written outside the repository (a .gitignore'd folder would be skipped
// by `rapport lint`, which respects .gitignore). Nothing here prints note text.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateNote, generateRunningRecord } from './generate.js';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

interface Options {
  notes: number[];
  big: number[];
  seed: number;
  out: string;
  markdownlint: boolean;
  build: boolean;
  json: boolean;
  sampleNotes: number;
  /** A measuring child that runs longer is stopped and its figure shown as more than this. */
  timeoutSeconds: number;
}

function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kKmM]?)[bB]?$/.exec(value.trim());
  if (!match) throw new Error(`not a size: ${value}`);
  const unit = match[2]!.toLowerCase();
  return Math.round(Number(match[1]) * (unit === 'm' ? 1024 * 1024 : unit === 'k' ? 1024 : 1));
}

function parseOptions(argv: string[]): Options {
  const options: Options = { notes: [1000, 10000], big: [500 * 1024, 5 * 1024 * 1024], seed: 20261126, out: join(tmpdir(), 'rapport-bench'), markdownlint: true, build: true, json: false, sampleNotes: 200, timeoutSeconds: 900 };
  let quick = false;
  const explicit = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--quick') quick = true;
    else if (arg === '--notes') (options.notes = value().split(',').map((n) => parseSize(n))), explicit.add('notes');
    else if (arg === '--big') (options.big = value().split(',').map(parseSize)), explicit.add('big');
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--out') options.out = resolve(value());
    else if (arg === '--sample') options.sampleNotes = Number(value());
    else if (arg === '--no-markdownlint') options.markdownlint = false;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--json') options.json = true;
    else if (arg === '--timeout') options.timeoutSeconds = Number(value());
    else throw new Error(`unknown option ${arg}`);
  }
  if (quick) {
    if (!explicit.has('notes')) options.notes = [100, 300];
    if (!explicit.has('big')) options.big = [50 * 1024, 500 * 1024];
    options.sampleNotes = Math.min(options.sampleNotes, 40);
  }
  options.notes.sort((a, b) => a - b);
  options.big.sort((a, b) => a - b);
  if (options.out.startsWith(repo + '/') || options.out === repo) {
    throw new Error('--out must be outside the repository: rapport lint skips .gitignore\'d folders such as bench-out/');
  }
  return options;
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// The files

function writeCorpus(options: Options): Map<number, string> {
  const dirs = new Map<number, string>();
  const max = options.notes[options.notes.length - 1]!;
  const all: Array<{ name: string; text: string }> = [];
  for (const n of options.notes) {
    const dir = join(options.out, `corpus-${options.seed}-${n}`);
    dirs.set(n, dir);
    const stamp = join(dir, '.complete');
    if (existsSync(stamp)) continue;
    if (all.length === 0) for (let i = 0; i < max; i++) all.push(generateNote(options.seed, i));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // A hundred notes a folder, as a clinic keeps them (per client or per month).
    for (let i = 0; i < n; i++) {
      const sub = join(dir, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
      if (i % 100 === 0) mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, all[i]!.name), all[i]!.text);
    }
    writeFileSync(stamp, '');
  }
  return dirs;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.name.endsWith('.md')) out.push(full);
  }
  return out.sort();
}

function writeBig(options: Options, bytes: number): string {
  const path = join(options.out, `record-${options.seed}-${bytes}.md`);
  if (!existsSync(path)) writeFileSync(path, generateRunningRecord(options.seed, bytes));
  return path;
}

// ---------------------------------------------------------------------------------------------
// Running things

interface Timed {
  wallMs: number;
  cpuMs: number;
  maxRssMB: number;
  status: number | null;
}

/** Runs `node [--require usage.cjs] args…` and measures wall time and the child's CPU time (all threads). */
function runNode(args: string[], cwd: string, env: Record<string, string> = {}): Timed {
  const usageFile = join(cwd === repo ? tmpdir() : cwd, `.usage-${process.pid}.json`);
  rmSync(usageFile, { force: true });
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--require', join(repo, 'scripts/bench/usage.cjs'), ...args], {
    cwd,
    env: { ...process.env, ...env, BENCH_USAGE_FILE: usageFile, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  const usage = existsSync(usageFile) ? (JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; maxRssMB: number }) : { cpuMs: NaN, maxRssMB: NaN };
  rmSync(usageFile, { force: true });
  return { wallMs, cpuMs: usage.cpuMs, maxRssMB: usage.maxRssMB, status: child.status };
}

/**
 * How much faster this machine runs two busy processes than one: the parse floor over the same
 * notes, alone and then twice at once. Two full cores give 2.0; virtual cores that share a host
 * give less, and no use of threads can take the CLI's wall time below what this allows.
 */
async function parallelCapacity(args: string[], cwd: string): Promise<number> {
  const once = (): Promise<number> =>
    new Promise((done, fail) => {
      const start = performance.now();
      const child = spawn(process.execPath, args, { cwd, stdio: 'ignore' });
      child.on('error', fail);
      child.on('exit', () => done(performance.now() - start));
    });
  const alone = await once();
  const together = Math.max(...(await Promise.all([once(), once()])));
  return (2 * alone) / together;
}

let childTimeoutMs = 900_000;

/** Runs the bundled measuring child and returns its JSON line; null when it ran out of time. */
function measure<T>(measureScript: string, args: string[], nodeFlags: string[] = []): T | null {
  const child = spawnSync(process.execPath, [...nodeFlags, measureScript, ...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: childTimeoutMs });
  if (child.error && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return null;
  if (child.status !== 0) throw new Error(`measure ${args[0]} failed (exit ${child.status}): ${child.stderr.split('\n')[0]}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as T;
}

// ---------------------------------------------------------------------------------------------
// Reporting

interface Goal {
  name: string;
  value: number;
  limit: number;
  /** How the value was computed, in words. */
  how: string;
}

const fmtMs = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
const fmtMB = (mb: number): string => `${mb.toFixed(0)} MB`;
const fmtBytes = (b: number): string => (b >= 1048576 ? `${(b / 1048576).toFixed(1)} MB` : `${(b / 1024).toFixed(0)} KB`);
const fmtN = (n: number): string => n.toLocaleString('en-US');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

function loadLine(): string {
  return `load average ${loadavg().map((l) => l.toFixed(2)).join(', ')} on ${cpus().length} cores`;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  childTimeoutMs = options.timeoutSeconds * 1000;
  mkdirSync(options.out, { recursive: true });
  const loadBefore = loadLine();
  log(`rapport bench: seed ${options.seed}, notes ${options.notes.join(', ')}, records ${options.big.map(fmtBytes).join(', ')}, out ${options.out}`);
  log(`  ${loadBefore}`);

  if (options.build) {
    log('  building dist/cli.cjs');
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const cli = join(repo, 'dist/cli.cjs');
  if (!existsSync(cli)) throw new Error('dist/cli.cjs is missing: run npm run build');
  const measureScript = join(options.out, 'measure.cjs');
  await build({ entryPoints: [join(repo, 'scripts/bench/measure.ts')], outfile: measureScript, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', minify: true });

  log('  writing notes');
  const dirs = writeCorpus(options);
  const bigFiles = options.big.map((bytes) => writeBig(options, bytes));

  const corpus: Array<Record<string, number>> = [];
  const reports = new Map<number, string>();
  for (const n of options.notes) {
    const dir = dirs.get(n)!;
    const files = listFiles(dir);
    const list = join(options.out, `list-${options.seed}-${n}.txt`);
    writeFileSync(list, `${files.join('\n')}\n`);
    const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
    log(`  ${fmtN(n)} notes (${fmtBytes(bytes)}): reading, parse floor, rapport lint${options.markdownlint ? ', markdownlint-cli2' : ''}`);
    const read0 = performance.now();
    for (const f of files) readFileSync(f, 'utf8');
    const readMs = performance.now() - read0;
    const floorInner = measure<{ wallMs: number; cpuMs: number }>(measureScript, ['floor', list]) ?? { wallMs: NaN, cpuMs: NaN };
    const floor = runNode([measureScript, 'floor', list], repo);
    const report = join(options.out, `report-${options.seed}-${n}.json`);
    const rapport = runNode([cli, 'lint', '.', '--format', 'json', '--output', report], dir);
    reports.set(n, report);
    const row: Record<string, number> = { notes: n, bytes, readMs, floorWallMs: floor.wallMs, floorCpuMs: floor.cpuMs, floorInnerWallMs: floorInner.wallMs, rapportWallMs: rapport.wallMs, rapportCpuMs: rapport.cpuMs, rapportMaxRssMB: rapport.maxRssMB, rapportExit: rapport.status ?? -1 };
    if (options.markdownlint) {
      const bin = join(repo, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
      const ml = runNode([bin, '**/*.md'], dir);
      Object.assign(row, { markdownlintWallMs: ml.wallMs, markdownlintCpuMs: ml.cpuMs, markdownlintExit: ml.status ?? -1 });
    }
    corpus.push(row);
  }

  // The smallest corpus again on one thread, and with GFM tables parsed in every note: the output
  // must be identical, and the table extension's cost shows why it is enabled only where needed.
  const small = options.notes[0]!;
  log(`  ${fmtN(small)} notes on one thread (RAPPORT_WORKERS=0), and the floor with tables always on`);
  const singleReport = join(options.out, `report-${options.seed}-${small}-single.json`);
  const single = runNode([cli, 'lint', '.', '--format', 'json', '--output', singleReport], dirs.get(small)!, { RAPPORT_WORKERS: '0' });
  const hash = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
  const identical = hash(singleReport) === hash(reports.get(small)!);
  const smallList = join(options.out, `list-${options.seed}-${small}.txt`);
  const floorTables = runNode([measureScript, 'floor', smallList, 'tables'], repo);
  const capacity = await parallelCapacity([measureScript, 'floor', smallList], repo);

  // Per note, in process: notes of about 3 KB.
  log('  per note, in process');
  const largest = options.notes[options.notes.length - 1]!;
  const sample = listFiles(dirs.get(largest)!)
    .filter((f) => {
      const size = statSync(f).size;
      return size >= 2560 && size <= 3584;
    })
    .slice(0, options.sampleNotes);
  const sampleList = join(options.out, `sample-${options.seed}.txt`);
  writeFileSync(sampleList, `${sample.join('\n')}\n`);
  const perNote = measure<{ notes: number; meanBytes: number; parseMedianMs: number; parseP95Ms: number; parseNoteMedianMs: number; lintMedianMs: number; lintP95Ms: number; ratioMedian: number }>(measureScript, ['notes', sampleList])!;

  // Large files, each in its own process so peak memory is its own.
  log('  large files');
  type FileRun = { bytes: number; wallMs: number; cpuMs: number; baselineRssMB: number; peakRssMB: number; findings: number };
  const timedOut: FileRun = { bytes: NaN, wallMs: options.timeoutSeconds * 1000, cpuMs: NaN, baselineRssMB: NaN, peakRssMB: NaN, findings: NaN };
  const big = bigFiles.map((path) => {
    const lintRun = measure<FileRun>(measureScript, ['file', path, 'lint']) ?? timedOut;
    const floorMeasured = measure<FileRun>(measureScript, ['file', path, 'floor']);
    const cliRun = runNode([cli, 'lint', path, '--format', 'json', '--output', join(options.out, 'report-big.json')], options.out);
    return { path, bytes: statSync(path).size, floor: floorMeasured ?? timedOut, lint: lintRun, cli: cliRun, floorTimedOut: floorMeasured === null };
  });
  // Typing in a long running record: the editor re-lints the whole note after each pause.
  const editorPath = writeBig(options, 300 * 1024);
  const editor = measure<{ bytes: number; warmLintMs: number; windowLintMs: number }>(measureScript, ['warm', editorPath]);
  const loadAfter = loadLine();

  // ---- print
  const out: string[] = [];
  out.push('', `Rapport bench (seed ${options.seed}; ${loadBefore} at the start, ${loadAfter.replace(/ on .*/, '')} at the end)`, '');
  const header = ['', ...corpus.map((r) => `${fmtN(r.notes!)} notes`)];
  const rows: string[][] = [header];
  rows.push(['size', ...corpus.map((r) => fmtBytes(r.bytes!))]);
  rows.push(['read all files (in process)', ...corpus.map((r) => fmtMs(r.readMs!))]);
  rows.push(['parse floor: wall (process)', ...corpus.map((r) => fmtMs(r.floorWallMs!))]);
  rows.push(['parse floor: CPU (process)', ...corpus.map((r) => fmtMs(r.floorCpuMs!))]);
  rows.push(['parse floor: parse loop only', ...corpus.map((r) => fmtMs(r.floorInnerWallMs!))]);
  rows.push(['rapport lint: wall', ...corpus.map((r) => fmtMs(r.rapportWallMs!))]);
  rows.push(['rapport lint: CPU (all threads)', ...corpus.map((r) => fmtMs(r.rapportCpuMs!))]);
  rows.push(['rapport lint: peak memory', ...corpus.map((r) => fmtMB(r.rapportMaxRssMB!))]);
  if (options.markdownlint) {
    rows.push(['markdownlint-cli2: wall', ...corpus.map((r) => fmtMs(r.markdownlintWallMs!))]);
    rows.push(['markdownlint-cli2: CPU', ...corpus.map((r) => fmtMs(r.markdownlintCpuMs!))]);
  }
  out.push(table(rows), '');
  out.push(`${fmtN(small)} notes on one thread: wall ${fmtMs(single.wallMs)}, CPU ${fmtMs(single.cpuMs)}; report ${identical ? 'identical to' : 'DIFFERENT FROM'} the multi-threaded run`);
  // With rules free, the CLI's wall time is at least the floor's CPU spread over what the cores give.
  out.push(`This machine runs two processes at once ${capacity.toFixed(2)} × as fast as one (the parse floor over ${fmtN(small)} notes; two full cores give 2.00): the CLI wall ÷ floor goal of 0.60 needs at least ${(1.15 / 0.6).toFixed(2)}`);
  out.push(`${fmtN(small)} notes, parse floor with GFM tables on every note: wall ${fmtMs(floorTables.wallMs)} (${(floorTables.wallMs / corpus[0]!.floorWallMs!).toFixed(2)} × the floor)`);
  out.push('');
  out.push(`Per note, in process (${perNote.notes} notes of ${fmtBytes(perNote.meanBytes)} on average, warm):`);
  out.push(
    table([
      ['', 'median', 'p95'],
      ['parse (unified + remark-parse + frontmatter)', fmtMs(perNote.parseMedianMs), fmtMs(perNote.parseP95Ms)],
      ['rapport parseNote (parse + sections + sentences)', fmtMs(perNote.parseNoteMedianMs), ''],
      ['rapport lint (everything)', fmtMs(perNote.lintMedianMs), fmtMs(perNote.lintP95Ms)],
    ]),
  );
  out.push('');
  out.push('Large files (each in its own process):');
  out.push(
    table([
      ['', 'parse floor', 'floor peak RSS', 'rapport lint', 'lint peak RSS', 'CLI wall', 'CLI peak RSS'],
      ...big.map((b) => [fmtBytes(b.bytes), `${b.floorTimedOut ? '> ' : ''}${fmtMs(b.floor.wallMs)}`, b.floorTimedOut ? '?' : fmtMB(b.floor.peakRssMB), fmtMs(b.lint.wallMs), fmtMB(b.lint.peakRssMB), fmtMs(b.cli.wallMs), fmtMB(b.cli.maxRssMB)]),
    ]),
  );
  if (editor) out.push(`Editor, typing in a ${fmtBytes(editor.bytes)} running record (warm): re-linted whole ${fmtMs(editor.warmLintMs)}; large-note mode (the entries around the edit, merged with the last full lint) ${fmtMs(editor.windowLintMs)}`);

  const goals: Goal[] = [];
  const largestRow = corpus[corpus.length - 1]!;
  const smallestRow = corpus[0]!;
  const at = `${fmtN(largestRow.notes!)} notes`;
  goals.push({ name: `CLI wall ÷ parse floor wall (${at})`, value: largestRow.rapportWallMs! / largestRow.floorWallMs!, limit: 0.6, how: 'both whole processes' });
  goals.push({ name: `CLI CPU ÷ parse floor CPU (${at})`, value: largestRow.rapportCpuMs! / largestRow.floorCpuMs!, limit: 1.15, how: 'CPU of every thread' });
  if (options.markdownlint) goals.push({ name: `CLI wall ÷ markdownlint-cli2 wall (${at})`, value: largestRow.rapportWallMs! / largestRow.markdownlintWallMs!, limit: 0.25, how: 'both whole processes' });
  goals.push({ name: `3 KB note: lint ÷ parse (median)`, value: perNote.lintMedianMs / perNote.parseMedianMs, limit: 1.25, how: `median of per-note ratios ${perNote.ratioMedian.toFixed(2)}` });
  if (corpus.length > 1) {
    const scale = largestRow.notes! / smallestRow.notes!;
    goals.push({ name: `CLI wall, ${fmtN(largestRow.notes!)} ÷ ${fmtN(smallestRow.notes!)} notes`, value: largestRow.rapportWallMs! / smallestRow.rapportWallMs!, limit: scale * 1.05, how: `linear is ${scale.toFixed(1)}` });
  }
  if (big.length > 1) {
    const [a, b] = [big[0]!, big[big.length - 1]!];
    const scale = b.bytes / a.bytes;
    goals.push({ name: `lint time, ${fmtBytes(b.bytes)} ÷ ${fmtBytes(a.bytes)} file`, value: b.lint.wallMs / a.lint.wallMs, limit: scale * 1.1, how: `linear is ${scale.toFixed(1)}; parse floor ${(b.floor.wallMs / a.floor.wallMs).toFixed(1)}` });
  }
  const largestBig = big[big.length - 1];
  if (largestBig && !largestBig.floorTimedOut) {
    goals.push({ name: `peak memory, lint ÷ parse alone (${fmtBytes(largestBig.bytes)})`, value: largestBig.lint.peakRssMB / largestBig.floor.peakRssMB, limit: 1, how: `${fmtMB(largestBig.lint.peakRssMB)} vs ${fmtMB(largestBig.floor.peakRssMB)}` });
  }
  if (editor) goals.push({ name: `typing in a ${fmtBytes(editor.bytes)} record: diagnostics after the debounce`, value: editor.windowLintMs, limit: 100, how: 'ms, large-note mode, one edit in the middle' });
  goals.push({ name: 'one thread and many threads give the same report', value: identical ? 1 : 0, limit: 1, how: `${fmtN(small)} notes, JSON compared byte for byte` });
  out.push('', 'Goals (issue 6):');
  out.push(
    table([
      ['goal', 'measured', 'limit', 'met', 'how'],
      ...goals.map((g) => {
        const isCheck = g.name.startsWith('one thread');
        return [g.name, isCheck ? (g.value === 1 ? 'yes' : 'no') : g.value.toFixed(2), isCheck ? 'yes' : `≤ ${g.limit.toFixed(2)}`, (isCheck ? g.value === 1 : g.value <= g.limit) ? 'yes' : 'NO', g.how];
      }),
    ]),
  );
  out.push('', 'Figures from a loaded machine are noisy: compare ratios from one run, and note the load average.');
  process.stdout.write(`${out.join('\n')}\n`);

  const results = { options: { ...options, out: undefined }, loadBefore, loadAfter, corpus, single: { ...single, identical }, floorTables, perNote, big: big.map((b) => ({ ...b, path: undefined })), goals };
  writeFileSync(join(options.out, `results-${options.seed}.json`), `${JSON.stringify(results, null, 2)}\n`);
  if (options.json) process.stdout.write(`${JSON.stringify(results)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`rapport bench: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
