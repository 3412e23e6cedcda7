// The note templates and snippets, checked with the engine in plain Node (no VS Code needed).
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { snippetToPlainText } from '../../../src/core/fixes.js';
import { lint } from '../../../src/core/lint.js';
import { ENDING_ACTIONS, NOTE_TEMPLATE_CHOICES, noteSnippet } from '../../../src/vscode/noteTemplates.js';
import { snippetDefinitions, snippetsFile } from '../../../src/vscode/snippets.js';

/** What VS Code inserts when nobody tabs through: placeholders' defaults, variables resolved. */
function expand(snippet: string): string {
  const resolved = snippet.replace(/\$CURRENT_YEAR/g, '2026').replace(/\$CURRENT_MONTH/g, '11').replace(/\$CURRENT_DATE/g, '20');
  return snippetToPlainText(resolved);
}

describe('note templates (New note, snippets)', () => {
  for (const choice of NOTE_TEMPLATE_CHOICES) {
    it(`a ${choice.type} note (${choice.format}) lints clean as inserted`, () => {
      const text = expand(noteSnippet(choice));
      const { findings, note } = lint(text, { filePath: '/clinic/new-note.md' });
      assert.strictEqual(note.type, choice.type);
      assert.deepStrictEqual(
        findings.map((f) => `${f.ruleId}${f.detail ? `:${f.detail}` : ''} @${f.start.line}`),
        [],
      );
    });
  }

  it('placeholders are numbered in order, so Tab walks the note top to bottom', () => {
    for (const choice of NOTE_TEMPLATE_CHOICES) {
      const numbers = [...noteSnippet(choice).matchAll(/\$\{(\d+)[:|]/g)].map((m) => Number(m[1]));
      assert.deepStrictEqual(numbers, numbers.map((_, i) => i + 1), `${choice.type}/${choice.format}`);
    }
  });

  it('the termination note and the ending-actions snippet carry all eight ending actions', () => {
    assert.strictEqual(ENDING_ACTIONS.length, 8);
    const termination = noteSnippet({ type: 'termination', format: 'free' });
    for (const action of ENDING_ACTIONS) assert.ok(termination.includes(`## ${action.heading}`), action.id);
    assert.strictEqual(snippetDefinitions()['Eight ending actions']!.body.length, 8);
  });
});

describe('snippets/rapport.code-snippets', () => {
  const file = JSON.parse(readFileSync('snippets/rapport.code-snippets', 'utf8')) as Record<string, { prefix: string; body: string[] }>;

  it('holds every snippet the generator defines (npm run build refreshes it)', () => {
    assert.deepStrictEqual(Object.keys(file).sort(), Object.keys(snippetDefinitions()).sort());
    for (const name of ['SOAP progress note', 'DAP progress note', 'BIRP progress note', 'GIRP progress note', 'PIRP progress note', 'Intake note', 'Treatment plan note', 'Termination note', 'Rupture and repair', 'ORS line', 'SRS line']) {
      assert.ok(file[name], name);
    }
    const prefixes = Object.values(file).map((s) => s.prefix);
    assert.strictEqual(new Set(prefixes).size, prefixes.length, 'prefixes are unique');
  });

  it('is what the generator writes today, so a changed template never ships a stale snippet (npm run snippets)', () => {
    assert.strictEqual(readFileSync('snippets/rapport.code-snippets', 'utf8'), snippetsFile());
  });

  it('every snippet has balanced placeholders', () => {
    for (const [name, { body }] of Object.entries(file)) {
      const text = body.join('\n').replace(/\\[\\$}]/g, '');
      let depth = 0;
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '$' && text[i + 1] === '{') {
          depth++;
          i++;
        } else if (text[i] === '}' && depth > 0) depth--;
      }
      assert.strictEqual(depth, 0, name);
    }
  });

  it('every directive form is a snippet, and each one silences its rule in a note', () => {
    const planNote = '---\ntype: progress\nformat: DAP\nclient: C-1\ndate: 2026-11-20\nsession: 2\n---\n\n## Data\n\nCalm.\n\n## Assessment\n\nStable.\n\n';
    for (const form of ['disable-next-line', 'disable', 'disable-file']) {
      const snippet = file[`Directive: ${form}`];
      assert.ok(snippet, form);
      const comment = expand(snippet.body.join('\n').replace('${1:rule-id}', 'plan-next-step'));
      assert.match(comment, new RegExp(`^<!-- rapport-${form} plan-next-step -- reason -->$`));
      const text = `${planNote}${comment}\n## Plan\n\n- Continue.\n`;
      const { findings, suppressed } = lint(text);
      assert.ok(!findings.some((f) => f.ruleId === 'plan-next-step'), form);
      assert.ok(suppressed.some((f) => f.ruleId === 'plan-next-step' && f.suppressed?.justification === 'reason'), form);
    }
    assert.ok(file['Directive: disable-line'] && file['Directive: enable']);
  });
});
