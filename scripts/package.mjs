// npm run package: build, then make the .vsix with vsce (the bundles carry every dependency, so
// vsce is told not to look at node_modules). Prints the file and its size.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = process.argv[2] ?? `${name}-${version}.vsix`;
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const vsce = new URL('../node_modules/@vscode/vsce/vsce', import.meta.url).pathname;
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links', '--out', out], { stdio: 'inherit' });
const bytes = statSync(out).size;
console.log(`${out}: ${(bytes / 1024).toFixed(0)} KB${bytes >= 1024 * 1024 ? ' (over the 1 MB goal)' : ''}`);
