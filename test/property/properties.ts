// Random markdown and the properties every lint must keep, shared by the property tests (a fixed
// seed, a CI-sized count) and `npm run fuzz` (a long run with a fresh seed).
import fc from 'fast-check';
import { defaultConfig, type ResolvedConfig } from '../../src/core/config/resolve.js';
import { applyEdits } from '../../src/core/fixes.js';
import { lint, type LintResult } from '../../src/core/lint.js';
import { parseMarkdown } from '../../src/core/parse/markdown.js';
import { rules } from '../../src/core/rules/index.js';
import type { Finding } from '../../src/core/types.js';

/** Every rule on (identifiers too), and the same with reasons required for disable comments. */
export const CONFIGS: ReadonlyArray<{ name: string; config: ResolvedConfig }> = [
  { name: 'recommended', config: defaultConfig(rules) },
  { name: 'all', config: defaultConfig(rules, { extends: 'rapport:all', requireReason: true }) },
];

const SECTION_NAMES = ['Subjective', 'Objective', 'Assessment', 'Plan', 'Data', 'Behavior', 'Behaviour', 'Intervention', 'Response', 'Goal', 'Problem', 'Review', 'Ending', 'Goals'];
// Phrases the rules look for, so findings (and their fixes) actually happen.
const PHRASES = [
  'Client gave one-word answers and looked away.',
  'She said therapy is a waste of time and that I never listen.',
  'I acknowledged I had pushed too fast and we agreed to slow down.',
  'ORS 24.5; SRS 36.',
  'We agreed together on the goal of sleeping seven hours.',
  'Goal: reduce panic attacks.',
  'Client did not complete the homework.',
  'I felt frustrated with him.',
  'Client was non-compliant with medication.',
  'He is resistant and manipulative.',
  'Call 555-0134 or write to c.k@example.org; SSN 000-12-3456.',
  'Next session 3/4: review the diary together.',
  'We reviewed the gains; she is proud of the work.',
  'Therapy ended by mutual agreement.',
  'She said "you don\'t get it" and went quiet.',
  'alcohol withdrawal, treatment-resistant depression',
];
const RULE_IDS = ['withdrawal-repair', 'judgmental-language', 'required-sections', 'empty-section', 'no-such-rule', 'identifiers', ''];
const NOTE_TYPES = ['progress', 'intake', 'termination', 'treatment-plan', 'psychotherapy', 'discharge', 'nonsense'];
const FORMATS = ['SOAP', 'DAP', 'BIRP', 'GIRP', 'PIRP', 'free', 'XYZ'];

// Text with what breaks parsers: astral characters, combining marks, RTL, NUL and other controls, lone surrogates.
const oddChar = fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u00a0', '\u200b', '\u200f', '\u2028', '\ufeff', '\ud83d', '\ude00', '😀', 'é', 'e\u0301', 'ß', 'İ', '\t', '\r', '\\', '*', '_', '`', '[', ']', '<', '>', '|', '#', '"', '“', '”', '’', '$', '}');
const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('client', 'she', 'he', 'said', 'the', 'session', 'plan', 'quiet', 'angry', 'at', 'me', 'we', 'agreed', 'goal', 'homework', 'not', 'never', 'last', 'week', 'T', 'pt.', 'f/u', 'HW') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: oddChar, maxLength: 4 }) },
);
const inline = fc.oneof(
  { weight: 4, arbitrary: fc.array(word, { maxLength: 12 }).map((w) => w.join(' ')) },
  { weight: 3, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('**', '_', '`', '"', '[', '<b>'), fc.constantFrom(...PHRASES)).map(([m, p]) => `${m}${p}${m === '[' ? '](https://example.org)' : m === '<b>' ? '</b>' : m}`) },
);
const sentence = fc.array(inline, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '));

const heading = fc.tuple(fc.integer({ min: 1, max: 7 }), fc.oneof(fc.constantFrom(...SECTION_NAMES), word)).map(([d, t]) => `${'#'.repeat(d)} ${t}`);
const label = fc.tuple(fc.constantFrom(...SECTION_NAMES, 'S', 'O', 'A', 'P', 'D'), fc.constantFrom('**{}:**', '{}:', '__{}__:', '**{}**:'), sentence).map(([n, f, s]) => `${f.replace('{}', n)} ${s}`);
const listBlock = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('-', '*', '+', '1.', '2)'), fc.oneof(sentence, fc.constant(''))), { minLength: 1, maxLength: 6 })
  .map((items) => items.map(([indent, marker, text]) => `${'  '.repeat(indent)}${marker} ${text}`).join('\n'));
