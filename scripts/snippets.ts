// Writes snippets/rapport.code-snippets from src/vscode/snippets.ts (npm run snippets).
import { writeFileSync } from 'node:fs';
import { snippetsFile } from '../src/vscode/snippets.js';

writeFileSync('snippets/rapport.code-snippets', snippetsFile());
console.log('wrote snippets/rapport.code-snippets');
