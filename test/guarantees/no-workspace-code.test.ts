// Guarantee: Rapport loads no code from the workspace, so it is safe in an untrusted folder
// (DESIGN.md principle 4: "Config is data (JSON/YAML), never code"). A workspace full of files
// that would write a sentinel file if anything ran them (.rapportrc.js and friends, an `extends`
// of a .js file or of a package in node_modules, a YAML config with a JavaScript tag) is linted by
// the built CLI in every way a config can be found or named; no sentinel ever appears. A control
// shows each file really would write its sentinel when run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, ROOT, runCli, scratch, shippedBundles } from './helpers.js';

const NOTE = '---\ntype: progress\nformat: DAP\nclient: C-9401\ndate: 2026-11-10\nsession: 3\n---\n\n## Data\n\nCalmer week.\n\n## Assessment\n\nSteady.\n\n## Plan\n\n- Next session 11/17: review the sleep log together.\n';

// CommonJS and ESM payloads that leave a sentinel beside themselves when executed.
const cjs = (name: string): string => `require('fs').writeFileSync(require('path').join(__dirname, 'SENTINEL-${name}'), 'ran');\nmodule.exports = { rules: {} };\n`;
const esm = (name: string): string => `import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./SENTINEL-${name}', import.meta.url), 'ran');\nexport default { rules: {} };\n`;

const PAYLOADS: Record<string, string> = {
  '.rapportrc.js': cjs('rapportrc-js'),
  '.rapportrc.cjs': cjs('rapportrc-cjs'),
  '.rapportrc.mjs': esm('rapportrc-mjs'),
  '.rapportrc.ts': cjs('rapportrc-ts'),
  'rapport.config.js': cjs('rapport-config-js'),
  'rapport.config.mjs': esm('rapport-config-mjs'),
  'evil.js': cjs('evil-js'),
  'evil.cjs': cjs('evil-cjs'),
  'node_modules/evil-package/package.json': JSON.stringify({ name: 'evil-package', main: 'index.js' }),
  'node_modules/evil-package/index.js': cjs('evil-package'),
  'node_modules/rapport-config-evil/package.json': JSON.stringify({ name: 'rapport-config-evil', main: 'index.js' }),
  'node_modules/rapport-config-evil/index.js': cjs('rapport-config-evil'),
  'package.json': JSON.stringify({ name: 'clinic-notes', private: true, rapport: { extends: './evil.js' }, scripts: { postinstall: 'node evil.js' } }),
  'notes/a.md': NOTE,
};

// Configs that are data but point at code, each in its own folder so discovery finds it.
const CONFIGS: Record<string, string> = {
  'extends-js/.rapportrc.json': JSON.stringify({ extends: '../evil.js' }),
  'extends-cjs/.rapportrc.yaml': 'extends:\n  - rapport:recommended\n  - ../evil.cjs\n',
  'extends-package/.rapportrc.json': JSON.stringify({ extends: 'evil-package' }),
  'extends-prefixed-package/.rapportrc.json': JSON.stringify({ extends: ['rapport-config-evil'] }),
  'js-tag/.rapportrc.yaml': "rules: !!js/function >\n  function () { require('fs').writeFileSync('SENTINEL-js-tag', 'ran') }\n",
  'js-eval/.rapportrc.yaml': "rules:\n  plan-next-step: [info, { concretePhrases: !!js/eval \"require('fs').writeFileSync('SENTINEL-js-eval','ran')\" }]\n",
};
for (const dir of Object.keys(CONFIGS).map((p) => p.split('/')[0]!)) CONFIGS[`${dir}/notes/a.md`] = NOTE;

