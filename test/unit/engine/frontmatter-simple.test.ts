// The hand reading of simple frontmatter (`key: value` lines) is a fast path: it must give exactly
// what the YAML parser gives, or leave the frontmatter to it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { readFrontmatter, simpleFields } from '../../../src/core/parse/frontmatter.js';
import { parseMarkdown } from '../../../src/core/parse/markdown.js';

function bothReadings(text: string, name?: string): void {
  const md = parseMarkdown(text);
  const fast = readFrontmatter(md, text);
  const parsed = readFrontmatter(md, text, { simple: false });
  // A note's own frontmatter is named by its file only: the fixtures include blind sets.
  if (name) assert.ok(isDeepStrictEqual(fast, parsed), `the two readings differ on ${name}`);
  else assert.deepEqual(fast, parsed);
}

const note = (frontmatter: string): string => `---\n${frontmatter}\n---\n\n## Subjective\n\nSaid little.\n`;

const VALUES = [
  'progress', 'SOAP', 'C-1001', 'C-1001  ', '2026-08-10', '2026-8-10', '10', '0', '007', '1e3', '0x1A', '0o17', '12345678901234567890', '-5', '+5', '1.5',
  'true', 'True', 'TRUE', 'false', 'null', 'Null', 'NULL', '~', 'yes', 'no', 'on', 'off', 'y', 'n', '.inf', '.nan', 'NaN', 'inf',
  'a b', 'a  b', 'a - b', 'a -b', 'Jane Doe', 'x.y', 'a/b', 'a_b', '1_000', 'a-', 'a.', 'e1', 'v1.2', 'a #b', 'a#b', 'a: b', 'a:b',
  '"quoted"', "'quoted'", '[a, b]', '{a: b}', '&anchor a', '*alias', '!tag a', '|', '>', '- a', '? a', '@a', '`a`', '%a', 'é', 'Zoë', '',
];

describe('simple frontmatter, read by hand', () => {
  it('agrees with the YAML parser on every kind of value', () => {
    for (const value of VALUES) {
      bothReadings(note(`type: progress\nclient: ${value}\nsession: 3`));
      bothReadings(note(`client: ${value}`));
    }
  });

  it('agrees on keys, spacing and lines the YAML parser reads differently', () => {
    for (const frontmatter of [
      'type: progress\ntype: intake', 'true: x', 'True: x\ntrue: y', 'null: x', 'a-b: c', 'a_b: c', '_a: b', '1a: b', 'a:  b', 'a:b', 'a : b', ' a: b',
      'a: b\n\nc: d', 'a: b\n# comment\nc: d', 'a: b # comment', 'a: b\n  c: d', 'a: b\r\nc: d', 'a:\tb', 'a:', 'a: b\n', 'a: b\n\n', '- a\n- b', 'just text',
    ]) bothReadings(note(frontmatter));
  });

  it('agrees on every note under test/fixtures and in the shared corpus', () => {
    const roots = ['test/fixtures', '../shared/corpus/notes'];
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : name.endsWith('.md') ? [path] : [];
      });
    let read = 0;
    for (const root of roots) {
      let files: string[];
      try {
        files = walk(root);
      } catch {
        continue;
      }
      for (const file of files) {
        // The frontmatter block alone: parsing every note whole would take seconds.
        const head = /^---\r?\n[\s\S]*?\n---[ \t]*(?:\r?\n|$)/.exec(readFileSync(file, 'utf8'))?.[0];
        if (head === undefined) continue;
        bothReadings(head, file);
        read++;
      }
    }
    assert.ok(read > 0);
  });

  it('leaves anything but simple lines to the parser', () => {
    assert.equal(simpleFields('a: b\n# comment'), null);
    assert.equal(simpleFields('a: "b"'), null);
    assert.equal(simpleFields('a: true'), null);
    assert.deepEqual([...simpleFields('type: progress\nsession: 3')!.values()].map((f) => f.value), ['progress', 3]);
  });
});