const quote = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.array(sentence, { minLength: 1, maxLength: 3 })).map(([depth, lines]) => lines.map((l) => `${'> '.repeat(depth)}${l}`).join('\n'));
const tableBlock = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(inline, { minLength: 1, maxLength: 4 }), { maxLength: 4 }), fc.boolean())
  .map(([cols, rows, broken]) => {
    const row = (cells: string[]) => `| ${Array.from({ length: cols }, (_, i) => (cells[i] ?? '').replace(/\|/g, '/')).join(' | ')} |`;
    const delimiter = `|${Array.from({ length: broken ? cols + 1 : cols }, () => ' --- ').join('|')}|`;
    return [row(['Session', 'ORS', 'SRS']), delimiter, ...rows.map(row)].join('\n');
  });
const comment = fc.oneof(
  fc.tuple(fc.constantFrom('disable-next-line', 'disable-line', 'disable', 'enable', 'disable-file', 'bogus'), fc.constantFrom(...RULE_IDS), fc.constantFrom('', ' -- discussed in supervision', ' --')).map(([k, id, why]) => `<!-- rapport-${k} ${id}${why} -->`),
  sentence.map((s) => `<!-- ${s.replace(/-->/g, '')} -->`),
  fc.constant('<!-- never closed'),
  fc.constant('<!-- a --> <!-- b -->'),
);
const fence = fc.tuple(fc.constantFrom('```', '~~~', '````'), sentence, fc.boolean()).map(([f, s, closed]) => `${f}\n${s}\n${closed ? f : ''}`);
const htmlBlock = fc.constantFrom('<div>\n\nhello\n</div>', '<pre>\n# not a heading\n</pre>', '<details><summary>x</summary>\n\ntext\n\n</details>');
const scalarField = fc.oneof(word, fc.integer().map(String), fc.constantFrom('2026-11-20', '"C-1042"', "'unclosed", '[a, b', '{x: 1}', ''));
const frontmatter = fc.oneof(
  fc
    .tuple(fc.constantFrom(...NOTE_TYPES), fc.constantFrom(...FORMATS), scalarField, scalarField, fc.boolean())
    .map(([type, format, client, date, deid]) => `---\ntype: ${type}\nformat: ${format}\nclient: ${client}\ndate: ${date}\nsession: 3\n${deid ? 'deidentified: true\n' : ''}---`),
  fc.constantFrom('---\n- a\n- b\n---', '---\njust words\n---', '---\n---', '---\ntype: progress\nclient: "C-1\n---', '---\ntype: progress\n', '---\n\ttype: progress\n---'),
);
const block = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 3, arbitrary: heading },
  { weight: 2, arbitrary: label },
  { weight: 2, arbitrary: listBlock },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: tableBlock },
  { weight: 1, arbitrary: comment },
  { weight: 1, arbitrary: fence },
  { weight: 1, arbitrary: htmlBlock },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

/** A note-like markdown text: optional frontmatter, then blocks, with LF, CRLF or CR line breaks and perhaps a BOM. */
export const markdownNote: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(frontmatter, { nil: undefined }),
    fc.array(block, { maxLength: 14 }),
    fc.array(fc.constantFrom('\n', '\n\n', '\n\n\n'), { minLength: 14, maxLength: 14 }),
    fc.constantFrom('\n', '\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([fm, blocks, gaps, eol, bom]) => {
    let text = fm === undefined ? '' : `${fm}\n`;
    blocks.forEach((b, i) => (text += b + gaps[i]!));
    if (eol !== '\n') text = text.replace(/\n/g, eol);
    return (bom ? '\ufeff' : '') + text;
  });

/** Anything at all, and markdown: the engine must survive both. */
export const anyText: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: markdownNote }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) });

function inside(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
}