function sentinels(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(d, entry.name));
      else if (entry.name.startsWith('SENTINEL-')) found.push(join(d, entry.name).slice(dir.length + 1));
    }
  };
  walk(dir);
  return found.sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.ts$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('guarantee: Rapport loads no code from the workspace', function () {
  this.timeout(120_000);
  let dir: string;
  let cleanup: () => void;
  before(() => {
    ensureBuilt();
    ({ dir, cleanup } = scratch({ ...PAYLOADS, ...CONFIGS }));
  });
  after(() => cleanup?.());

  it('each payload really writes its sentinel when something runs it (the control)', () => {
    const { dir: control, cleanup: cleanupControl } = scratch(PAYLOADS);
    try {
      for (const file of ['.rapportrc.js', '.rapportrc.cjs', '.rapportrc.mjs', 'rapport.config.js', 'rapport.config.mjs', 'evil.js', 'evil.cjs', 'node_modules/evil-package/index.js']) {
        spawnSync(process.execPath, [join(control, file)], { cwd: control });
      }
      assert.deepEqual(sentinels(control), [
        'SENTINEL-evil-cjs', 'SENTINEL-evil-js', 'SENTINEL-rapport-config-js', 'SENTINEL-rapport-config-mjs', 'SENTINEL-rapportrc-cjs', 'SENTINEL-rapportrc-js',
        'SENTINEL-rapportrc-mjs', 'node_modules/evil-package/SENTINEL-evil-package',
      ]);
    } finally {
      cleanupControl();
    }
  });

  it('config discovery reads only .rapportrc.json/.yaml: a folder with only .js configs is linted with the defaults', () => {
    const run = runCli(dir, ['lint', 'notes', '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(sentinels(dir), []);
  });

  for (const file of ['.rapportrc.js', '.rapportrc.cjs', '.rapportrc.mjs', '.rapportrc.ts', 'rapport.config.js', 'rapport.config.mjs', 'evil.js', 'node_modules/evil-package/index.js']) {
    it(`--config ${file} is read as data and rejected, never run`, () => {
      const run = runCli(dir, ['lint', 'notes', '--config', file]);
      assert.equal(run.code, 2, `exit ${run.code}`);
      assert.match(run.stderr, /config error/);
      assert.deepEqual(sentinels(dir), []);
    });
  }

  for (const folder of ['extends-js', 'extends-cjs', 'extends-package', 'extends-prefixed-package', 'js-tag', 'js-eval']) {
    it(`a config that points at code (${folder}) never runs it`, () => {
      const run = runCli(join(dir, folder), ['lint', 'notes']);
      assert.ok(run.code === 0 || run.code === 2, `exit ${run.code}: ${run.stderr.slice(0, 300)}`);
      if (folder.startsWith('extends')) assert.equal(run.code, 2, 'extending a script or a package is a config error');
      assert.deepEqual(sentinels(dir), []);
    });
  }

  it('the sources never evaluate text or load a module by a computed name', () => {
    const problems: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
      const checks: Array<[string, RegExp]> = [
        ['eval(', /(?<![\w$.])eval\s*\(/],
        ['new Function', /\bnew\s+Function\s*\(/],
        ['require of a computed name', /\brequire\s*\(\s*[^'"`\s)]/],
        ['import() of a computed name', /\bimport\s*\(\s*[^'"`\s)]/],
        ['createRequire', /\bcreateRequire\b/],
        ['node:vm', /['"](?:node:)?vm['"]/],
        ['child_process', /['"](?:node:)?child_process['"]/],
      ];
      for (const [label, pattern] of checks) if (pattern.test(text)) problems.push(`${file.slice(ROOT.length + 1)}: ${label}`);
    }
    assert.deepEqual(problems, []);
  });

  it('the bundles load modules by literal name only, and never with import()', () => {
    const problems: string[] = [];
    for (const file of shippedBundles()) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?<![\w$.])require\s*\(\s*([^)]{0,40})/g)) {
        if (!/^["'`][^"'`]+["'`]\s*$/.test(m[1]!)) problems.push(`${file.slice(ROOT.length + 1)}: require(${m[1]}`);
      }
      if (/(?<![\w$.])import\s*\(/.test(text)) problems.push(`${file.slice(ROOT.length + 1)}: import(`);
    }
    assert.deepEqual(problems, []);
    assert.ok(existsSync(join(ROOT, 'dist', 'cli.cjs')));
  });
});
