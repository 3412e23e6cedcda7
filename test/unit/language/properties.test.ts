// Any text: the language rules never fail, report inside the text, and their replacements cover
// exactly what they flag (the one kind of fix allowed to remove the clinician's words).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allRulesConfig } from '../../../scripts/corpus-score.js';
import { applyEdits } from '../../../src/core/fixes.js';
import { lint } from '../../../src/core/lint.js';

const OWN = new Set(['judgmental-language', 'identifiers']);
const PIECES = [
  'Pt', 'refused', '"', "'", 'not', 'lazy', 'DOB', '3/4/1980', '555-0123', 'if', 'Mom', 'said', ',', '.', '\n', '> ', '- ', '## ', 'difficult',
  'client', 'was', 'being', 'resist', 'homework', 'born', 'on', 'x@example.org', '12 Elm Street', 'MRN', '0012345', 'in denial', '|', '---',
  'deidentified: true', 'treatment-', 'resistant', 'claims', 'I', 'think', 'and', '**', '_', '`', '<!--', '-->', 'ä', '\u0000', '\uFFFD', '😀',
];

describe('language rules on any text', () => {
  const config = allRulesConfig();
  it('never fail, report inside the text, and replace exactly what they flag', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.array(fc.constantFrom(' ', '', '  '), { maxLength: 60 }), (pieces, gaps) => {
        const text = pieces.map((p, i) => p + (gaps[i] ?? ' ')).join('');
        for (const f of lint(text, { config }).findings.filter((x) => OWN.has(x.ruleId))) {
          assert.notEqual(f.messageId, 'internalError', `${f.ruleId} failed`);
          assert.ok(f.span.start >= 0 && f.span.start < f.span.end && f.span.end <= text.length);
          for (const fix of f.fixes ?? []) {
            for (const edit of fix.edits) {
              if (edit.deleteLength === undefined) {
                // An insertion keeps every original character in order.
                const after = applyEdits(text, [edit]);
                assert.equal(after.slice(0, edit.offset) + after.slice(after.length - (text.length - edit.offset)), text);
              } else {
                assert.ok(fix.isSuggestion, 'only a suggestion the clinician picks may replace text');
                assert.deepEqual([edit.offset, edit.offset + edit.deleteLength], [f.span.start, f.span.end]);
              }
            }
          }
        }
      }),
      { numRuns: 800 },
    );
  });
});
