import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

export interface Target {
  path: string;
  /** Named on the command line: always linted as a note. */
  explicit: boolean;
}

const MARKDOWN = /\.(?:md|markdown)$/i;
const NEVER_WALK = new Set(['.git', 'node_modules', '.hg', '.svn']);

/** .gitignore rules, each applying below the folder that holds it. */
class GitIgnores {
  private readonly cache = new Map<string, Ignore | null>();

  private rulesIn(dir: string): Ignore | null {
    if (!this.cache.has(dir)) {
      const file = join(dir, '.gitignore');
      this.cache.set(dir, existsSync(file) ? ignore().add(readFileSync(file, 'utf8')) : null);
    }
    return this.cache.get(dir)!;
  }

  /** Whether any .gitignore from the repository root down to the file's folder excludes it. */
  ignores(path: string, isDir: boolean): boolean {
    const root = repositoryRoot(path);
    if (!root) return false;
    let dir = dirname(path);
    const chain: string[] = [];
    while (dir.length >= root.length) {
      chain.push(dir);
      if (dir === root) break;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    for (const folder of chain) {
      const rules = this.rulesIn(folder);
      if (!rules) continue;
      const rel = relative(folder, path).split(sep).join('/');
      if (rel && rules.ignores(isDir ? `${rel}/` : rel)) return true;
    }
    return false;
  }
}

const rootCache = new Map<string, string | null>();
function repositoryRoot(path: string): string | null {
  let dir = dirname(path);
  const visited: string[] = [];
  for (;;) {
    if (rootCache.has(dir)) {
      const found = rootCache.get(dir)!;
      for (const v of visited) rootCache.set(v, found);
      return found;
    }
    visited.push(dir);
    if (existsSync(join(dir, '.git'))) {
      for (const v of visited) rootCache.set(v, dir);
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      for (const v of visited) rootCache.set(v, null);
      return null;
    }
    dir = parent;
  }
}

function walk(dir: string, gitignores: GitIgnores, out: string[], filter?: (path: string) => boolean): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (NEVER_WALK.has(entry.name) || gitignores.ignores(path, true)) continue;
      walk(path, gitignores, out, filter);
    } else if (entry.isFile() && MARKDOWN.test(entry.name) && !gitignores.ignores(path, false) && (!filter || filter(path))) {
      out.push(path);
    }
  }
}

/**
 * Expands the command line's paths and globs. A named file is explicit; folders and globs yield
 * markdown files that .gitignore does not exclude, for the caller to test as notes.
 */
export function expandTargets(patterns: string[], cwd: string): { targets: Target[]; missing: string[] } {
  const gitignores = new GitIgnores();
  const targets: Target[] = [];
  const missing: string[] = [];
  const seen = new Map<string, Target>();
  const add = (path: string, explicit: boolean): void => {
    const known = seen.get(path);
    // A file named on the command line stays named, even when a folder given too contains it.
    if (known) {
      known.explicit ||= explicit;
      return;
    }
    const target = { path, explicit };
    seen.set(path, target);
    targets.push(target);
  };
  for (const pattern of patterns.length ? patterns : ['.']) {
    const absolute = resolve(cwd, pattern);
    if (existsSync(absolute)) {
      const stat = statSync(absolute);
      if (stat.isFile()) add(absolute, true);
      else if (stat.isDirectory()) {
        const found: string[] = [];
        walk(absolute, gitignores, found);
        for (const path of found) add(path, false);
      }
      continue;
    }
    const scan = picomatch.scan(pattern);
    if (!scan.isGlob) {
      missing.push(pattern);
      continue;
    }
    const base = resolve(cwd, scan.base || '.');
    const isMatch = picomatch(scan.glob, { dot: false });
    const found: string[] = [];
    walk(base, gitignores, found, (path) => isMatch(relative(base, path).split(sep).join('/')));
    if (found.length === 0) missing.push(pattern);
    for (const path of found) add(path, false);
  }
  return { targets, missing };
}
