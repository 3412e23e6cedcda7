// Large notes are parsed in pieces (src/core/parse/markdown.ts): the pieces must give exactly the
// tree a whole parse gives, positions included. Deep nesting is flattened before parsing.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { generateRunningRecord } from '../../scripts/bench/generate.js';
import { MAX_NESTING, flattenDeepNesting, parseMarkdown } from '../../src/core/parse/markdown.js';
import { chunkProperty } from './properties.js';

function samePieces(text: string, chunkChars: number): void {
  const whole = parseMarkdown(text, { chunkChars: 0 });
  const pieces = parseMarkdown(text, { chunkChars });
  assert.equal(pieces.hasTable, whole.hasTable);
  assert.deepEqual(pieces.tree, whole.tree);
}

describe('parsing a large note in pieces', () => {
  it('gives the same tree as one parse for a running record of many sessions (LF and CRLF, with a BOM)', () => {
    const record = generateRunningRecord(7, 40_000);
    samePieces(record, 2_000);
    samePieces(`\uFEFF${record.replace(/\n/g, '\r\n')}`, 2_000);
  });

  it('never cuts inside fenced code, raw HTML or a comment, and not at all when a link definition is used', () => {
    const filler = 'She said the week was hard but okay.\n\n'.repeat(20);
    const tricky = [
      '```\n## not a heading\n\n## still code\n```',
      '~~~~\n~~~\n## code\n~~~~',
      '<!-- a comment\n\n## inside the comment\n\n-->',
      '<pre>\n\n## inside pre\n\n</pre>',
      '<div>\n## html block without a blank line\n</div>',
      '[ref]: https://example.org\n\nSee [the handout][ref].',
      'Setext heading\n==============',
      '> quote\n\n## after a quote',
      '- item\n\n  continued\n\n## after a list',
      '| a | b |\n| - | - |\n| 1 | 2 |',
      '<div>\n\nhello\n</div>\n```\nnot a fence: still the HTML block\n\n## Heading\n\n```',
      '- item\n\n  ```\n\n## closes the list and its code\n\n```\n\n## inside code\n\n```',
    ];
    const text = tricky.map((t, i) => `## Section ${i}\n\n${filler}${t}\n\n${filler}`).join('\n');
    samePieces(text, 300);
    samePieces(`## Top\n\n${filler}[later]: https://example.org\n\n## Next\n\n[x][later]\n`.repeat(20), 200);
  });

  it('gives the same tree for any markdown cut as small as possible (property)', () => {
    fc.assert(chunkProperty, { seed: 20261126, numRuns: Number(process.env.RAPPORT_PROPERTY_RUNS ?? 150) });
  });
});

describe('deep nesting', () => {
  it('blanks the markers of lines nested deeper than the limit, keeping every offset', () => {
    const deep = `${'> '.repeat(MAX_NESTING + 1)}x`;
    const text = `ok\n${deep}\n- a\n`;
    const { text: flat, tooDeep } = flattenDeepNesting(text);
    assert.equal(flat.length, text.length);
    assert.equal(flat, `ok\n${' '.repeat(deep.length - 1)}x\n- a\n`);
    assert.deepEqual(tooDeep, { offset: 3, lines: 1 });
  });

  it('leaves ordinary nesting alone', () => {
    const text = `${'> '.repeat(10)}quote\n${'  '.repeat(20)}- item\n- - - -\n`;
    assert.deepEqual(flattenDeepNesting(text), { text, tooDeep: null });
  });

  it('reports the offset in the note, after a byte-order mark', () => {
    const md = parseMarkdown(`\uFEFFa\n${'- '.repeat(MAX_NESTING + 1)}x\n`);
    assert.equal(md.tooDeep?.offset, 3);
  });
});
