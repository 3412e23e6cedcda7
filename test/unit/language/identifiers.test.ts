import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultConfig, loadConfig } from '../../../src/core/config/resolve.js';
import { applyEdits } from '../../../src/core/fixes.js';
import { lint } from '../../../src/core/lint.js';
import { findIdentifiers, WORTH_SCANNING, type IdentifierKind } from '../../../src/core/rules/language/identifier-patterns.js';
import { rules } from '../../../src/core/rules/index.js';
import type { Finding } from '../../../src/core/types.js';

const ID = 'identifiers';

function note(body: string, deidentified = true): string {
  return `---\ntype: intake\nformat: free\nclient: C-9101\ndate: 2026-02-02\nsession: 1\n${deidentified ? 'deidentified: true\n' : ''}---\n\n${body}\n`;
}

function findings(text: string, config = defaultConfig(rules)): Finding[] {
  return lint(text, { config }).findings.filter((f) => f.ruleId === ID);
}

function kinds(text: string): Array<[IdentifierKind, string]> {
  return findIdentifiers(text).map((m) => [m.kind, text.slice(m.start, m.end)]);
}

const FOUND: Array<[string, IdentifierKind, string]> = [
  ['Cell: 555-0123.', 'phone', '555-0123'],
  ['Call her at (555) 555-0187 after 5.', 'phone', '(555) 555-0187'],
  ['Work line 555.555.0134 ext 2.', 'phone', '555.555.0134'],
  ['Reach him at 555 555 0142.', 'phone', '555 555 0142'],
  ['Mobile +44 20 7946 0958.', 'phone', '+44 20 7946 0958'],
  ['Phone 07700 900123 (mobile).', 'phone', '07700 900123'],
  ['Fax records to 555-555-0199.', 'fax', '555-555-0199'],
  ['Cell 555–0164 (typed with an en dash).', 'phone', '555–0164'],
  ['Email j.doe@example.org for forms.', 'email', 'j.doe@example.org'],
  ['SSN 000-12-3456 on file.', 'ssn', '000-12-3456'],
  ['Social security number 000 12 3456.', 'ssn', '000 12 3456'],
  ['Lives at 221 Baker Street, Ashford.', 'address', '221 Baker Street, Ashford'],
  ['New address: Flat 3, 27 Wrenfield Road, Ashcombe.', 'address', 'Flat 3, 27 Wrenfield Road, Ashcombe'],
  ['Mail to PO Box 4471.', 'address', 'PO Box 4471'],
  ['DOB: 3/4/1980.', 'dob', '3/4/1980'],
  ['Confirmed his DOB as 01/01/1994 today.', 'dob', '01/01/1994'],
  ['Born on March 4, 1980 in Ohio.', 'dob', 'March 4, 1980'],
  ['Her son was born 12 May 2019.', 'dob', '12 May 2019'],
  ['Baby born prematurely on 3/4/2019 at 32 weeks.', 'dob', '3/4/2019'],
  ['Date of birth 1980-03-04.', 'dob', '1980-03-04'],
  ['Portal: https://portal.example.org/u/jdoe.', 'url', 'https://portal.example.org/u/jdoe'],
  ['Logged in from 192.168.10.24.', 'ip', '192.168.10.24'],
  ['ZIP code 02139.', 'zip', '02139'],
  ['MRN 00458812.', 'record', '00458812'],
  ['Member ID: XJH-4471-02.', 'record', 'XJH-4471-02'],
  ['Policy # A1234567 with the new insurer.', 'record', 'A1234567'],
  ['Grandmother, 93 years old, lives with them.', 'age', '93 years old'],
  // A full date of birth a few words on from its label, in the same clause, and labels in other languages.
  ['The DOB on her transfer form reads 09/11/1983, she says.', 'dob', '09/11/1983'],
  ['His date of birth (2 June 1961) was missing from the letter.', 'dob', '2 June 1961'],
  ['She corrected her date of birth on the portal to 17/05/1990.', 'dob', '17/05/1990'],
  ['Fecha de nacimiento: 02/07/1988.', 'dob', '02/07/1988'],
  // Where someone lives, stays or moves to, in British thoroughfare words and in other countries' forms.
  ['Now staying with a cousin at 8 Linnet Wynd, Fallowby.', 'address', '8 Linnet Wynd, Fallowby'],
  ['Lives with her aunt at 5 Tir na Nog, Dunmara.', 'address', '5 Tir na Nog, Dunmara'],
  ['Moved last week to Vrbová 9, 071 99 Lisec.', 'address', 'Vrbová 9, 071 99 Lisec'],
  // The phone word a few words before the number, then "is" or a colon.
  ['He has a new number for the crisis line: 07700 900 123.', 'phone', '07700 900 123'],
  ['Her mobile since the move is 0412 555 0199.', 'phone', '0412 555 0199'],
  // A British postcode after the place belongs to the address: the placeholder must not leave half of it behind.
  ['Parcels now go to 14 Gorsey Bank, Hollinbeck HB4 7QZ.', 'address', '14 Gorsey Bank, Hollinbeck HB4 7QZ'],
  ['Lives with her son at 3 Quill Brae, Dunmore, KY9 2XX.', 'address', '3 Quill Brae, Dunmore, KY9 2XX'],
];

