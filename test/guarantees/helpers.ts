// Shared by the guarantee tests: they check what ships (the bundles in dist/), run as a user runs
// it (`node dist/cli.cjs` in a child process, so every output channel is real).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve('.');
export const CLI = join(ROOT, 'dist', 'cli.cjs');

function newestMtime(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Every source file under a folder (TypeScript and JavaScript). */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(?:ts|js|mjs|cjs)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** Builds dist/ when it is missing or older than the sources (a fresh clone, or a change since the last build). */
export function ensureBuilt(): void {
  const sources = Math.max(newestMtime(join(ROOT, 'src')), statSync(join(ROOT, 'scripts', 'build.mjs')).mtimeMs);
  const bundles = [CLI, ...(existsSync(join(ROOT, 'src', 'vscode', 'extension.ts')) ? [join(ROOT, 'dist', 'extension.cjs'), join(ROOT, 'dist', 'web', 'extension.js')] : [])];
  if (bundles.every((b) => existsSync(b) && statSync(b).mtimeMs >= sources)) return;
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status}): ${result.stderr.slice(0, 2000)}`);
}

/** Every JavaScript file in dist/: the bundles the CLI and the extension (desktop and web) run from. */
export function bundles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:c|m)?js$/.test(entry.name)) out.push(path);
    }
  };
  walk(join(ROOT, 'dist'));
  return out.sort();
}

/** The bundles users run: the CLI, and the extension for desktop and web (build-time helpers in dist/ are not shipped). */
export function shippedBundles(): string[] {
  return ['cli.cjs', 'extension.cjs', 'web/extension.js'].map((b) => join(ROOT, 'dist', b)).filter((b) => existsSync(b));
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI in a child process, as a user or a CI job does. */
export function runCli(cwd: string, args: string[], env: Record<string, string> = {}): CliRun {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch folder with the given files (path → content): the CLI tests' helper. */
export { workspace as scratch } from '../cli/helpers.js';
