import { analyseCues, type Cues } from './cues/index.js';
import { defaultConfig, type ResolvedConfig } from './config/resolve.js';
import { readDirectives, suppressingDirective, type Directive } from './directives.js';
import { parseNote, type Note } from './parse/note.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { rules as registeredRules } from './rules/index.js';
import { DIRECTIVES_RULE_ID } from './rules/directives.js';
import type { Finding, NoteFormat, NoteType, Position, Severity, Span } from './types.js';

export interface LintOptions {
  config?: ResolvedConfig;
  /** Used in messages only; the engine reads no files. */
  filePath?: string;
  /** False ignores `rapport-disable` comments (`--no-inline-config`). */
  inlineConfig?: boolean;
  /** Rules to run instead of the registry (tests). */
  rules?: readonly Rule[];
}

export interface LintResult {
  findings: Finding[];
  /** Findings an inline directive silenced, with the directive's reason (for SARIF). */
  suppressed: Finding[];
  note: { type: NoteType | null; format: NoteFormat | null; formatDeclared: boolean };
  /** Parts of the note that could not be read as markdown (nesting too deep to parse); no rule reports these. */
  notices: Array<{ message: string; span: Span; start: Position }>;
}

const EXCERPT_LIMIT = 240;

function fillMessage(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(data?.[key] ?? ''));
}

function excerptOf(text: string, span: Span): string {
  const raw = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return raw.length > EXCERPT_LIMIT ? `${raw.slice(0, EXCERPT_LIMIT - 1)}…` : raw;
}

export function toFinding(note: Note, rule: Rule, severity: Severity, report: Report): Finding {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message ${report.messageId}`);
  const span = { start: Math.max(0, Math.min(report.span.start, note.text.length)), end: Math.max(0, Math.min(report.span.end, note.text.length)) };
  if (span.end < span.start) span.end = span.start;
  const finding: Finding = {
    ruleId: rule.meta.id,
    severity,
    messageId: report.messageId,
    message: fillMessage(template, report.data),
    span,
    start: note.lines.position(span.start),
    end: note.lines.position(span.end),
  };
  if (report.detail !== undefined) finding.detail = report.detail;
  const excerpt = report.excerpt === undefined ? excerptOf(note.text, span) : report.excerpt;
  if (excerpt) finding.excerpt = excerpt;
  if (report.related?.length) {
    finding.related = report.related.map((r) => ({ message: r.message, span: r.span, start: note.lines.position(r.span.start), end: note.lines.position(r.span.end) }));
  }
  if (report.fixes?.length) finding.fixes = report.fixes;
  return finding;
}

function applies(rule: Rule, note: Note): boolean {
  return rule.meta.appliesTo.includes(note.type ?? 'unknown');
}

// The default configuration, resolved once per rule list rather than on every note.
const defaultConfigs = new WeakMap<readonly Rule[], ResolvedConfig>();

function defaultConfigFor(ruleList: readonly Rule[]): ResolvedConfig {
  let config = defaultConfigs.get(ruleList);
  if (!config) {
    config = defaultConfig(ruleList);
    defaultConfigs.set(ruleList, config);
  }
  return config;
}

/**
 * What one rule reads of a note. A class rather than an object literal with a `cues` getter: V8 keeps
 * an accessor's getter in the object's map, so a getter made anew for every rule and note gives each
 * context a map of its own, which holds the note past young-generation GCs until a full one.
 */
class NoteContext implements RuleContext {
  constructor(
    readonly note: Note,
    private readonly readCues: () => Cues,
    readonly options: unknown,
    readonly config: ResolvedConfig,
    readonly severity: Severity,
    readonly report: (report: Report) => void,
  ) {}

  get cues(): Cues {
    return this.readCues();
  }
}

/** Lints one note. Pure: same text and config, same findings. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const ruleList = options.rules ?? registeredRules;
  const config = options.config ?? defaultConfigFor(ruleList);
  const note = parseNote(text, config.vocabulary);
  let cues: Cues | undefined;
  const readCues = (): Cues => (cues ??= analyseCues(note, { lexicon: config.lexicon }));
  const findings: Finding[] = [];

  for (const rule of ruleList) {
    const setting = config.rules[rule.meta.id];
    if (!setting || setting.severity === 'off' || rule.meta.id === DIRECTIVES_RULE_ID || !applies(rule, note)) continue;
    const severity = setting.severity;
    const context = new NoteContext(note, readCues, setting.options, config, severity, (report) => {
      findings.push(toFinding(note, rule, severity, report));
    });
    try {
      rule.check(context);
    } catch {
      // One broken rule must not hide the others' findings; the message carries no note text.
      findings.push({
        ruleId: rule.meta.id,
        severity: 'error',
        messageId: 'internalError',
        message: `Rule ${rule.meta.id} failed on this note (an internal error in Rapport); the other rules still ran.`,
        span: { start: 0, end: 0 },
        start: { line: 1, column: 1 },
        end: { line: 1, column: 1 },
      });
    }
  }

  const suppressed: Finding[] = [];
  let kept = findings;
  if (options.inlineConfig !== false) {
    const directives = readDirectives(note);
    if (directives.length > 0) {
      kept = [];
      for (const finding of findings) {
        const directive = suppressingDirective(finding, directives);
        if (directive) {
          directive.used = true;
          const suppression = directive.reason ? { kind: 'inSource' as const, justification: directive.reason } : { kind: 'inSource' as const };
          suppressed.push({ ...finding, suppressed: suppression });
        } else kept.push(finding);
      }
      kept.push(...directiveFindings(note, directives, ruleList, config));
    }
  }
  const byPosition = (a: Finding, b: Finding): number => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId) || (a.detail ?? '').localeCompare(b.detail ?? '');
  return {
    findings: kept.sort(byPosition),
    suppressed: suppressed.sort(byPosition),
    note: { type: note.type, format: note.format, formatDeclared: note.formatDeclared },
    notices: note.notices.map((n) => ({ ...n, start: note.lines.position(n.span.start) })),
  };
}

/** Unknown rule ids, directives that silenced nothing, and missing reasons where the clinic requires one. */
function directiveFindings(note: Note, directives: Directive[], ruleList: readonly Rule[], config: ResolvedConfig): Finding[] {
  const rule = ruleList.find((r) => r.meta.id === DIRECTIVES_RULE_ID);
  const setting = config.rules[DIRECTIVES_RULE_ID];
  if (!rule || !setting || setting.severity === 'off') return [];
  const known = new Set(ruleList.map((r) => r.meta.id));
  const out: Finding[] = [];
  const report = (report: Report): void => {
    out.push(toFinding(note, rule, setting.severity as Severity, { excerpt: null, ...report }));
  };
  for (const directive of directives) {
    const unknown = directive.ruleIds.filter((id) => !known.has(id));
    // The typed id goes in the excerpt, not the message: whatever sits in a comment is the clinician's text.
    for (const id of unknown) report({ messageId: 'unknownRule', span: directive.span, excerpt: id });
    if (unknown.length === 0 && !directive.used && directive.kind !== 'enable') {
      report({ messageId: 'unused', data: { kind: directive.kind }, span: directive.span });
    }
    if (config.requireReason && directive.kind !== 'enable' && !directive.reason) {
      report({ messageId: 'missingReason', span: directive.span });
    }
  }
  return out;
}
