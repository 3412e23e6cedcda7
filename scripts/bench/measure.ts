// The benchmark's measuring child, bundled by run.ts with esbuild so no TypeScript loader runs
// beside it. Modes (each prints one JSON line, never note text):
//   floor <list> [tables]   parse every listed file with unified + remark-parse + remark-frontmatter
//                           (+ the GFM table extension on every file with `tables`): the parse-only floor
//   notes <list>            per note, in process: parse (floor) and full lint, median and p95
//   file <path> floor|lint  one large file: time and peak memory
//   warm <path>             one long record linted again and again (an editor while typing)
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { lint } from '../../src/core/lint.js';
import { parseNote } from '../../src/core/parse/note.js';
import { layoutOf, mergeWindow, positionsOf, selectWindow, windowText } from '../../src/vscode/window.js';

const floorParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
const tableFloorParser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(function tables(this: { data(): Record<string, unknown[] | undefined> }) {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmTable());
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  } as never)
  .freeze();

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function readList(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean);
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at]!;
}

function timeIt(fn: () => void, repeats: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function floor(listPath: string, tables: boolean): void {
  const files = readList(listPath);
  const parser = tables ? tableFloorParser : floorParser;
  const wall0 = performance.now();
  const cpu0 = cpuMs();
  let nodes = 0;
  for (const file of files) nodes += parser.parse(readFileSync(file, 'utf8')).children.length;
  print({ files: files.length, wallMs: performance.now() - wall0, cpuMs: cpuMs() - cpu0, nodes });
}

function notes(listPath: string): void {
  const texts = readList(listPath).map((file) => readFileSync(file, 'utf8'));
  // Warm up the JIT on every note first: the figures are for a clinician typing, not a cold start.
  for (let round = 0; round < 3; round++) for (const text of texts) lint(text);
  const parse: number[] = [];
  const parseNoteMs: number[] = [];
  const linted: number[] = [];
  for (const text of texts) {
    parse.push(timeIt(() => floorParser.parse(text), 5));
    parseNoteMs.push(timeIt(() => parseNote(text), 5));
    linted.push(timeIt(() => lint(text), 5));
  }
  const ratios = texts.map((_, i) => linted[i]! / parse[i]!).sort((a, b) => a - b);
  for (const list of [parse, parseNoteMs, linted]) list.sort((a, b) => a - b);
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / texts.length;
  print({
    notes: texts.length,
    meanBytes: bytes,
    parseMedianMs: quantile(parse, 0.5),
    parseP95Ms: quantile(parse, 0.95),
    parseNoteMedianMs: quantile(parseNoteMs, 0.5),
    lintMedianMs: quantile(linted, 0.5),
    lintP95Ms: quantile(linted, 0.95),
    ratioMedian: quantile(ratios, 0.5),
  });
}

/**
 * An editor re-linting a long record on each pause in typing, warm, the median of a few runs: the
 * whole record, and what the extension's large-note mode does instead (src/vscode/linter.ts): lint
 * the entries around the edit with the head, then merge with the last full lint's findings.
 */
function warm(path: string): void {
  const text = readFileSync(path, 'utf8');
  const full = lint(text);
  const ms = timeIt(() => lint(`${text} `), 5);
  // A character typed in the middle of the record, in a session entry.
  const at = text.indexOf('\n', text.length >> 1) + 1;
  const edited = `${text.slice(0, at)}x${text.slice(at)}`;
  const windowMs = timeIt(() => {
    const window = selectWindow(edited, { start: at, end: at + 1 }, layoutOf(edited));
    if (!window) throw new Error('the bench record has no entry to lint on its own');
    const result = lint(windowText(edited, window));
    mergeWindow(full.findings, result.findings, window, positionsOf(edited));
  }, 5);
  print({ bytes: Buffer.byteLength(text), warmLintMs: ms, windowLintMs: windowMs });
}

function file(path: string, mode: string): void {
  const text = readFileSync(path, 'utf8');
  const baselineRssMB = process.memoryUsage().rss / 1048576;
  const wall0 = performance.now();
  const cpu0 = cpuMs();
  let findings = 0;
  if (mode === 'floor') floorParser.parse(text);
  else if (mode === 'floor-tables') tableFloorParser.parse(text);
  else findings = lint(text).findings.length;
  const wallMs = performance.now() - wall0;
  print({ bytes: Buffer.byteLength(text), mode, wallMs, cpuMs: cpuMs() - cpu0, baselineRssMB, peakRssMB: process.resourceUsage().maxRSS / 1024, findings });
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

const [mode, arg, extra] = process.argv.slice(2);
if (mode === 'floor') floor(arg!, extra === 'tables');
else if (mode === 'notes') notes(arg!);
else if (mode === 'file') file(arg!, extra ?? 'lint');
else if (mode === 'warm') warm(arg!);
else {
  process.stderr.write('usage: measure.cjs floor <list> [tables] | notes <list> | file <path> floor|floor-tables|lint\n');
  process.exitCode = 2;
}
