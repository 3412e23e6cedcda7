import assert from 'node:assert/strict';
import { defaultConfig } from '../../../src/core/config/resolve.js';
import { applyEdits } from '../../../src/core/fixes.js';
import { lint } from '../../../src/core/lint.js';
import { JUDGMENTAL_LABELS } from '../../../src/core/rules/language/judgmental-lexicon.js';
import { rules } from '../../../src/core/rules/index.js';
import type { Finding } from '../../../src/core/types.js';

const ID = 'judgmental-language';

function note(body: string): string {
  return `---\ntype: progress\nformat: free\nclient: C-9001\ndate: 2026-01-05\nsession: 3\n---\n\n${body}\n`;
}

function findings(body: string, config = defaultConfig(rules)): Finding[] {
  return lint(note(body), { config }).findings.filter((f) => f.ruleId === ID);
}

function labelled(body: string): string[] {
  const text = note(body);
  return findings(body).map((f) => text.slice(f.span.start, f.span.end));
}

// Sentences another clinician might write; the label each should flag, or none.
const REPORTED: Array<[string, string]> = [
  ['Pt was non-compliant with medication this week.', 'non-compliant'],
  ['Noncompliance with homework continues.', 'Noncompliance'],
  ['Client refused to complete the thought record.', 'refused'],
  ['Cl. remains resistant to exposure work.', 'resistant'],
  ['Cl. continues to resist homework assignments.', 'resist'],
  ['Pt seems unmotivated.', 'unmotivated'],
  ['Behaviour appeared attention-seeking.', 'attention-seeking'],
  ['Pt is drug-seeking.', 'drug-seeking'],
  ['Client is in denial about her drinking.', 'in denial'],
  ['I think he is lazy.', 'lazy'],
  ['Cl. was difficult in session today.', 'difficult'],
  ['Client is challenging to work with and often late.', 'challenging'],
  ['Uncooperative during the assessment.', 'Uncooperative'],
  ['Pt became combative when limits were set.', 'combative'],
  ['Client claims she took all her medication.', 'claims'],
  ['He insists that he stopped drinking in March.', 'insists'],
  ['Client dropped out of treatment in May.', 'dropped out'],
  ['Father is an alcoholic; client worries about him.', 'alcoholic'],
  ['Dirty urine screen on 3/4.', 'Dirty'],
  ['Known frequent flyer at the ED.', 'frequent flyer'],
  ['When I suggested the exercise she rolled her eyes and refused.', 'refused'],
  ['Cl. angry at her boss, uncooperative in session.', 'uncooperative'],
  ['Did not complete the log and refused to discuss why.', 'refused'],
  ['I found him resistant to feedback.', 'resistant'],
  ['History of substance abuse.', 'substance abuse'],
  ['Pt was refusing to engage.', 'refusing'],
  ['Client has been resistant to every intervention.', 'resistant'],
  ['Pt continues to report her "pain" is 10/10.', '"pain"'],
  // The clinician's own label for a parent or carer in the client's note is the clinician's label all the same.
  ['Mum was uncooperative about the consent form and left early.', 'uncooperative'],
  ['Dad manipulative re: the screen-time rules at handover.', 'manipulative'],
  ['Grandmother remains resistant to the sleep routine.', 'resistant'],
  ['The family was in denial about his drinking.', 'in denial'],
  // A "not" that negates the task before a comma does not reach the label after it; a difficult historian is a person; EE, YP, SU.
  ['Reading log not done, Cl non-compliant again.', 'non-compliant'],
  ['Presents as a difficult historian.', 'difficult'],
  ['EE unmotivated re: the phased return.', 'unmotivated'],
  // "from" after the label's own object tells where the object came from, not who did the labelled thing.
  ['Cl v manipulative re sick notes from GP.', 'manipulative'],
  ['Non-compliant with the inhaler from her GP.', 'Non-compliant'],
  // A telegraphic label with one more describing word before it.
  ['Cl guarded and difficult throughout.', 'difficult'],
  ['Requested more pills for his "migraines."', '"migraines."'],
  ['Somewhat histrionic when the referral letter came up.', 'histrionic'],
  ['Rather theatrical account of the weekend.', 'theatrical'],
  ['Pt very dramatic on the ward this morning.', 'dramatic'],
  ['She can be quite needy between appointments.', 'needy'],
  ['Presents as entitled with reception staff.', 'entitled'],
];

