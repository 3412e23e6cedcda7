import { rules } from '../../core/rules/index.js';
import type { CliIo } from '../io.js';

/** `rapport rules`: every rule with its category, default severity and what it checks. */
export function runRules(format: 'stylish' | 'json', io: CliIo): number {
  if (format === 'json') {
    const list = rules.map(({ meta }) => ({
      id: meta.id,
      category: meta.category,
      defaultSeverity: meta.defaultSeverity,
      appliesTo: meta.appliesTo,
      summary: meta.docs.summary,
      fixable: meta.fixable,
      hasSuggestions: meta.hasSuggestions,
    }));
    io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  const catWidth = Math.max(...rules.map((r) => r.meta.category.length));
  for (const { meta } of rules) {
    io.stdout(`${meta.id.padEnd(width)}  ${meta.category.padEnd(catWidth)}  ${meta.defaultSeverity.padEnd(7)}  ${meta.docs.summary}\n`);
  }
  io.stdout(`\n${rules.length} rules. \`rapport explain <rule>\` says why each matters and what satisfies it.\n`);
  return 0;
}
