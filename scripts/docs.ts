import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../src/core/rules/index.js';
import { renderRuleDoc, renderRuleIndex } from './rule-docs.js';

const dir = join('docs', 'rules');
mkdirSync(dir, { recursive: true });
for (const rule of rules) writeFileSync(join(dir, `${rule.meta.id}.md`), renderRuleDoc(rule));
writeFileSync(join(dir, 'README.md'), renderRuleIndex(rules));
console.log(`wrote ${rules.length} rule pages and the index to ${dir}`);