const NOT_REPORTED = [
  'Mom says he is lazy.',
  'Client says "I\'m so lazy."',
  'Per mom, he is lazy and disrespectful.',
  'Mom said she used to think he was lazy.',
  'Dx: treatment-resistant depression.',
  'Treatment resistant depression, on augmentation.',
  'Denies SI/HI.',
  'Denied SI.',
  'No resistance noted.',
  'Not manipulative in session.',
  'Client was not resistant to the plan.',
  'Antibiotic resistance complicating recovery.',
  'She resisted the urge to check the stove.',
  'Resistance to compulsions 3/4 on the Y-BOCS.',
  'She found the exercise difficult.',
  'It was a difficult week.',
  'Session was difficult.',
  'Difficult to talk about her father.',
  'School refusal for 3 weeks.',
  'Client has the right to refuse treatment.',
  'Her mother refused to attend.',
  'Log not done, but she was not resistant to trying it again.',
  'Demanding messages from her ex every night.',
  // A refusal that is someone's decision on a claim or a letter, and refusal lines the client practises, are not the client refusing.
  'Robin to bring the two earlier refusal letters next session.',
  'He uses the refusal lines with his foreman at work.',
  'Mandatory reconsideration refused; appeal lodged.',
  'Asylum claim refused in May, so he is appealing.',
  // The signs a relapse plan lists are looked out for, not the client's conduct this week.
  "Relapse signs: refusing meals at friends' houses, weighing twice a day.",
  'Pt tired and difficult to reach by phone this week.',
  'Manipulative texts from his father again.',
  'Not resistant, not non-compliant: the form never reached her.',
  // A parent's act, someone else's label of the parent, and a partner described by the client.
  'Dad refused the referral to the parenting group.',
  'Teacher says mum is uncooperative with the school.',
  'She says her husband is manipulative with money.',
  'Her husband claims she overreacts.',
  'Dropped out of college in 2019.',
  'She insisted on discussing her sister.',
  'Filed a disability claim last month.',
  'Attends Alcoholics Anonymous weekly.',
  'If she refuses the exposure, we will step down the hierarchy.',
  'Calls himself lazy.',
  'Challenging the automatic thought helped.',
  'I was resistant to the idea at first, then agreed.',
  'Lazy eye since childhood.',
  'Reports feeling unmotivated and tired.',
  'No evidence of drug-seeking behaviour.',
  '> I refused, and I would do it again.',
  "Explored her partner's manipulative behaviour.",
  'Psychoeducation on manipulative partners.',
  'Had a lazy Sunday with family, which she enjoyed.',
  'Her claims of abuse were reported to CPS.',
  'Client reports her boss is difficult.',
  'She is not lazy, just exhausted.',
  'Her housing application was refused last week.',
  'Depression resistant to two SSRI trials.',
  'Discussed manipulative tactics used by her ex.',
  'Referred to the Substance Abuse and Mental Health Services Administration helpline.',
  'Mood "on edge," affect constricted.',
  'Client is challenging her automatic thoughts more quickly now.',
  'Worried she would be seen as manipulative if she asked for a letter.',
  "I don't think she is lazy; she is exhausted.",
  'Client described himself as lazy.',
  'Supervision: explored my resistance to her anger.',
  'She was being challenging herself to order in cafés.',
  'She said: "the pain is constant."',
  'Mom refers to his "seizures" as a phase.',
  'Dramatic drop in panic attacks since March.',
  'Previous team queried histrionic personality disorder.',
  'He is entitled to the carer’s allowance and has applied.',
  'Her sister calls her needy.',
];

