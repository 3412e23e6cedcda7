// The word-start index and the gates only skip work: every cue the exhaustive scan finds, the
// indexed scan finds too, on the fixture notes and the trap sentences.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseCues, BUILT_IN_LEXICON } from '../../../src/core/cues/index.js';
import { compileEntry, phrasePattern } from '../../../src/core/cues/lexicon.js';
import { parseNote } from '../../../src/core/parse/note.js';

// Each pattern as a plain scan would run it: with its word boundaries, across the whole sentence.
const compiled = BUILT_IN_LEXICON.map(compileEntry).map((entry) => ({
  kind: entry.kind,
  regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${entry.phrase.source})(?![\\p{L}\\p{N}])`, entry.phrase.flags),
}));

function exhaustive(text: string): string[] {
  const out: string[] = [];
  for (const sentence of parseNote(text).sentences) {
    const matchable = sentence.text.replace(/["“”„]/g, ' ').replace(/[‘’]/g, "'");
    for (const entry of compiled) {
      for (const m of matchable.matchAll(entry.regex)) if (m[0].length > 0) out.push(`${entry.kind}@${sentence.index}:${m.index}`);
    }
  }
  return out.sort();
}

function indexed(text: string): string[] {
  return analyseCues(parseNote(text), { lexicon: {} })
    .all.map((c) => `${c.kind}@${c.sentence.index}:${c.from}`)
    .sort();
}

function notesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...notesUnder(path));
    else if (entry.name.endsWith('.md')) out.push(path);
  }
  return out;
}

describe('cue index', function () {
  // The exhaustive scan is the slow reference; a loaded machine needs room.
  this.timeout(60000);

  it('finds every cue the exhaustive scan finds, on the rule fixtures', () => {
    const files = notesUnder(join('test', 'fixtures', 'rules'));
    assert.ok(files.length > 10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assert.deepEqual(indexed(text), exhaustive(text), file);
    }
  });

  it('finds cues in shorthand and across quotes', () => {
    const text = '---\ntype: progress\n---\n\nClt frustrated w/ T re: the fee. She was "pretty fed up" that I cancelled. No longer avoids the bus.\n';
    assert.deepEqual(indexed(text), exhaustive(text));
    assert.ok(indexed(text).some((k) => k.startsWith('confrontation-marker@')));
  });

  it('a clinic phrase matches its inflections', () => {
    const pattern = new RegExp(phrasePattern('revisit the alliance'), 'i');
    assert.ok(pattern.test('We revisited the alliance at the start.'));
    const cues = analyseCues(parseNote('---\ntype: progress\n---\n\nWe revisited the alliance at the start.\n'), { lexicon: { 'repair-step': ['revisit the alliance'] } });
    assert.ok(cues.of('repair-step').length > 0);
  });
});

describe('clinic lexicon (config)', () => {
  it('a phrase added for a cue kind makes the rule see it, with the same context checks', async () => {
    const { loadConfig } = await import('../../../src/core/config/resolve.js');
    const { rules } = await import('../../../src/core/rules/index.js');
    const { lint } = await import('../../../src/core/lint.js');
    const host = { readFile: (p: string) => (p === '/c/.rapportrc.json' ? JSON.stringify({ extends: 'rapport:all', lexicon: { 'withdrawal-marker': ['went grey'] } }) : undefined) };
    const config = loadConfig('/c/.rapportrc.json', host, rules);
    const note = (body: string) => `---\ntype: progress\nformat: free\nclient: C-1\ndate: 2026-01-01\nsession: 2\n---\n\n${body}\n\n## Plan\n\n- Next session 1/8: values sort.\n`;
    const fired = (body: string) => lint(note(body), { config }).findings.filter((f) => f.ruleId === 'withdrawal-repair').length;
    assert.equal(fired('When I asked about the funeral she went grey and stared at the floor.'), 1);
    assert.equal(fired('She never went grey when I asked about the funeral.'), 0);
  });

  it('the config schema accepts only known cue kinds', async () => {
    const { loadConfig } = await import('../../../src/core/config/resolve.js');
    const { rules } = await import('../../../src/core/rules/index.js');
    const host = { readFile: (p: string) => (p === '/c/.rapportrc.json' ? JSON.stringify({ lexicon: { 'rupture-vibes': ['x'] } }) : undefined) };
    assert.throws(() => loadConfig('/c/.rapportrc.json', host, rules), /lexicon/);
  });
});
