import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, snippetToPlainText } from '../../../src/core/fixes.js';
import { lint } from '../../../src/core/lint.js';
import { rules } from '../../../src/core/rules/index.js';
import { allRulesConfig } from '../../../scripts/corpus-score.js';

/** Whether every character of `original` appears in `edited`, in order: nothing the clinician wrote was lost. */
function keepsEveryCharacter(original: string, edited: string): boolean {
  let j = 0;
  for (let i = 0; i < edited.length && j < original.length; i++) if (edited[i] === original[j]) j++;
  return j === original.length;
}

function fixtureNotes(): Array<[string, string]> {
  const root = join('test', 'fixtures', 'rules');
  const notes: Array<[string, string]> = [];
  for (const dir of readdirSync(root)) {
    for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.md'))) notes.push([`${dir}/${file}`, readFileSync(join(root, dir, file), 'utf8')]);
  }
  for (const rule of rules) for (const example of rule.meta.docs.failing) notes.push([`${rule.meta.id} docs`, example.note]);
  return notes;
}

describe('quick fixes', () => {
  it('turns snippets into the text they insert when nobody tabs through them', () => {
    assert.equal(snippetToPlainText('Repair: ${1:how it was named} and ${2|agreed,declined|}$0 \\$5'), 'Repair: how it was named and agreed $5');
    assert.equal(snippetToPlainText('${1:outer ${2:inner}}'), 'outer inner');
  });

  it('insert fixes never delete or rewrite what the clinician wrote, and land where they should', () => {
    const config = allRulesConfig();
    let checked = 0;
    for (const [name, text] of fixtureNotes()) {
      for (const finding of lint(text, { config }).findings) {
        for (const fix of finding.fixes ?? []) {
          if (fix.isSuggestion) continue;
          for (const edit of fix.edits) {
            assert.equal(edit.deleteLength ?? 0, 0, `${name}: ${finding.ruleId} fix "${fix.title}" deletes text`);
            assert.ok(edit.offset >= 0 && edit.offset <= text.length, `${name}: ${finding.ruleId} fix offset out of range`);
          }
          const edited = applyEdits(text, fix.edits);
          assert.ok(keepsEveryCharacter(text, edited), `${name}: ${finding.ruleId} fix "${fix.title}" lost text`);
          assert.ok(edited.length > text.length, `${name}: ${finding.ruleId} fix "${fix.title}" inserts nothing`);
          checked++;
        }
      }
    }
    assert.ok(checked > 20, `only ${checked} fixes were exercised`);
  });

  it('suggestions replace only the flagged words', () => {
    const config = allRulesConfig();
    let checked = 0;
    for (const [name, text] of fixtureNotes()) {
      for (const finding of lint(text, { config }).findings) {
        for (const fix of (finding.fixes ?? []).filter((f) => f.isSuggestion)) {
          for (const edit of fix.edits) {
            const end = edit.offset + (edit.deleteLength ?? 0);
            assert.ok(edit.offset >= finding.span.start && end <= finding.span.end, `${name}: ${finding.ruleId} suggestion "${fix.title}" reaches outside the finding`);
          }
          checked++;
        }
      }
    }
    assert.ok(checked > 0, 'no suggestion was exercised');
  });

  it('a missing section is inserted where the template order puts it', () => {
    const text = '---\ntype: progress\nformat: SOAP\nclient: C-1\ndate: 2026-01-01\nsession: 1\n---\n\n## Subjective\n\nOk.\n\n## Assessment\n\nOk.\n\n## Plan\n\n- Next session 1/8: review.\n';
    const finding = lint(text).findings.find((f) => f.ruleId === 'required-sections')!;
    const edited = applyEdits(text, finding.fixes![0]!.edits);
    assert.match(edited, /## Subjective\n\nOk\.\n\n## Objective\n\nobservations, mental status, measures \(e\.g\. ORS, PHQ-9\)\n\n## Assessment/);
    assert.deepEqual(lint(edited).findings.filter((f) => f.ruleId === 'required-sections'), []);
  });

  it('a note without frontmatter gets one block with every missing field', () => {
    const text = 'Session notes.\n';
    const finding = lint(text).findings.find((f) => f.ruleId === 'required-fields')!;
    const edited = applyEdits(text, finding.fixes![0]!.edits);
    assert.ok(edited.startsWith('---\ntype: intake\nclient: client ID\ndate: YYYY-MM-DD\nsession: session number\n---\n\nSession notes.'), edited);
  });
});
