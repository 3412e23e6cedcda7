// Large-note mode, the pure part (no vscode import, unit-tested in plain Node): where a running
// record's entries are, which entries an edit touched, the small text linted for them, and how its
// findings merge with the last lint's (shifted by the edits since). src/vscode/linter.ts drives it.
import type { Finding, Position, Span } from '../core/types.js';

/** A document range an edit replaced (offsets before the edit) and the length of what replaced it. */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  textLength: number;
}

/**
 * Rules whose findings depend on the whole note (every section, the ordering of all sections, a
 * rupture anywhere against the Plan): while typing they keep their last full-lint values, like
 * the findings anchored on the note's first line (required-fields, termination-actions, …).
 */
export const NOTE_LEVEL_RULES: ReadonlySet<string> = new Set([
  'required-sections',
  'required-fields',
  'section-order',
  'rupture-followup',
  'termination-actions',
  'feedback-recorded',
  'client-context',
  'ending-reason',
  'frontmatter',
  'field-values',
]);

/** A note's layout: where its head (frontmatter, or first line) ends and where each entry starts. */
export interface Layout {
  /** End of the head: past the frontmatter's closing line, or past the first line when there is none. */
  headEnd: number;
  /** Start offsets of the entries (ascending, each at a line start, the first one is headEnd). */
  starts: number[];
}

export interface Window {
  /** The head is linted with the entries: the note's type and format come from its frontmatter. */
  headEnd: number;
  /** The entries linted: [start, end) in the document. */
  start: number;
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/** The end of the frontmatter (past its closing line's break), or -1 when the note has none. */
function frontmatterEnd(text: string): number {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = /^---[ \t]*\r?\n/.exec(text.slice(bom, bom + 8));
  if (!first) return -1;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
  close.lastIndex = bom + first[0].length;
  const match = close.exec(text);
  return match ? match.index + match[0].length : -1;
}

/**
 * Splits a note into entries: at `---` lines between entries if the record is written that way
 * (two or more thematic breaks after the frontmatter), otherwise at the headings of the shallowest
 * level that occurs at least twice (`## Session n` under a `# Running record` title). Fenced code
 * is skipped. Text before the first split belongs to the first entry.
 */
export function layoutOf(text: string): Layout {
  const fm = frontmatterEnd(text);
  let headEnd: number;
  if (fm >= 0) headEnd = fm;
  else {
    const nl = text.indexOf('\n');
    headEnd = nl === -1 ? text.length : nl + 1;
  }
  const headings: Array<{ at: number; level: number }> = [];
  const breaks: number[] = [];
  let fence: string | null = null;
  let previousBlank = true;
  for (let at = headEnd; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const next = nl === -1 ? text.length : nl + 1;
    const line = text.slice(at, nl === -1 ? text.length : nl).replace(/\r$/, '');
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length && line.trim() === fenceMatch[1]) fence = null;
    } else if (fenceMatch) fence = fenceMatch[1]!;
    else {
      const atx = ATX.exec(line);
      if (atx) headings.push({ at, level: atx[1]!.length });
      else if (previousBlank && BREAK.test(line)) breaks.push(at); // after a paragraph line, `---` is a setext underline
    }
    previousBlank = line.trim() === '';
    at = next;
  }
  let cuts: number[];
  if (breaks.length >= 2) cuts = breaks;
  else {
    const counts = new Map<number, number>();
    for (const h of headings) counts.set(h.level, (counts.get(h.level) ?? 0) + 1);
    const level = [1, 2, 3, 4, 5, 6].find((l) => (counts.get(l) ?? 0) >= 2);
    cuts = level === undefined ? [] : headings.filter((h) => h.level === level).map((h) => h.at);
  }
  const starts = [headEnd, ...cuts.filter((c) => c > headEnd)];
  return { headEnd, starts };
}

