import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { rules } from '../../core/rules/index.js';
import type { Finding, Severity } from '../../core/types.js';
import type { FileResult, FormatOptions } from '../results.js';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

function ruleDescriptors(): ReportingDescriptor[] {
  return rules.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.meta.docs.summary },
    fullDescription: { text: rule.meta.docs.why },
    help: { text: rule.meta.docs.satisfies, markdown: `**What satisfies it.** ${rule.meta.docs.satisfies}\n\nSee docs/rules/${rule.meta.id}.md.` },
    defaultConfiguration: rule.meta.defaultSeverity === 'off' ? { enabled: false } : { level: LEVEL[rule.meta.defaultSeverity] },
    properties: { tags: [rule.meta.category], category: rule.meta.category },
  }));
}

/** SARIF 2.1.0 for code-scanning dashboards: rules from metadata, suppressions with their reasons. */
export function formatSarif(results: readonly FileResult[], options: FormatOptions): string {
  const descriptors = ruleDescriptors();
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const toResult = (r: FileResult, f: Finding): Result => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(r.displayPath), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: f.start.line,
            startColumn: f.start.column,
            endLine: f.end.line,
            endColumn: f.end.column,
            ...(options.includeExcerpts && f.excerpt ? { snippet: { text: f.excerpt } } : {}),
          },
        },
      },
    ],
    ...(f.detail !== undefined ? { properties: { detail: f.detail } } : {}),
    // A reason is the clinician's own words: reported only with --include-excerpts, like every other note text.
    ...(f.suppressed
      ? { suppressions: [{ kind: 'inSource' as const, ...(options.includeExcerpts && f.suppressed.justification ? { justification: f.suppressed.justification } : {}) }] }
      : {}),
  });
  const log: Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'Rapport',
            semanticVersion: options.version,
            version: options.version,
            rules: descriptors,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(options.cwd).href.replace(/\/?$/, '/')}` } },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: results.flatMap((r) =>
              r.problems.map((p) => ({
                level: p.severity,
                message: { text: `${r.displayPath}: ${p.message}` },
                locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(r.displayPath), uriBaseId: '%SRCROOT%' }, region: { startLine: p.line ?? 1 } } }],
              })),
            ),
          },
        ],
        results: results.flatMap((r) => [...r.findings.map((f) => toResult(r, f)), ...r.suppressed.map((f) => toResult(r, f))]),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
