import { countResults, type FileResult, type FormatOptions } from '../results.js';

const paint = (on: boolean, code: number) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** ESLint's stylish layout: one block per file, `line:column  severity  message  rule`. */
export function formatStylish(results: readonly FileResult[], options: FormatOptions): string {
  const dim = paint(options.colour, 2);
  const underline = paint(options.colour, 4);
  const red = paint(options.colour, 31);
  const yellow = paint(options.colour, 33);
  const blue = paint(options.colour, 36);
  const label = { error: red('error'), warning: yellow('warning'), info: blue('info') };
  const out: string[] = [];
  for (const result of results) {
    if (result.findings.length === 0 && result.problems.length === 0) continue;
    out.push('', underline(result.displayPath));
    const rows: string[][] = [];
    for (const p of result.problems) rows.push([`${p.line ?? 1}:1`, label[p.severity], p.message, '']);
    for (const f of result.findings) {
      const detail = f.detail && !f.message.includes(f.detail) ? ` (${f.detail})` : '';
      rows.push([`${f.start.line}:${f.start.column}`, label[f.severity], `${f.message}${detail}`, dim(f.ruleId)]);
      if (options.includeExcerpts && f.excerpt) rows.push(['', '', dim(`“${f.excerpt}”`), '']);
    }
    const width = Math.max(...rows.map((r) => r[0]!.length));
    const sevWidth = Math.max(...rows.map((r) => r[1]!.length));
    for (const r of rows) out.push(`  ${dim(r[0]!.padStart(width))}  ${r[1]!.padEnd(sevWidth)}  ${r[2]}  ${r[3]}`.trimEnd());
  }
  const { errors, warnings, infos } = countResults(results);
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info)`;
  out.push('', (errors ? red : warnings ? yellow : blue)(summary), '');
  return out.join('\n');
}
