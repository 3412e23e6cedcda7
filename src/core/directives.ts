import type { Note } from './parse/note.js';
import type { Finding, Span } from './types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

/** An inline comment such as `<!-- rapport-disable-next-line withdrawal-repair -- discussed in supervision -->`. */
export interface Directive {
  kind: DirectiveKind;
  /** Empty means every rule. */
  ruleIds: string[];
  reason: string | null;
  span: Span;
  line: number;
  endLine: number;
  used: boolean;
}

const DIRECTIVE = /^\s*rapport-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([\s\S]*)$/;

export function readDirectives(note: Note): Directive[] {
  const directives: Directive[] = [];
  for (const comment of note.comments) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const [, kind, rest = ''] = match;
    const separator = rest.search(/\s--(\s|$)/);
    const list = separator === -1 ? rest : rest.slice(0, separator);
    const reason = separator === -1 ? null : rest.slice(separator).replace(/^\s*--/, '').trim() || null;
    directives.push({
      kind: kind as DirectiveKind,
      ruleIds: list.split(/[\s,]+/).filter(Boolean),
      reason,
      span: comment.span,
      line: note.lines.position(comment.span.start).line,
      endLine: note.lines.position(comment.span.end).line,
      used: false,
    });
  }
  return directives;
}

function names(directive: Directive, ruleId: string): boolean {
  return directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);
}

/** The directive that silences a finding, if any. */
export function suppressingDirective(finding: Finding, directives: Directive[]): Directive | null {
  let rangeState: Directive | null = null;
  for (const directive of directives) {
    if (!names(directive, finding.ruleId)) continue;
    switch (directive.kind) {
      case 'disable-file':
        return directive;
      case 'disable-next-line':
        if (finding.start.line === directive.endLine + 1) return directive;
        break;
      case 'disable-line':
        if (finding.start.line >= directive.line && finding.start.line <= directive.endLine) return directive;
        break;
      case 'disable':
        if (directive.span.start <= finding.span.start) rangeState = directive;
        break;
      case 'enable':
        if (directive.span.start <= finding.span.start) rangeState = null;
        break;
    }
  }
  return rangeState;
}
