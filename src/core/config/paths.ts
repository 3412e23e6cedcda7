// Path arithmetic without node:path, so the engine also runs in VS Code's web worker.
// Paths use forward slashes; callers convert Windows paths on the way in.

export function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}

export function dirname(path: string): string {
  const p = toPosix(path);
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return p.slice(0, i);
}

export function joinPath(base: string, relative: string): string {
  const rel = toPosix(relative);
  if (rel.startsWith('/') || /^[A-Za-z]:\//.test(rel)) return normalise(rel);
  return normalise(`${toPosix(base)}/${rel}`);
}

export function normalise(path: string): string {
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '..' || !absolute) parts.push(part);
  }
  return (absolute ? '/' : '') + parts.join('/');
}

/** `path` relative to `base`, or null when it lies outside it. */
export function relativeTo(base: string, path: string): string | null {
  const b = normalise(toPosix(base));
  const p = normalise(toPosix(path));
  if (b === '' || b === '.') return p;
  if (p === b) return '';
  const prefix = b.endsWith('/') ? b : `${b}/`;
  return p.startsWith(prefix) ? p.slice(prefix.length) : null;
}
