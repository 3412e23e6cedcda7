import type { Nodes } from 'mdast';
import { NOTE_FORMATS, NOTE_TYPES, type NoteFormat, type NoteType, type Span } from '../types.js';
import { readFrontmatter, type Frontmatter } from './frontmatter.js';
import { LineIndex } from './lines.js';
import { MAX_NESTING, parseMarkdown, spanOf, type ParsedMarkdown } from './markdown.js';
import { readSections, type Section } from './sections.js';
import { addressesTheClient } from './person.js';
import { readBlocks, readSentences, type Block, type Sentence } from './sentences.js';
import { FORMAT_SECTIONS, inferFormat, normaliseTitle, SectionVocabulary } from './vocabulary.js';

export interface HtmlComment {
  /** The text between `<!--` and `-->`. */
  body: string;
  span: Span;
}

/** Something about the note as a whole that no rule reports: part of it could not be read as markdown. */
export interface ParseNotice {
  /** Never holds note text. */
  message: string;
  span: Span;
}

/** A parsed session note: everything the rules read, built once per lint. */
export interface Note {
  text: string;
  lines: LineIndex;
  markdown: ParsedMarkdown;
  frontmatter: Frontmatter | null;
  /** Null when the note has no readable `type`. */
  type: NoteType | null;
  format: NoteFormat | null;
  /** True when the frontmatter names the format; false when it was inferred from the headings. */
  formatDeclared: boolean;
  sections: Section[];
  blocks: Block[];
  sentences: Sentence[];
  comments: HtmlComment[];
  notices: ParseNotice[];
}

// What clinicians call the same note types.
const TYPE_ALIASES: Record<string, NoteType> = {
  discharge: 'termination',
  'discharge-summary': 'termination',
  'termination-summary': 'termination',
  'progress-note': 'progress',
  'psychotherapy-note': 'psychotherapy',
  'process-note': 'psychotherapy',
  'treatment-plan': 'treatment-plan',
  treatmentplan: 'treatment-plan',
  'intake-assessment': 'intake',
  assessment: 'intake',
};

export function normaliseType(value: unknown): NoteType | null {
  if (typeof value !== 'string') return null;
  const key = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if ((NOTE_TYPES as readonly string[]).includes(key)) return key as NoteType;
  return TYPE_ALIASES[key] ?? null;
}

export function normaliseFormat(value: unknown): NoteFormat | null {
  if (typeof value !== 'string') return null;
  const key = value.trim();
  if (key.toLowerCase() === 'free') return 'free';
  const upper = key.toUpperCase();
  return (NOTE_FORMATS as readonly string[]).includes(upper) ? (upper as NoteFormat) : null;
}

