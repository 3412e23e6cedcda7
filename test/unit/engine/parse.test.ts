import assert from 'node:assert/strict';
import { isInSection, parseNote, sectionsAt, sentencesIn } from '../../../src/core/parse/note.js';
import { sourceSpan, splitSentences } from '../../../src/core/parse/sentences.js';

const NOTE = `---
type: progress
format: SOAP
client: C-2001
date: 2026-02-02
session: 3
---

## SUBJECTIVE

Pt. reports *fewer* panic attacks &amp; better sleep. She said "it's **working**".
Slept 7 hrs
most nights.

### Objective:

| Measure | Score |
|---|---|
| ORS | 27.5 |

**Assessment:** Improving. Dr. Lee agrees.

P: Next session 2/9: exposure step 4.
`;

describe('parseNote', () => {
  const note = parseNote(NOTE);

  it('reads type and declared format from the frontmatter', () => {
    assert.equal(note.type, 'progress');
    assert.equal(note.format, 'SOAP');
    assert.equal(note.formatDeclared, true);
    assert.deepEqual([...note.frontmatter!.fields.keys()], ['type', 'format', 'client', 'date', 'session']);
  });

  it('finds sections from headings of any level and case, and from bold and plain labels', () => {
    assert.deepEqual(
      note.sections.map((s) => [s.kind, s.name]),
      [['heading', 'Subjective'], ['heading', 'Objective'], ['label', 'Assessment'], ['label', 'Plan']],
    );
    const plan = note.sections.find((s) => s.name === 'Plan')!;
    assert.equal(NOTE.slice(plan.contentSpan.start, plan.contentSpan.end).trim(), 'Next session 2/9: exposure step 4.');
  });

  it('maps every character of every sentence back to its place in the source, through inline markup', () => {
    for (const sentence of note.sentences) {
      if (sentence.block.kind === 'tableRow') continue; // cells are joined with " | ", mapped to the next cell
      for (let i = 0; i < sentence.text.length; i++) {
        const ch = sentence.text[i]!;
        const source = NOTE[sentence.offsets[i]!]!;
        // Entities and escapes are the only places where the plain text differs from the source.
        if (ch !== '&') assert.equal(source, ch, `"${sentence.text}" at ${i}`);
      }
    }
    const quote = note.sentences.find((s) => s.text.includes('working'))!;
    const from = quote.text.indexOf('working');
    const span = sourceSpan(quote, from, from + 'working'.length);
    assert.equal(NOTE.slice(span.start, span.end), 'working');
  });

  it('splits sentences at full stops but not after abbreviations, and at line breaks unless a line continues', () => {
    const texts = note.sentences.map((s) => s.text);
    assert.ok(texts.includes('Pt. reports fewer panic attacks & better sleep.'));
    assert.ok(texts.includes('Slept 7 hrs\nmost nights.'), 'a lower-case line continues the sentence');
    assert.ok(texts.includes('Improving.'), 'a label line\'s sentence starts after the label');
    assert.ok(texts.includes('Dr. Lee agrees.'));
    assert.ok(texts.includes('ORS | 27.5'), 'a table row is one unit, cells joined');
    assert.deepEqual(splitSentences('Went quiet.\nThen re-engaged; agreed. "Yes." OK'), [[0, 11], [12, 36], [37, 43], [44, 46]]);
    // A quotation of several sentences stays whole, with the sentence that introduces it.
    const quoted = 'She said: "You\'re rushing me. Every week there\'s another sheet." Then she left.';
    assert.deepEqual(splitSentences(quoted).map(([a, b]) => quoted.slice(a, b)), ['She said: "You\'re rushing me. Every week there\'s another sheet."', 'Then she left.']);
  });

  it('knows which sections contain an offset, at any depth', () => {
    const row = note.sentences.find((s) => s.text.startsWith('ORS'))!;
    assert.deepEqual(sectionsAt(note, row.span.start).map((s) => s.name), ['Subjective', 'Objective']);
    assert.ok(isInSection(note, row.span.start, 'Subjective'));
    const plan = note.sections.find((s) => s.name === 'Plan')!;
    assert.deepEqual(sentencesIn(note, plan.contentSpan).map((s) => s.text), ['Next session 2/9: exposure step 4.']);
  });

  it('only opens sections of the declared format from label lines', () => {
    const soap = parseNote('---\ntype: progress\nformat: SOAP\n---\n\nGoal: sleep 7 hours.\n\nPlan: Next session 3/1: sleep diary review.\n');
    assert.deepEqual(soap.sections.map((s) => s.name), ['Plan']);
    const free = parseNote('Goal: sleep 7 hours.\n');
    assert.deepEqual(free.sections.map((s) => s.name), ['Goal']);
  });

  it('infers the format from headings when none is declared, without treating it as declared', () => {
    const inferred = parseNote('## Behavior\n\nx\n\n## Intervention\n\ny\n\n## Response\n\nz\n\n## Plan\n\nw\n');
    assert.equal(inferred.format, 'BIRP');
    assert.equal(inferred.formatDeclared, false);
    assert.equal(inferred.type, null);
  });

  it('keeps offsets right with a byte-order mark and CRLF line endings', () => {
    const text = `\uFEFF${NOTE.replace(/\n/g, '\r\n')}`;
    const crlf = parseNote(text);
    const plan = crlf.sections.find((s) => s.name === 'Plan')!;
    assert.equal(text.slice(plan.headingSpan.start, plan.headingSpan.end), 'P:');
    assert.equal(crlf.lines.position(plan.headingSpan.start).line, NOTE.split('\n').findIndex((l) => l.startsWith('P:')) + 1);
    for (const sentence of crlf.sentences) assert.equal(text.slice(sentence.span.start, sentence.span.start + 1), sentence.text[0]);
  });

  it('marks empty sections: nothing but comments, or only empty sub-headings', () => {
    const text = '## A\n\n<!-- nothing yet -->\n\n## B\n\n### B1\n\n## C\n\n### C1\n\ntext\n';
    const empty = parseNote(text).sections.map((s) => [s.title, s.isEmpty]);
    assert.deepEqual(empty, [['A', true], ['B', true], ['B1', true], ['C', false], ['C1', false]]);
  });

  it('reads frontmatter problems without repeating the note text', () => {
    const broken = parseNote('---\ntype: progress\nclient: "C-77 secret words\n---\n\nText.\n');
    assert.equal(broken.type, null);
    assert.equal(broken.frontmatter!.shape, 'unreadable');
    assert.match(broken.frontmatter!.problems[0]!.message, /never closed/);
    assert.ok(!broken.frontmatter!.problems[0]!.message.includes('secret'));
    assert.equal(broken.lines.position(broken.frontmatter!.problems[0]!.span.start).line, 3);
    const unclosed = parseNote('---\ntype: progress\nclient: C-1\n\nNo closing fence.\n');
    assert.match(unclosed.frontmatter!.problems[0]!.message, /no closing/);
  });
});
