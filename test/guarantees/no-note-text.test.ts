// Guarantee: CI reports and error output carry locations and rule ids, never the clinician's words
// (DESIGN.md principle 4). Notes carrying a unique marker phrase (in prose, quotes, tables, headings,
// frontmatter values, identifiers, a note whose YAML does not parse, a binary file, invalid UTF-8)
// are linted by the built CLI in every format, to stdout and to a file, and with a broken config;
// every channel (stdout, stderr, the output file) is searched for the marker. `--include-excerpts`
// is the one switch that lets the note's words out, and a test shows the marker then appears, so
// the search is not vacuous.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRulesConfig } from '../../scripts/corpus-score.js';
import { lint } from '../../src/core/lint.js';
import { ensureBuilt, runCli, scratch, type CliRun } from './helpers.js';

// The marker, and the planted identifier values: all of it is note text that must not travel.
const MARKER = 'Zq7quokka';
const SECRETS = [MARKER, MARKER.toLowerCase(), '555-0177', '000-66-4471'];

const progress = `---
type: progress
format: SOAP
client: C-${MARKER}
date: 2026-11-03
session: ${MARKER}
---

## Subjective

${MARKER} said "${MARKER} is pointless, you never listen to me" and went quiet when asked about it.
Pt was manipulative about the ${MARKER} letter and refused the ${MARKER} worksheet.
Did not do the ${MARKER} homework; we did not talk about why.

## ${MARKER} notes

## Assessment

| Measure | ${MARKER} |
| --- | --- |
| ORS | ${MARKER} 21 |

- I felt irritated with ${MARKER} for most of the hour.
<!-- ${MARKER} private aside -->

## Plan

- Continue ${MARKER}.
`;

const deidentified = `---
type: intake
format: free
client: C-9302
date: 2026-11-04
session: 1
deidentified: true
---

## Identifying information

Mobile 555-0177; SSN 000-66-4471; email ${MARKER.toLowerCase()}@example.org; lives at 12 ${MARKER} Road, Ashcombe.
DOB 01/02/1980. Notes at https://${MARKER.toLowerCase()}.example.org/profile.
`;

const badYaml = `---
type: progress
client: "C-${MARKER}
date: 2026-11-05
session: 3
---

## Data

${MARKER} reported a calmer week.
`;

const files: Record<string, string | Buffer> = {
  '.rapportrc.json': JSON.stringify({ extends: 'rapport:all', notes: ['notes/**/*.md'] }),
  'notes/progress.md': progress,
  'notes/deidentified.md': deidentified,
  'notes/bad-yaml.md': badYaml,
  'notes/no-frontmatter.md': `Client: C-9303  Date: 3/14/2026\n\n${MARKER} was in denial about the ${MARKER} bills.\n`,
  'notes/unclosed-frontmatter.md': `---\ntype: progress\nclient: ${MARKER}\n\n## Data\n\n${MARKER} again.\n`,
  'notes/invalid-utf8.md': Buffer.concat([Buffer.from(`---\ntype: progress\nclient: C-9304\ndate: 2026-11-06\nsession: 2\n---\n\n${MARKER} `), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(` ${MARKER} non-compliant.\n`)]),
  'notes/binary.md': Buffer.concat([Buffer.from(`${MARKER}\n`), Buffer.from([0, 1, 2, 0, 255]), Buffer.from(MARKER)]),
};

// Each note named on the command line, so the binary one is reported too (a folder's binary files are skipped silently).
const NOTE_PATHS = Object.keys(files).filter((f) => f.startsWith('notes/'));

function leaks(...channels: string[]): string[] {
  return SECRETS.filter((secret) => channels.some((channel) => channel.includes(secret)));
}

function describeRun(run: CliRun): string {
  return `exit ${run.code}; stderr: ${run.stderr.length} chars; stdout: ${run.stdout.length} chars`;
}