/** True when every character of `original` appears in `changed`, in order. */
export function keepsInOrder(original: string, changed: string): boolean {
  let i = 0;
  for (let j = 0; j < changed.length && i < original.length; j++) if (changed[j] === original[i]) i++;
  return i === original.length;
}

/** The problems with one lint of one text (empty when every property holds). */
export function checkLint(text: string, config: ResolvedConfig): string[] {
  const problems: string[] = [];
  let first: LintResult;
  try {
    first = lint(text, { config });
  } catch (error) {
    return [`lint threw ${(error as Error).name}`];
  }
  const second = lint(text, { config });
  if (JSON.stringify(first) !== JSON.stringify(second)) problems.push('two lints of the same text differ');
  const lineCount = text.split(/\r\n|\r|\n/).length;
  const check = (f: Finding, what: string): void => {
    if (f.messageId === 'internalError') problems.push(`${f.ruleId} failed (internal error)`);
    if (!inside(text, f.span.start, f.span.end)) problems.push(`${what} ${f.ruleId} span ${f.span.start}-${f.span.end} outside 0-${text.length}`);
    for (const p of [f.start, f.end]) if (!(p.line >= 1 && p.line <= lineCount && p.column >= 1)) problems.push(`${what} ${f.ruleId} position ${p.line}:${p.column} outside the text`);
    for (const r of f.related ?? []) if (!inside(text, r.span.start, r.span.end)) problems.push(`${what} ${f.ruleId} related span outside the text`);
    for (const fix of f.fixes ?? []) {
      for (const edit of fix.edits) {
        if (!inside(text, edit.offset, edit.offset + (edit.deleteLength ?? 0))) problems.push(`${what} ${f.ruleId} fix edit at ${edit.offset} outside the text`);
      }
      if (fix.isSuggestion) continue;
      if (fix.edits.some((e) => (e.deleteLength ?? 0) > 0)) problems.push(`${f.ruleId} fix "${fix.title}" deletes text without being a suggestion`);
      const fixed = applyEdits(text, fix.edits);
      if (!keepsInOrder(text, fixed)) problems.push(`${f.ruleId} fix "${fix.title}" loses or reorders the note's characters`);
    }
  };
  for (const f of first.findings) check(f, 'finding');
  for (const f of first.suppressed) check(f, 'suppressed');
  for (const n of first.notices) if (!inside(text, n.span.start, n.span.end)) problems.push('notice span outside the text');
  return problems;
}

/** The property over any text, for every config. */
export const lintProperty = fc.property(anyText, (text) => {
  for (const { name, config } of CONFIGS) {
    const problems = checkLint(text, config);
    if (problems.length > 0) throw new Error(`${name}: ${[...new Set(problems)].join('; ')}`);
  }
});

/**
 * The same note with CRLF line breaks: the same findings on the same lines and columns
 * (a finding that ends at a line break may end one character later).
 */
export const crlfProperty = fc.property(markdownNote, (note) => {
  const lf = note.replace(/\r\n?/g, '\n');
  const crlf = lf.replace(/\n/g, '\r\n');
  for (const { name, config } of CONFIGS) {
    const a = lint(lf, { config }).findings.map((f) => `${f.ruleId}:${f.detail ?? ''}@${f.start.line}:${f.start.column}`);
    const b = lint(crlf, { config }).findings.map((f) => `${f.ruleId}:${f.detail ?? ''}@${f.start.line}:${f.start.column}`);
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${name}: LF and CRLF differ`);
  }
});

/** A large note is parsed in pieces: for any markdown, cut as finely as possible, the tree is the one a whole parse gives. */
export const chunkProperty = fc.property(
  fc.array(markdownNote, { minLength: 2, maxLength: 6 }).map((notes) => notes.map((n) => n.replace(/^\uFEFF/, '')).join('\n\n## Next\n\n')),
  (text) => {
    const whole = parseMarkdown(text, { chunkChars: 0 });
    const pieces = parseMarkdown(text, { chunkChars: 16 });
    if (pieces.hasTable !== whole.hasTable || JSON.stringify(pieces.tree) !== JSON.stringify(whole.tree)) throw new Error('parsing in pieces changed the tree');
  },
);
