import type { Heading, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Span } from '../types.js';
import { spanOf, type ParsedMarkdown } from './markdown.js';
import { inferFormat, normaliseTitle, type SectionVocabulary } from './vocabulary.js';

export interface Section {
  /** The heading or label as written, markup removed. */
  title: string;
  /** The template section it names (`Plan`), or null for other headings. */
  name: string | null;
  kind: 'heading' | 'label';
  /** Heading depth 1–6; a label line sits below every heading (7). */
  depth: number;
  /** The heading line, or the label itself (`**Plan:**`). */
  headingSpan: Span;
  /** From the heading to the section's end. */
  span: Span;
  /** What comes after the heading or label. */
  contentSpan: Span;
  /** Nothing but blank lines, comments or empty sub-headings under the heading. */
  isEmpty: boolean;
}

// `**Plan:** …`, `__Plan__: …`, `Plan: …`, `S: …` at the start of a line.
// A section name alone on its line ("Plan" over the plan's lines, as plain-text records are copied).
const BARE_LABEL_LINE = /^[ \t]*(?:\*\*|__)?[ \t]*([A-Za-z][A-Za-z /&'-]{0,40}?)[ \t]*(?:\*\*|__)?[ \t]*$/;
const LABEL_LINE = /^[ \t]*(?:\*\*|__)?[ \t]*([A-Za-z][A-Za-z /&'-]{0,40}?)[ \t]*(?:(?:\*\*|__)[ \t]*:|:[ \t]*(?:\*\*|__)?)/;
// The Plan with an aside before its colon ("Plan (agreed with him and his mother): …"): the aside goes with the label. Other
// sections keep theirs as words of their first line (NAME_WITH_ASIDE), where the rules read it ("Goals (chosen by her): …").
const PLAN_WITH_ASIDE = /^[ \t]*(?:\*\*|__)?[ \t]*(Plan)[ \t]*\([^()\n]{0,80}\)[ \t]*(?:(?:\*\*|__)[ \t]*:|:[ \t]*(?:\*\*|__)?)/i;
// Another section with an aside before its colon ("G (agreed with her at session 1): walk to the market", "Goal (Pt's words): …")
// opens its section too when words follow the colon on its line; the label ends at the name, so the aside stays the first words of
// what follows, where the rules read it. A lead-in with nothing after its colon ("Goals (drafted by me after the session):") is
// read as before: the words of the list it introduces.
const NAME_WITH_ASIDE = /^[ \t]*(?:\*\*|__)?[ \t]*([A-Za-z][A-Za-z /&'-]{0,40}?)(?=[ \t]*\([^()\n]{0,80}\)[ \t]*(?:(?:\*\*|__)[ \t]*:|:)[ \t]*(?:\*\*|__)?[ \t]*\S)/;
// A bold run headline-style, closed by a full stop inside the bold ("**Goals.** Improve sleep; …"), as run-in heads are typeset.
const RUN_IN_LABEL = /^[ \t]*(?:\*\*|__)[ \t]*([A-Za-z][A-Za-z /&'-]{0,40}?)[ \t]*\.[ \t]*(?:\*\*|__)/;

/**
 * Reads headings and label lines into sections. `labelAllowed` narrows which section names a label
 * line may open: in a declared SOAP note, "Goal: …" is a sentence, not a GIRP section.
 */
export function readSections(
  md: ParsedMarkdown,
  text: string,
  vocabulary: SectionVocabulary,
  labelAllowed: (name: string) => boolean = () => true,
): Section[] {
  const nodes = md.tree.children;
  const sections: Section[] = [];
  const headingIndexes: number[] = [];
  nodes.forEach((node, i) => {
    if (node.type === 'heading') headingIndexes.push(i);
  });

  headingIndexes.forEach((i, k) => {
    const heading = nodes[i] as Heading;
    const headingSpan = spanOf(heading, md);
    let endIndex = nodes.length;
    for (let m = k + 1; m < headingIndexes.length; m++) {
      const j = headingIndexes[m]!;
      if ((nodes[j] as Heading).depth <= heading.depth) {
        endIndex = j;
        break;
      }
    }
    const end = endIndex < nodes.length ? spanOf(nodes[endIndex]!, md).start : text.length;
    const title = toString(heading, { includeHtml: false }).trim();
    sections.push({
      title,
      name: vocabulary.lookup(title),
      kind: 'heading',
      depth: heading.depth,
      headingSpan,
      span: { start: headingSpan.start, end },
      contentSpan: { start: headingSpan.end, end },
      isEmpty: false,
    });
  });
  nameLetterHeadings(sections, vocabulary, labelAllowed);
  // Empty: no content before the first sub-heading, and no sub-heading that holds content.
  for (let k = sections.length - 1; k >= 0; k--) {
    const section = sections[k]!;
    const nextHeadingIndex = headingIndexes[k + 1] ?? nodes.length;
    let hasContent = false;
    for (let i = headingIndexes[k]! + 1; i < nextHeadingIndex && !hasContent; i++) hasContent = !isComment(nodes[i]!);
    for (let m = k + 1; m < sections.length && !hasContent; m++) {
      const sub = sections[m]!;
      if (sub.depth <= section.depth) break;
      hasContent = !sub.isEmpty;
    }
    section.isEmpty = !hasContent;
  }

  sections.push(...readLabelSections(md, text, vocabulary, nodes, labelAllowed));
  sections.sort((a, b) => a.span.start - b.span.start || a.depth - b.depth);
  closeLabelSections(sections, text);
  return sections;
}

/**
 * A bare letter heading (`## S`) names a section only when the note's headings spell out a format's
 * initials (`## S`, `## O`, `## A`, `## P`): one `## A` alone is an appendix or an option, not Assessment.
 */
function nameLetterHeadings(sections: Section[], vocabulary: SectionVocabulary, labelAllowed: (name: string) => boolean): void {
  const letters: { section: Section; name: string }[] = [];
  for (const section of sections) {
    if (section.name || normaliseTitle(section.title).length !== 1) continue;
    const name = vocabulary.lookup(section.title, true);
    if (name && labelAllowed(name)) letters.push({ section, name });
  }
  if (letters.length < 2 || inferFormat(new Set(letters.map((l) => l.name))) === 'free') return;
  for (const { section, name } of letters) section.name = name;
}

function isComment(node: RootContent): boolean {
  return node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value);
}

function readLabelSections(
  md: ParsedMarkdown,
  text: string,
  vocabulary: SectionVocabulary,
  nodes: RootContent[],
  labelAllowed: (name: string) => boolean,
): Section[] {
  const labels: Section[] = [];
  for (const { paragraph, lazyOnly } of labelParagraphs(nodes)) {
    const span = spanOf(paragraph, md);
    let lineStart = span.start;
    while (lineStart < span.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1 || lineEnd > span.end) lineEnd = span.end;
      const line = text.slice(lineStart, lineEnd);
      const match = PLAN_WITH_ASIDE.exec(line) ?? (lazyOnly
        ? lineStart > span.start && !/^[ \t]/.test(line)
          ? LABEL_LINE.exec(line)
          : null
        : (LABEL_LINE.exec(line) ?? RUN_IN_LABEL.exec(line) ?? (lineEnd < span.end || lineStart === span.start ? BARE_LABEL_LINE.exec(line) : null)));
      const aside = match || lazyOnly ? null : NAME_WITH_ASIDE.exec(line);
      if (match ?? aside) {
        const found = (match ?? aside)!;
        const name = vocabulary.lookup(found[1]!, true);
        if (name && labelAllowed(name)) {
          const labelEnd = lineStart + found[0].trimEnd().length;
          labels.push({
            title: found[1]!.trim(),
            name,
            kind: 'label',
            depth: 7,
            headingSpan: { start: lineStart + found[0].indexOf(found[1]!.trim()[0]!), end: labelEnd },
            span: { start: lineStart, end: text.length },
            contentSpan: { start: labelEnd, end: text.length },
            isEmpty: false,
          });
        }
      }
      lineStart = lineEnd + 1;
    }
  }
  return labels;
}

/**
 * The paragraphs a label line may stand in: each top-level paragraph, and each paragraph of a list's items, where a "Plan: …" or
 * "I:" line typed straight under a bullet lands (markdown continues the bullet's paragraph lazily, and the bullets after it stay in
 * the same list). In a list only such unindented lines after the first are read: the bullet's own first words are its text, not a label.
 */
function labelParagraphs(nodes: RootContent[]): Array<{ paragraph: Paragraph; lazyOnly: boolean }> {
  const out: Array<{ paragraph: Paragraph; lazyOnly: boolean }> = [];
  for (const node of nodes) {
    if (node.type === 'paragraph') out.push({ paragraph: node, lazyOnly: false });
    else if (node.type === 'list') {
      // Any bullet, not only the last: "I:" typed straight under a bullet and followed by more bullets lands mid-list.
      for (const item of node.children) for (const child of item.children) if (child.type === 'paragraph') out.push({ paragraph: child, lazyOnly: true });
    }
  }
  return out;
}

/** A label's section runs to the next label or heading, and never past its enclosing heading's section. */
function closeLabelSections(sections: Section[], text: string): void {
  const textEnd = text.length;
  let enclosingEnd = textEnd;
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i]!;
    if (section.kind === 'heading') {
      enclosingEnd = section.span.end;
      continue;
    }
    const next = sections[i + 1];
    const limit = Math.min(next ? next.span.start : textEnd, enclosingEnd);
    section.span = { start: section.span.start, end: limit };
    section.contentSpan = { start: section.contentSpan.start, end: limit };
    section.isEmpty = nothingWritten(text.slice(section.contentSpan.start, limit));
  }
}

/**
 * A label's content with nothing but blank lines, the label's own closing markup or a comment in it ("**Response:**" and then the next
 * label, "O:" with nothing after it before "A: …"): the section is empty, as a heading with nothing under it is.
 */
function nothingWritten(content: string): boolean {
  return content.replace(/<!--[\s\S]*?-->/g, '').replace(/[*_:]/g, '').trim() === '';
}