describe('guarantee: no note text in CLI output, errors or logs', function () {
  this.timeout(120_000);
  let dir: string;
  let cleanup: () => void;
  before(() => {
    ensureBuilt();
    ({ dir, cleanup } = scratch(files));
  });
  after(() => cleanup?.());

  for (const format of ['stylish', 'json', 'sarif']) {
    it(`${format}: stdout and stderr carry no note text, yet report the findings`, () => {
      const run = runCli(dir, ['lint', ...NOTE_PATHS, '--format', format]);
      assert.equal(run.code, 1, describeRun(run));
      assert.deepEqual(leaks(run.stdout, run.stderr), [], `note text in ${format} output`);
      for (const rule of ['judgmental-language', 'identifiers', 'frontmatter']) assert.ok(run.stdout.includes(rule), `${format} output lacks ${rule}`);
      assert.ok(run.stdout.includes('binary.md'), 'the binary file named on the command line is reported');
    });

    it(`${format}: an --output file and the console carry no note text`, () => {
      const out = join(dir, `report.${format}`);
      const run = runCli(dir, ['lint', ...NOTE_PATHS, '--format', format, '--output', out]);
      assert.equal(run.code, 1, describeRun(run));
      assert.ok(existsSync(out));
      assert.deepEqual(leaks(run.stdout, run.stderr, readFileSync(out, 'utf8')), [], `note text in ${format} --output`);
    });
  }

  it('--include-excerpts is the switch that lets the note\'s words out (so the search above can see them)', () => {
    const run = runCli(dir, ['lint', 'notes', '--format', 'json', '--include-excerpts']);
    assert.ok(run.stdout.includes(MARKER), 'with --include-excerpts, the json report carries excerpts');
  });

  it('linting on worker threads (many notes) carries no note text either', () => {
    const many: Record<string, string> = { '.rapportrc.json': JSON.stringify({ extends: 'rapport:all' }) };
    for (let i = 0; i < 70; i++) many[`notes/n${i}.md`] = i % 2 ? progress : deidentified;
    const { dir: manyDir, cleanup: cleanupMany } = scratch(many);
    try {
      for (const format of ['stylish', 'json', 'sarif']) {
        const threaded = runCli(manyDir, ['lint', 'notes', '--format', format], { RAPPORT_WORKERS: '2' });
        assert.equal(threaded.code, 1, describeRun(threaded));
        assert.deepEqual(leaks(threaded.stdout, threaded.stderr), [], `note text from workers in ${format}`);
        if (format === 'json') {
          const single = runCli(manyDir, ['lint', 'notes', '--format', format], { RAPPORT_WORKERS: '0' });
          assert.equal(threaded.stdout, single.stdout, 'workers report what one thread reports');
        }
      }
    } finally {
      cleanupMany();
    }
  });

  it('--quiet, --max-warnings and --no-inline-config change nothing about it', () => {
    for (const extra of [['--quiet'], ['--max-warnings', '0'], ['--no-inline-config']]) {
      const run = runCli(dir, ['lint', ...NOTE_PATHS, ...extra]);
      assert.deepEqual(leaks(run.stdout, run.stderr), [], `note text with ${extra.join(' ')}`);
    }
  });

  it('a config error (bad JSON, bad YAML, an unknown rule, a wrong value) names the file and key, never a note\'s words or a config value', () => {
    const configs: Record<string, string> = {
      'bad.json': '{ "extends": "rapport:all", "rules": { ',
      'bad.yaml': 'rules:\n  identifiers: [error\n',
      'unknown.json': JSON.stringify({ rules: { 'no-such-rule': 'error' } }),
      'wrong.json': JSON.stringify({ rules: { 'judgmental-language': ['warning', { extraLabels: 'lazy' }] } }),
      'missing.json': '',
      // The marker in config values too: an error names the key and what was expected, never the value or the line.
      'phrase-then-bad-json.json': `{ "lexicon": { "repair-step": ["${MARKER} phrase"] }, "rules": { `,
      'phrase-on-bad-yaml-line.yaml': `lexicon:\n  repair-step: ["${MARKER} phrase"\nrules: {}\n`,
      'wrong-types.json': JSON.stringify({ requireReason: MARKER, notes: MARKER }),
      'wrong-option.yaml': `rules:\n  plan-next-step: [info, {concretePhrases: ${MARKER}}]\n  judgmental-language: [warning, {extraLabels: [{word: ${MARKER}}]}]\n`,
      'wrong-template.json': JSON.stringify({ templates: { progress: { sections: [{ name: 7, aliases: [MARKER] }] } } }),
    };
    const { dir: configDir, cleanup: cleanupConfigs } = scratch(configs);
    try {
      for (const name of Object.keys(configs)) {
        const path = name === 'missing.json' ? join(configDir, 'does-not-exist.json') : join(configDir, name);
        const run = runCli(dir, ['lint', 'notes', '--config', path, '--format', 'json']);
        assert.equal(run.code, 2, `${name}: ${describeRun(run)}`);
        assert.ok(run.stderr.length > 0, `${name}: the error is said on stderr`);
        assert.deepEqual(leaks(run.stdout, run.stderr), [], `note text with config ${name}`);
      }
    } finally {
      cleanupConfigs();
    }
  });

  it('a note named on the command line that cannot be found or read is an error without note text', () => {
    const run = runCli(dir, ['lint', 'notes/nope.md', 'notes/binary.md', 'notes/bad-yaml.md']);
    assert.ok(run.code === 1 || run.code === 2, describeRun(run));
    assert.deepEqual(leaks(run.stdout, run.stderr), []);
  });

  it('the engine and the CLI write nowhere but the CLI\'s own output (no console, no stray writes to stdout/stderr)', () => {
    const problems: string[] = [];
    const walk = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(folder, e.name)) : e.name.endsWith('.ts') ? [join(folder, e.name)] : []));
    for (const file of [...walk(join('src', 'core')), ...walk(join('src', 'cli'))]) {
      const text = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
      if (/\bconsole\s*\.\s*\w+\s*\(/.test(text)) problems.push(`${file}: console`);
      // Only the CLI's entry point binds stdout and stderr; everything else writes through its io.
      if (!file.endsWith(join('cli', 'run.ts')) && /process\s*\.\s*std(?:out|err)\s*\.\s*write/.test(text)) problems.push(`${file}: process.stdout/stderr.write`);
    }
    assert.deepEqual(problems, []);
  });

  it('the engine\'s messages, details and related messages never carry the note\'s words, for any placement of the marker', () => {
    const config = allRulesConfig();
    const fixtures = readdirSync(join('test', 'fixtures', 'rules'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(join('test', 'fixtures', 'rules', f), 'utf8'));
    const texts = [...fixtures, progress, deidentified, badYaml];
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (text, places) => {
        // Put the marker, as a word, after some of the note's spaces; not inside a rapport-disable
        // comment, whose rule ids are echoed and whose reason travels in SARIF suppressions by design.
        const directives = [...text.matchAll(/<!--\s*rapport-[\s\S]*?-->/g)].map((m) => [m.index, m.index + m[0].length] as const);
        const spaces = [...text.matchAll(/ /g)].map((m) => m.index).filter((i) => !directives.some(([a, b]) => i >= a && i < b));
        if (spaces.length === 0) return;
        const at = new Set(places.map((p) => spaces[p % spaces.length]!));
        let marked = '';
        for (let i = 0; i < text.length; i++) marked += at.has(i) ? ` ${MARKER} ` : text[i];
        const { findings, suppressed } = lint(marked, { config });
        for (const f of [...findings, ...suppressed]) {
          const said = [f.message, f.detail ?? '', ...(f.related ?? []).map((r) => r.message)].join('\n');
          assert.ok(!said.includes(MARKER), `${f.ruleId} (${f.messageId}) put note text in its message or detail`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