/** The index of the entry holding `offset`. */
function entryAt(layout: Layout, offset: number): number {
  let lo = 0;
  let hi = layout.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (layout.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The entries to lint for an edited range (document offsets after the edits), or null when only a
 * full lint will do: the edit touched the head, or the entries cover more than `maxFraction` of
 * the note (no gain). One character either side is included, so an edit at an entry's edge also
 * re-lints the neighbour it may have changed.
 */
export function selectWindow(text: string, dirty: Span, layout: Layout = layoutOf(text), maxFraction = 0.5): Window | null {
  if (dirty.start < layout.headEnd) return null;
  const from = entryAt(layout, Math.max(layout.headEnd, dirty.start - 1));
  const to = entryAt(layout, Math.min(text.length, dirty.end + 1));
  const start = layout.starts[from]!;
  const end = to + 1 < layout.starts.length ? layout.starts[to + 1]! : text.length;
  if (end - start + layout.headEnd > maxFraction * text.length) return null;
  return { headEnd: layout.headEnd, start, end };
}

/** The text linted for a window: the head, then the entries (so the window's offsets past the head are shifted by start - headEnd). */
export function windowText(text: string, w: Window): string {
  return text.slice(0, w.headEnd) + text.slice(w.start, w.end);
}

/** A note-level finding keeps its last full-lint value while typing. */
export function isNoteLevel(finding: Finding, headEnd: number): boolean {
  return finding.span.start < headEnd || NOTE_LEVEL_RULES.has(finding.ruleId);
}

/** A copy of the finding with every offset (span, related spans, fix edits) mapped; positions recomputed. */
export function mapFinding(finding: Finding, map: (offset: number) => number, positionAt: (offset: number) => Position): Finding {
  const span = { start: map(finding.span.start), end: map(finding.span.end) };
  const out: Finding = { ...finding, span, start: positionAt(span.start), end: positionAt(span.end) };
  if (finding.related) {
    out.related = finding.related.map((r) => {
      const s = { start: map(r.span.start), end: map(r.span.end) };
      return { ...r, span: s, start: positionAt(s.start), end: positionAt(s.end) };
    });
  }
  if (finding.fixes) out.fixes = finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, offset: map(e.offset) })) }));
  return out;
}

/** A copy with every offset mapped and the lines and columns left as they were (mergeWindow recomputes them). */
export function shiftFinding(finding: Finding, map: (offset: number) => number): Finding {
  const out: Finding = { ...finding, span: { start: map(finding.span.start), end: map(finding.span.end) } };
  if (finding.related) out.related = finding.related.map((r) => ({ ...r, span: { start: map(r.span.start), end: map(r.span.end) } }));
  if (finding.fixes) out.fixes = finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, offset: map(e.offset) })) }));
  return out;
}

/**
 * Where an offset of the text before `changes` lands after them. The changes of one event refer to
 * the text before it and do not overlap; an offset inside a replaced range moves to the end of what replaced it.
 */
export function shiftOffset(offset: number, changes: readonly TextChange[]): number {
  let delta = 0;
  let inside: TextChange | null = null;
  for (const c of changes) {
    if (c.rangeOffset + c.rangeLength <= offset) delta += c.textLength - c.rangeLength;
    else if (c.rangeOffset < offset) inside = c;
  }
  // Changes do not overlap: those counted in delta all lie before the one holding the offset.
  return inside ? inside.rangeOffset + inside.textLength + delta : offset + delta;
}

/** The edited range after the changes, joined with the one already pending (shifted by them). */
export function growDirty(dirty: Span | null, changes: readonly TextChange[]): Span | null {
  let out: Span | null = dirty ? { start: shiftOffset(dirty.start, changes), end: shiftOffset(dirty.end, changes) } : null;
  for (const c of changes) {
    const start = shiftOffset(c.rangeOffset, changes.filter((o) => o !== c));
    const span = { start, end: start + c.textLength };
    out = out ? { start: Math.min(out.start, span.start), end: Math.max(out.end, span.end) } : span;
  }
  return out;
}

/** Orders findings as the engine does. */
export function byPosition(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId) || (a.detail ?? '').localeCompare(b.detail ?? '');
}

/**
 * The findings after a windowed lint: the previous ones (offsets already shifted to the current text)
 * outside the window and every note-level one, plus the window's line-level findings mapped back
 * to document offsets.
 */
export function mergeWindow(previous: readonly Finding[], windowFindings: readonly Finding[], w: Window, positionAt: (offset: number) => Position): Finding[] {
  const shift = w.start - w.headEnd;
  // The previous findings' offsets were shifted as the text changed (shiftFinding); their lines and columns are brought up to date here.
  const kept = previous
    .filter((f) => isNoteLevel(f, w.headEnd) || f.span.start < w.start || f.span.start >= w.end)
    .map((f) => mapFinding(f, (o) => o, positionAt));
  const added = windowFindings.filter((f) => !isNoteLevel(f, w.headEnd)).map((f) => mapFinding(f, (o) => (o >= w.headEnd ? o + shift : o), positionAt));
  return [...kept, ...added].sort(byPosition);
}

/** 1-based line and column of offsets in a text (what the engine reports), for tests and callers without a document. */
export function positionsOf(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
