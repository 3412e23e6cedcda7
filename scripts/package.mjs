// npm run package: build, then make the .vsix with vsce from a staging folder holding only what
// ships. The staged package.json drops "type": "module" (the repo's scripts want it, but VS Code's
// web worker host refuses to load an extension it thinks is ESM) and the development-only fields;
// the bundles carry every dependency, so vsce does not look at node_modules.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const out = resolve(process.argv[2] ?? `${manifest.name}-${manifest.version}.vsix`);
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

const stage = mkdtempSync(join(tmpdir(), 'rapport-package-'));
try {
  // What .vscodeignore allows in; vsce applies it again in the stage.
  for (const path of ['README.md', 'LICENSE', 'LICENSE.md', 'CHANGELOG.md', '.vscodeignore', 'dist', 'docs/rules', 'docs/images', 'snippets', 'syntaxes', 'images']) {
    try {
      cpSync(path, join(stage, path), { recursive: true });
    } catch {
      // optional
    }
  }
  const { type: _type, scripts: _scripts, devDependencies: _dev, dependencies: _deps, bin: _bin, ...shipped } = manifest;
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(shipped, null, 2)}\n`);
  const vsce = resolve('node_modules/@vscode/vsce/vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links', '--out', out], { stdio: 'inherit', cwd: stage });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
const bytes = statSync(out).size;
console.log(`${out}: ${(bytes / 1024).toFixed(0)} KB${bytes >= 1024 * 1024 ? ' (over the 1 MB goal)' : ''}`);