function readComments(md: ParsedMarkdown): HtmlComment[] {
  const comments: HtmlComment[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'html') {
      // One html node can hold several comments (`<!-- a --> <!-- b -->`).
      const base = spanOf(node, md).start;
      for (const match of node.value.matchAll(/<!--([\s\S]*?)-->/g)) {
        comments.push({ body: match[1]!, span: { start: base + match.index, end: base + match.index + match[0].length } });
      }
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(md.tree);
  return comments;
}

const FORMAT_SECTION_NAMES = new Set(Object.values(FORMAT_SECTIONS).flat().map((s) => s.name));

/** In a note that declares a format, labels open only that format's sections (and the clinic's own). */
function labelFilter(format: NoteFormat | null): (name: string) => boolean {
  if (!format || format === 'free') return () => true;
  const own = new Set(FORMAT_SECTIONS[format].map((s) => s.name));
  return (name) => own.has(name) || !FORMAT_SECTION_NAMES.has(name);
}

/** Marks every sentence of a note written to the client, so the classifier reads its "you" as the client. */
function markAddressee(sentences: Sentence[]): Sentence[] {
  if (addressesTheClient(sentences.map((s) => s.text))) for (const sentence of sentences) sentence.addressesClient = true;
  return sentences;
}

/**
 * A label line's sentence starts with the label ("Plan: Next session 2/9 …"); rules read what
 * follows it, so the label is cut off (offsets stay exact), and a bare label leaves no sentence.
 */
function withoutLabels(sentences: Sentence[], sections: Section[]): Sentence[] {
  const labelEnds = new Map<number, number>();
  for (const s of sections) if (s.kind === 'label') labelEnds.set(s.headingSpan.start, s.headingSpan.end);
  if (labelEnds.size === 0) return sentences;
  const out: Sentence[] = [];
  for (const sentence of sentences) {
    let cut = -1;
    for (const [start, end] of labelEnds) if (start >= sentence.span.start && start < sentence.span.end) cut = end;
    if (cut === -1) {
      out.push({ ...sentence, index: out.length });
      continue;
    }
    let from = 0;
    while (from < sentence.offsets.length && (sentence.offsets[from]! < cut || /[\s*_:]/.test(sentence.text[from]!))) from++;
    if (from >= sentence.offsets.length) continue;
    const offsets = sentence.offsets.subarray(from);
    out.push({ ...sentence, index: out.length, text: sentence.text.slice(from), offsets, span: { start: offsets[0]!, end: sentence.span.end } });
  }
  return out;
}

export function parseNote(text: string, vocabulary: SectionVocabulary = SectionVocabulary.defaults()): Note {
  const markdown = parseMarkdown(text);
  const frontmatter = readFrontmatter(markdown, text);
  const fields = frontmatter?.fields;
  const declaredFormat = normaliseFormat(fields?.get('format')?.value);
  const sections = readSections(markdown, text, vocabulary, labelFilter(declaredFormat));
  problemBeforeIntervention(sections, declaredFormat);
  const blocks = readBlocks(markdown, text);
  return {
    text,
    lines: new LineIndex(text),
    markdown,
    frontmatter,
    type: normaliseType(fields?.get('type')?.value),
    format: declaredFormat ?? inferFormat(new Set(sections.flatMap((s) => (s.name ? [s.name] : [])))),
    formatDeclared: declaredFormat !== null,
    sections,
    blocks,
    sentences: markAddressee(withoutLabels(readSentences(blocks), sections)),
    comments: readComments(markdown),
    notices: parseNotices(markdown, text),
  };
}

/**
 * PIRP opens on its Problem and closes on its Plan, and clinicians write both as "P:". A "P" that comes before the note's
 * Intervention names the Problem ("P: Rookie planter, first season, panic on the cutblock"), in a note declared PIRP or one whose
 * letters run P, I, R, P; elsewhere "P" is the Plan, as in SOAP, DAP, BIRP and GIRP.
 */
function problemBeforeIntervention(sections: Section[], declaredFormat: NoteFormat | null): void {
  if (declaredFormat !== null && declaredFormat !== 'PIRP') return;
  const intervention = sections.find((s) => s.name === 'Intervention');
  if (!intervention) return;
  const letters = sections.filter((s) => s.name === 'Plan' && normaliseTitle(s.title) === 'p');
  const first = letters[0];
  if (!first || first.span.start >= intervention.span.start) return;
  // Undeclared, the letters must show it: a Plan "P" after the Intervention as well.
  if (declaredFormat === null && !letters.some((s) => s.span.start > intervention.span.start)) return;
  first.name = 'Problem';
}

function parseNotices(md: ParsedMarkdown, text: string): ParseNotice[] {
  if (!md.tooDeep) return [];
  const { offset, lines } = md.tooDeep;
  const lineEnd = text.indexOf('\n', offset);
  return [
    {
      message:
        `The note is nested too deeply to check as markdown: ${lines === 1 ? 'a line has' : `${lines} lines have`} more than ${MAX_NESTING} levels of quotes or lists. ` +
        'Their quote and list markers were read as plain text; the rest of the note was checked.',
      span: { start: offset, end: lineEnd === -1 ? text.length : lineEnd },
    },
  ];
}

interface SectionIndex {
  /** Index of each section's enclosing section, or -1. Sections are sorted by start. */
  parent: Int32Array;
}

const sectionIndexes = new WeakMap<Note, SectionIndex>();

// Sections nest (a label inside a heading, a ### inside a ##): one pass with a stack finds each parent.
function sectionIndex(note: Note): SectionIndex {
  let index = sectionIndexes.get(note);
  if (!index) {
    const parent = new Int32Array(note.sections.length).fill(-1);
    const stack: number[] = [];
    note.sections.forEach((section, i) => {
      while (stack.length && note.sections[stack[stack.length - 1]!]!.span.end <= section.span.start) stack.pop();
      if (stack.length) parent[i] = stack[stack.length - 1]!;
      stack.push(i);
    });
    index = { parent };
    sectionIndexes.set(note, index);
  }
  return index;
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < Math.max(span.end, span.start + 1);
}

/** The sections that contain an offset, outermost first. */
export function sectionsAt(note: Note, offset: number): Section[] {
  const { sections } = note;
  // The last section starting at or before the offset, then up its parents to one that contains it.
  let lo = 0;
  let hi = sections.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid]!.span.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const { parent } = sectionIndex(note);
  while (found !== -1 && !contains(sections[found]!.span, offset)) found = parent[found]!;
  const chain: Section[] = [];
  for (let i = found; i !== -1; i = parent[i]!) chain.push(sections[i]!);
  return chain.reverse();
}

/** The template section (Plan, Assessment, …) that contains an offset, innermost first. */
export function templateSectionAt(note: Note, offset: number): Section | null {
  const chain = sectionsAt(note, offset);
  for (let i = chain.length - 1; i >= 0; i--) if (chain[i]!.name) return chain[i]!;
  return null;
}

/** Whether an offset lies in a section with this name at any depth (a `### Homework` under `## Plan` is in the Plan). */
export function isInSection(note: Note, offset: number, name: string): boolean {
  return sectionsAt(note, offset).some((s) => s.name === name);
}

/** Sections that name a template section, e.g. every `Plan` heading or `Plan:` label. */
export function sectionsNamed(note: Note, name: string): Section[] {
  return note.sections.filter((s) => s.name === name);
}

/** The sentences that start inside a span, found by binary search (sentences are in note order). */
export function sentencesIn(note: Note, span: Span): Sentence[] {
  const { sentences } = note;
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.span.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Sentence[] = [];
  for (let i = lo; i < sentences.length && sentences[i]!.span.start < span.end; i++) out.push(sentences[i]!);
  return out;
}
