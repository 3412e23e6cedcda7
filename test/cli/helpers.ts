import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in process, in a folder. */
export function rapport(cwd: string, ...args: string[]): Run {
  let stdout = '';
  let stderr = '';
  const code = main(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), interactive: false, colour: false });
  return { code, stdout, stderr };
}

/** A scratch folder with the given files (path → content); removed by the returned cleanup. */
export function workspace(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function note(fields: Record<string, string | number>, body: string): string {
  return `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}`;
}

/** A complete, clean SOAP progress note. */
export const CLEAN_SOAP = note(
  { type: 'progress', format: 'SOAP', client: 'C-9001', date: '2026-11-01', session: 4 },
  '## Subjective\n\n"Better week." SRS 38; she said the pace "felt right".\n\n## Objective\n\nCalm, engaged.\n\n## Assessment\n\nImproving.\n\n## Plan\n\n- Next session 11/8: values card sort together.\n',
);

/** A SOAP note missing its Objective section (one warning). */
export const MISSING_OBJECTIVE = CLEAN_SOAP.replace('## Objective\n\nCalm, engaged.\n\n', '');

/** A lint report in the json format, as the tests read it. */
export type JsonReport = Array<{
  filePath: string;
  messages: Array<{ ruleId: string | null; fatal?: boolean; severity: number; message: string; line: number; detail?: string }>;
}>;

/** Lints files in a scratch folder with `--format json` and parses the report. */
export function lintJson(files: Record<string, string | Buffer>, ...args: string[]): { code: number; report: JsonReport; stderr: string } {
  const ws = workspace(files);
  try {
    const run = rapport(ws.dir, 'lint', ...args, '--format', 'json');
    return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
  } finally {
    ws.cleanup();
  }
}
