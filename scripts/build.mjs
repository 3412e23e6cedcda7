// Bundles the CLI (and, when its sources exist, the VS Code extension for desktop and web) with
// esbuild, then writes the config JSON Schema generated from the zod schemas into dist/.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const common = { bundle: true, sourcemap: false, minify: true, legalComments: 'none', logLevel: 'warning', target: 'node20' };
mkdirSync('dist', { recursive: true });

await build({ ...common, entryPoints: ['src/cli/run.ts'], outfile: 'dist/cli.cjs', platform: 'node', format: 'cjs' });

if (existsSync('src/vscode/extension.ts')) {
  // The banner marks when the bundle starts loading, so the extension can report load + activate time.
  const banner = { js: '"use strict";var __rapportLoadStart=typeof performance!=="undefined"?performance.now():0;' };
  await build({ ...common, banner, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.cjs', platform: 'node', format: 'cjs', external: ['vscode'] });
  await build({
    ...common,
    banner,
    target: 'es2022',
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    // VS Code's web extension host is a worker: no DOM (decode-named-character-reference's
    // "browser" build needs `document`; its "worker" build does not).
    conditions: ['worker'],
    format: 'cjs',
    external: ['vscode'],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  // snippets/ is derived from the note templates and the rule registry: refresh it on every build.
  await build({ ...common, minify: false, entryPoints: ['scripts/snippets.ts'], outfile: 'dist/snippets-gen.cjs', platform: 'node', format: 'cjs' });
  execFileSync(process.execPath, ['dist/snippets-gen.cjs'], { stdio: 'ignore' });
}

const schema = execFileSync(process.execPath, ['dist/cli.cjs', 'schema'], { encoding: 'utf8' });
writeFileSync('dist/rapportrc.schema.json', schema);
