// Inline expectations in fixture notes, the way markdownlint's fixtures carry them:
//   a line that should fire ends with    <!-- expect: withdrawal-repair -->  (or names it: frontmatter@3)
//   a note-level finding is written as   <!-- expect-note: required-sections=Plan, feedback-recorded -->
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/lint.js';
import type { ResolvedConfig } from '../../src/core/config/resolve.js';

export interface Expectation {
  rule: string;
  line?: number;
  detail?: string;
}

const LINE_EXPECT = /<!--\s*expect:\s*([^>]*?)\s*-->/g;
const NOTE_EXPECT = /<!--\s*expect-note:\s*([^>]*?)\s*-->/g;

export function readExpectations(text: string): Expectation[] {
  const expectations: Expectation[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const match of line.matchAll(LINE_EXPECT)) {
      // `rule@N` names another line, for places a comment cannot go (inside frontmatter).
      for (const item of match[1]!.split(/[\s,]+/).filter(Boolean)) {
        const [rule, at] = item.split('@');
        expectations.push({ rule: rule!, line: at ? Number(at) : i + 1 });
      }
    }
  });
  for (const match of text.matchAll(NOTE_EXPECT)) {
    for (const item of match[1]!.split(/,\s*/).filter(Boolean)) {
      const [rule, detail] = item.trim().split('=');
      expectations.push(detail ? { rule: rule!, detail } : { rule: rule! });
    }
  }
  return expectations;
}

function key(e: Expectation): string {
  return `${e.rule}${e.line !== undefined ? `:${e.line}` : ''}${e.detail !== undefined ? `=${e.detail}` : ''}`;
}

/**
 * What a fixture expects and what Rapport reports, for the rules the fixture speaks about,
 * as sorted keys (`rule:line` or `rule=detail`), so a test can compare them as lists.
 */
export function compareFixture(text: string, ownRule: string, config: ResolvedConfig): { expected: string[]; actual: string[] } {
  const expectations = readExpectations(text);
  const rules = new Set([ownRule, ...expectations.map((e) => e.rule)]);
  const noteLevel = new Set(expectations.filter((e) => e.line === undefined).map((e) => e.rule));
  const findings = lint(text, { config }).findings.filter((f) => rules.has(f.ruleId));
  const actual = findings.map((f) => key(noteLevel.has(f.ruleId) ? { rule: f.ruleId, ...(f.detail ? { detail: f.detail } : {}) } : { rule: f.ruleId, line: f.start.line }));
  return { expected: expectations.map(key).sort(), actual: actual.sort() };
}

export function fixtureFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => join(dir, f));
  } catch {
    return [];
  }
}

export function readFixture(file: string): string {
  return readFileSync(file, 'utf8');
}
