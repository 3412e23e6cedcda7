// Grammar tests for the injection grammar with vscode-tmgrammar-test, against VS Code's own
// markdown grammar when one is at hand (the code-server runtime ships it), so the injection is
// tested where it runs. Without it, the same files run against the injection grammar alone.
// Writes {passes, failures, pending} to RAPPORT_GRAMMAR_RESULTS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const runtime = resolve(process.env.VSC_RUNTIME_DIR || '/var/cache/vsc-runtime');
const candidates = [
  process.env.RAPPORT_MARKDOWN_GRAMMAR,
  join(runtime, 'code-server/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json'),
].filter(Boolean);
const markdown = candidates.find((p) => existsSync(p));
const ours = join(ROOT, 'syntaxes/rapport.injection.tmLanguage.json');
const scratch = mkdtempSync(join(tmpdir(), 'rapport-grammar-'));
const grammars = markdown
  ? [
      { language: 'markdown', scopeName: 'text.html.markdown', path: markdown },
      { scopeName: 'text.rapport.injection', path: ours, injectTo: ['text.html.markdown'] },
    ]
  : [{ language: 'rapport', scopeName: 'text.rapport.injection', path: ours }];
// vscode-tmgrammar-test resolves grammar paths relative to the config file.
for (const g of grammars) g.path = relative(scratch, g.path);
writeFileSync(join(scratch, 'package.json'), JSON.stringify({ contributes: { languages: [{ id: grammars[0].language }], grammars } }));
console.log(markdown ? `grammar tests against VS Code's markdown grammar (${markdown})` : 'no markdown grammar at hand: grammar tests against the injection grammar alone');

const files = readdirSync(join(ROOT, 'test/grammar')).filter((f) => f.endsWith('.test.md'));
const counts = { passes: 0, failures: 0, pending: 0 };
for (const file of files) {
  let text = readFileSync(join(ROOT, 'test/grammar', file), 'utf8');
  if (!markdown) {
    // The injection grammar alone does not know fenced code: drop that case and retarget the header.
    text = text.replace('SYNTAX TEST "text.html.markdown"', 'SYNTAX TEST "text.rapport.injection"').replace(/\n```[\s\S]*?```\n.*\n?/g, '\n');
  }
  const copy = join(scratch, file);
  writeFileSync(copy, text);
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vscode-tmgrammar-test/dist/unit.js'), '--config', join(scratch, 'package.json'), copy], { encoding: 'utf8' });
  process.stdout.write(r.stdout.replaceAll(scratch + '/', 'test/grammar/'));
  if (r.status === 0) counts.passes++;
  else counts.failures++;
}
rmSync(scratch, { recursive: true, force: true });
console.log(`grammar: ${counts.passes} passed, ${counts.failures} failed`);
if (process.env.RAPPORT_GRAMMAR_RESULTS) writeFileSync(process.env.RAPPORT_GRAMMAR_RESULTS, JSON.stringify(counts));
process.exit(counts.failures ? 1 : 0);