describe('judgmental-language', () => {
  for (const [sentence, label] of REPORTED) {
    it(`reports "${label}" in: ${sentence}`, () => {
      assert.deepEqual(labelled(sentence), [label]);
    });
  }
  for (const sentence of NOT_REPORTED) {
    it(`reports nothing in: ${sentence}`, () => {
      assert.deepEqual(labelled(sentence), []);
    });
  }

  it('every lexicon entry has forms, alternatives (none only for a verdict to leave out), a note and a source', () => {
    for (const entry of JUDGMENTAL_LABELS) {
      assert.ok(entry.forms.length > 0, entry.label);
      for (const form of entry.forms) assert.equal(form.alternatives.length > 0, entry.kind !== 'verdict', `${entry.label}: ${form.pattern}`);
      assert.ok(entry.note.length > 10 && entry.source.length > 0, entry.label);
    }
  });

  it('offers one replacement per alternative, replacing exactly the label, plus a describe-the-behaviour insertion', () => {
    const body = 'Pt refused the worksheet today.';
    const text = note(body);
    const [finding] = findings(body);
    assert.ok(finding);
    const replacements = finding.fixes!.filter((f) => f.isSuggestion);
    assert.deepEqual(replacements.map((f) => f.title), ['Replace with "declined"', 'Replace with "chose not"']);
    for (const fix of replacements) {
      assert.equal(fix.edits.length, 1);
      assert.equal(fix.edits[0]!.offset, finding.span.start);
      assert.equal(fix.edits[0]!.deleteLength, 'refused'.length);
      assert.equal(text.slice(fix.edits[0]!.offset, fix.edits[0]!.offset + fix.edits[0]!.deleteLength!), 'refused');
    }
    assert.equal(applyEdits(text, replacements[0]!.edits), text.replace('refused', 'declined'));
    const describe = finding.fixes!.find((f) => f.title === 'Describe the behaviour instead');
    assert.ok(describe && !describe.isSuggestion);
    assert.ok(describe.edits.every((e) => e.deleteLength === undefined), 'the describe fix only inserts');
    // Inserting keeps every original character in order.
    const after = applyEdits(text, describe.edits);
    assert.ok(after.startsWith(text.slice(0, describe.edits[0]!.offset)) && after.endsWith(text.slice(describe.edits[0]!.offset)));
  });

  it('offers to remove scare quotes around a symptom, keeping the word', () => {
    const body = 'Requested more pills for his "migraines."';
    const [finding] = findings(body);
    assert.ok(finding);
    assert.equal(finding.fixes![0]!.title, 'Remove the quotation marks');
    assert.equal(applyEdits(note(body), finding.fixes![0]!.edits), note('Requested more pills for his migraines.'));
  });

  it('keeps a capital letter when the label starts a line', () => {
    const [finding] = findings('Non-compliant with sleep diary again.');
    assert.ok(finding);
    assert.equal(finding.fixes![0]!.edits[0]!.text, 'Having difficulty with');
  });

  it('names whom the label is about in its message: the client, or a parent or carer', () => {
    assert.match(findings('Mum was uncooperative about the consent form.')[0]!.message, /labels a parent or carer instead/);
    assert.match(findings('Client was uncooperative about the consent form.')[0]!.message, /labels the client instead/);
  });

  it('never puts the note\'s words in the message: only the list\'s label, alternative and source', () => {
    const [finding] = findings('Zebrafinch remains manipulative about the quokka letter.');
    assert.ok(finding);
    assert.ok(!/zebrafinch|quokka/i.test(finding.message), finding.message);
    assert.ok(finding.message.includes('"manipulative"'));
    assert.equal(finding.excerpt, 'manipulative');
  });

  it('a clinic can add its own labels and allow built-in ones', () => {
    const config = defaultConfig(rules, {
      rules: { [ID]: ['warning', { extraLabels: [{ word: 'noncommittal', alternatives: ['unsure'] }], allow: ['reportedly'] }] },
    });
    const hits = lint(note('Pt reportedly slept 4 hrs. Noncommittal about the plan.'), { config }).findings.filter((f) => f.ruleId === ID);
    assert.deepEqual(hits.map((f) => f.excerpt), ['Noncommittal']);
    assert.equal(hits[0]!.fixes![0]!.title, 'Replace with "Unsure"');
  });

  it('is on in the recommended preset as a warning', () => {
    const config = defaultConfig(rules);
    assert.equal(config.rules[ID]!.severity, 'warning');
  });
});
