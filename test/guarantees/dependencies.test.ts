// Guarantee: every package Rapport's own code imports is a dependency it declares and pins. A package
// that only arrives as a dependency of another one (mdast-util-to-string came with remark-parse) works
// until that one changes its own, and then a fresh `npm ci` breaks; pinned versions keep the lockfile
// the only thing that decides what installs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { ROOT, sourceFiles } from './helpers.js';

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
// The editor provides `vscode` at run time (its types come from @types/vscode).
const PROVIDED = new Set(['vscode']);
// `import … from 'x'`, `import 'x'`, `export … from 'x'` and `import('x')`, with whether the import is for types only.
const IMPORT = /^\s*(import|export)(\s+type)?\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function packageName(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** The packages the code under `dir` imports, split into those it runs and those it only reads types from. */
function importsOf(dir: string): { runtime: Map<string, string>; types: Map<string, string> } {
  const runtime = new Map<string, string>();
  const types = new Map<string, string>();
  for (const file of sourceFiles(dir)) {
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const name = packageName(m[3] ?? m[4] ?? m[5]!);
      if (name && !PROVIDED.has(name)) (m[2] ? types : runtime).set(name, file.slice(ROOT.length + 1));
    }
  }
  return { runtime, types };
}

describe('guarantee: the dependencies Rapport uses are the ones it declares', () => {
  const { runtime, types } = importsOf(join(ROOT, 'src'));

  it('every package the shipped code runs is a dependency in package.json', () => {
    const undeclared = [...runtime].filter(([name]) => !(name in (pkg.dependencies ?? {}))).map(([name, file]) => `${name} (imported by ${file})`);
    assert.deepEqual(undeclared, []);
  });

  it('a package read for its types only is declared too, itself or as @types', () => {
    const all = { ...pkg.dependencies, ...pkg.devDependencies };
    const undeclared = [...types].filter(([name]) => !(name in all) && !(`@types/${name}` in all)).map(([name, file]) => `${name} (imported by ${file})`);
    assert.deepEqual(undeclared, []);
  });

  it('every dependency is pinned to one version', () => {
    const ranged = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, version]) => !/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(version));
    assert.deepEqual(ranged, []);
  });

  it('the check reads imports as written (it is not vacuous)', () => {
    assert.ok(runtime.has('unified') && runtime.has('zod'), 'the engine imports unified and zod');
    assert.equal(packageName('node:fs'), null);
    assert.equal(packageName('./note.js'), null);
    assert.equal(packageName('@vscode/test-electron/out/runTest'), '@vscode/test-electron');
  });
});