const NOT_FOUND = [
  'PHQ-9 = 17, GAD-7 12.',
  'ORS 24.6, SRS 37.9.',
  'SRS 31; Y-BOCS 24 (prior 27); PCL-5 52.',
  '90834, video, 53 min.',
  'Next session 03/12/2026 at 4pm.',
  'Next appt 4/21, 4pm.',
  'Session 10:30-11:20.',
  'DOB verified at check-in.',
  'Gave a new cell number for reminders.',
  'Member ID verified.',
  'Born in 1985 in Leeds.',
  'Born at 32 weeks; next appt 3/4/2026.',
  'Walked 3000-5000 steps a day.',
  'Lithium level 0.7 mmol/L (lab 09/29).',
  'Diagnosis F31.32.',
  'Attended 2 Family Court hearings.',
  'Took 150-200 mg at night.',
  'Took 100–1500 mg over the week.',
  'Client code C-1042.',
  'Lost £18,000 over two years.',
  'Pain 7/10 since 9/12.',
  'Call at 9:30 am on 6/18.',
  'Met at 10:30:15 exactly.',
  // Weeks and months in clinical shorthand; another date after the birth label; a move that is not to an address.
  'Son born 4/52 ago by section.',
  'DOB confirmed and next appt 14/03/2026.',
  'DOB checked on the letter dated 02/02/2026.',
  'Moved to 3 sessions, Mondays.',
  'Staying at Ward 4, Bed 2, until Friday.',
  "Moved to Year 9, Ms Cole's class.",
  'Review held 3 Nov. Bank agreed a payment plan.',
  'Number of missed days this term is 12, per the school.',
  'Phone call with the GP about the dose: 12.5 mg to 25 mg from 03/04/2026.',
];

