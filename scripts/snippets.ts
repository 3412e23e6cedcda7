// Writes snippets/rapport.code-snippets from src/vscode/snippets.ts (npm run snippets).
import { writeFileSync } from 'node:fs';
import { rules } from '../src/core/rules/index.js';
import { snippetsFile } from '../src/vscode/snippets.js';

writeFileSync('snippets/rapport.code-snippets', snippetsFile(rules.map((r) => r.meta.id)));
console.log('wrote snippets/rapport.code-snippets');
