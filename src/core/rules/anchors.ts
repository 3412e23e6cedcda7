import { sectionsNamed, type Note } from '../parse/note.js';
import type { Section } from '../parse/sections.js';
import type { Span } from '../types.js';

/** Where a note-level finding sits: the frontmatter's opening line, or the note's first line. */
export function noteAnchor(note: Note): Span {
  const start = note.frontmatter ? note.frontmatter.span.start : note.markdown.shift;
  return note.lines.lineSpan(note.lines.position(start).line);
}

/** The line of a section's heading or label. */
export function headingLine(note: Note, section: Section): Span {
  return note.lines.lineSpan(note.lines.position(section.headingSpan.start).line);
}

/** The note's Plan sections (headings or labels), where follow-ups and next steps belong. */
export function planSections(note: Note): Section[] {
  return sectionsNamed(note, 'Plan');
}

/** Offset just past a section's last non-blank character: where an item appended to it goes. */
export function endOfSectionContent(note: Note, section: Section): number {
  let end = section.span.end;
  while (end > section.contentSpan.start && /\s/.test(note.text[end - 1]!)) end--;
  return end;
}
