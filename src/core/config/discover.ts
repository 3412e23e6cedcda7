import { dirname, joinPath, relativeTo, toPosix } from './paths.js';

/** Config file names, in the order they win within one folder. */
export const CONFIG_FILE_NAMES = ['.rapportrc.json', '.rapportrc.yaml', '.rapportrc.yml'] as const;

/**
 * The nearest config file at or above a folder, as ESLint's legacy lookup does; `stopAt` (the
 * workspace or repository root) bounds the walk so a stray file in a home folder does not apply.
 */
export function findConfigFile(startDir: string, exists: (path: string) => boolean, stopAt?: string): string | null {
  let dir = toPosix(startDir);
  const stop = stopAt ? toPosix(stopAt) : null;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = joinPath(dir, name);
      if (exists(candidate)) return candidate;
    }
    if (stop !== null && (dir === stop || relativeTo(stop, dir) === null)) return null;
    const parent = dirname(dir);
    if (parent === dir || parent === '.') return null;
    dir = parent;
  }
}
