import { findRule, rules } from '../../core/rules/index.js';
import { EXIT_USAGE, type CliIo } from '../io.js';

function closest(id: string): string[] {
  const score = (a: string, b: string): number => {
    const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        dp[i]![j] = Math.min(dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1, dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
    }
    return dp[a.length]![b.length]!;
  };
  return rules.map((r) => r.meta.id).filter((candidate) => score(id, candidate) <= 4 || candidate.includes(id));
}

/** `rapport explain <rule>`: the rule's docs, offline. */
export function runExplain(id: string | undefined, io: CliIo): number {
  if (!id) {
    io.stderr('rapport: explain needs a rule id, e.g. `rapport explain withdrawal-repair` (see `rapport rules`)\n');
    return EXIT_USAGE;
  }
  const rule = findRule(id);
  if (!rule) {
    const near = closest(id);
    io.stderr(`rapport: no rule \`${id}\`${near.length ? `; did you mean ${near.map((n) => `\`${n}\``).join(' or ')}?` : ''} (see \`rapport rules\`)\n`);
    return EXIT_USAGE;
  }
  const { meta } = rule;
  io.stdout(
    [
      `${meta.id} (${meta.category}, default ${meta.defaultSeverity})`,
      '',
      meta.docs.summary,
      '',
      'Why it matters',
      `  ${meta.docs.why}`,
      '',
      'What satisfies it',
      `  ${meta.docs.satisfies}`,
      '',
      `Applies to: ${meta.appliesTo.join(', ')}. Full page with examples: docs/rules/${meta.id}.md`,
      '',
    ].join('\n'),
  );
  return 0;
}