describe('identifiers', () => {
  describe('patterns', () => {
    for (const [text, kind, value] of FOUND) {
      it(`finds ${kind} in: ${text}`, () => assert.deepEqual(kinds(text), [[kind, value]]));
    }
    for (const text of NOT_FOUND) {
      it(`finds nothing in: ${text}`, () => assert.deepEqual(kinds(text), []));
    }
    // Identifiers of every kind, in the forms each pattern reads: a quick search skips a pattern only on a note it cannot match.
    const EVERY_FORM = [
      ...FOUND.map(([text]) => text),
      'Logged in from 2001:db8::8a2e:370:7334 and fe80::1.', 'Host 2001:0db8:85a3:0000:0000:8a2e:0370:7334.',
      'NHS number 943 476 5919.', 'NI number AB 12 34 56 C.', 'SIN: 046 454 286.', 'PPSN 1234567TA.', 'Medicare no. 2123 45670 1.',
      'SSN: 123-45-6789.', 'SS# 123456789.', 'Lives at 7 Heol y Garth, Caerdydd.', 'At 12 rue des Lilas, Lyon.', 'Hauptstraße 12, 10115 Berlin.',
      'Lipov trg 7, Ljubljana.', 'Kerkstraat 4.', 'Address for correspondence (not the hospital): 14 Elm Way.', 'Home address: 9 Oak Rd.',
      'Springfield, IL 62704.', 'Postcode SW1A 1AA.', 'Zip: 02139.', 'Aged 91 and well.', 'She is 95 y/o.', 'A 101-year-old neighbour.',
      'D.O.B. 3/4/1980.', 'b. 3/4/1980.', 'Birthdate 1980-03-04.', 'Birthday: 4 March 1980.', 'born at home on 3/4/2019.',
      'P.O. Box 12.', 'Post Office Box 7.', 'See www.example.com today.', 'ftp://files.example.net/x.', 'example.co.uk/path here.',
      'Write to a.b+c@mail.example.co.uk.', 'Rua do Imbondeiro 23, Luanda.', 'Via Roma 12.', 'DOB (as on passport): 2/9/1988.', 'Plot 27, Mapalo Close, Lusaka.', '221 Baker Street, Ashford, MA 02139.',
    ];

    it('skips a pattern only on text that cannot hold a match of it', () => {
      const seen = new Set<RegExp>();
      const check = (text: string): void => {
        for (const [pattern, worth] of WORTH_SCANNING) {
          for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
            seen.add(pattern);
            assert.ok(worth.test(m[0]), `${pattern.source.slice(0, 40)}… matched where its quick search finds nothing`);
          }
        }
      };
      for (const text of EVERY_FORM) check(text);
      assert.equal(seen.size, WORTH_SCANNING.size, 'every pattern with a quick search matches some example');
      fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'0123456789-. ()/:+@abcdefDOBMRNSINHWwxyz#,Box'.split('')), maxLength: 60 }), (text) => check(text)));
    });

    it('never reports two overlapping identifiers, on any text', () => {
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom(...'0123456789-. ()/:+@abcDOBMRN#,\n'.split('')), maxLength: 80 }), (text) => {
          const found = findIdentifiers(text);
          for (let i = 1; i < found.length; i++) assert.ok(found[i]!.start >= found[i - 1]!.end);
          for (const m of found) assert.ok(m.start >= 0 && m.end <= text.length && m.end > m.start);
        }),
      );
    });
  });

  describe('rule', () => {
    const body = 'Asked for text reminders at 555-0164 and email to r.k@example.org.';

    it('is quiet in the recommended preset unless the note is marked deidentified: true', () => {
      assert.deepEqual(findings(note(body, false)), []);
      assert.equal(findings(note(body, true)).length, 2);
    });

    it('still checks a note marked deidentified whose frontmatter YAML is broken', () => {
      const text = '---\ntype: progress\nclient: "C-1\ndeidentified: true\n---\n\nCall 555-0101 after 5.\n';
      assert.deepEqual(findings(text).map((f) => f.detail), ['phone']);
      assert.deepEqual(findings(text.replace('deidentified: true\n', '')), []);
    });

    it('checks every note in rapport:all', () => {
      const config = loadConfig('/c/.rapportrc.yaml', { readFile: (p) => (p === '/c/.rapportrc.yaml' ? 'extends: rapport:all\n' : undefined) }, rules);
      assert.equal(config.rules[ID]!.severity, 'error');
      assert.equal(findings(note(body, false), config).length, 2);
    });

    it('never reads frontmatter values', () => {
      const text = '---\ntype: intake\nclient: C-1\ndate: 2026-02-02\nsession: 1\nphone: 555-0101\ndob: 1980-01-01\ndeidentified: true\n---\n\nNothing here.\n';
      assert.deepEqual(findings(text), []);
    });

    it('reports one error per identifier on its line, with no excerpt and a placeholder suggestion', () => {
      const text = note(body);
      const hits = findings(text);
      assert.deepEqual(hits.map((f) => [f.severity, f.start.line, f.detail]), [['error', 10, 'phone'], ['error', 10, 'email']]);
      for (const f of hits) {
        assert.equal(f.excerpt, undefined, 'the identifier must not travel in the excerpt');
        assert.ok(!f.message.includes('555') && !f.message.includes('example.org'));
        const [fix] = f.fixes!;
        assert.ok(fix!.isSuggestion);
        assert.equal(fix!.edits[0]!.deleteLength, f.span.end - f.span.start);
      }
      let fixed = text;
      for (const f of [...hits].reverse()) fixed = applyEdits(fixed, f.fixes![0]!.edits);
      assert.equal(fixed, note('Asked for text reminders at [phone] and email to [email].'));
    });

    it('lets a clinic allow its own public number and ignore kinds', () => {
      const config = defaultConfig(rules, { rules: { [ID]: ['error', { allow: ['555-0164'], ignoreKinds: ['email'] }] } });
      assert.deepEqual(findings(note(body), config), []);
    });
  });
});
