import { z } from 'zod';
import { classifyInSentence } from '../../cues/index.js';
import { escapeSnippet, insertFix } from '../../fixes.js';
import { PhraseIndex, type PhraseMatch } from '../../match/phrase-index.js';
import { sourceSpan, type Sentence } from '../../parse/sentences.js';
import { ALL_NOTE_TYPES, defineRule } from '../../rule.js';
import type { Fix, Span } from '../../types.js';
import { extraLabel, JUDGMENTAL_LABELS, SCARE_QUOTES, SOURCE_NAMES, type JudgmentalLabel, type LabelForm } from './judgmental-lexicon.js';
import { describesSomeoneElse, doneBySomeoneElse, isConditional, isNegated, isPassive, isReported, parentSubjectBefore, saidOfCondition, subjectBefore } from './voice.js';

/** Source keys as a message names them: author and year. */
const sources = (keys: readonly string[]): string => keys.map((k) => SOURCE_NAMES[k] ?? k).join('; ');

interface Form {
  entry: JudgmentalLabel;
  form: LabelForm;
}

/** The labels' forms and a phrase index over them (a label may not follow a hyphen: "self-harm", not "harm"). */
interface CompiledForms {
  forms: Form[];
  index: PhraseIndex;
}

function compile(entries: readonly JudgmentalLabel[]): CompiledForms {
  const forms = entries.flatMap((entry) => entry.forms.map((form) => ({ entry, form })));
  return { forms, index: new PhraseIndex(forms.map(({ form }) => ({ source: form.pattern, flags: 'giu' })), { notAfter: '-' }) };
}

// Built on first use (a process that lints nothing never builds it).
let builtIn: CompiledForms | undefined;
// Compiled once per rule options (one config), not per note.
const compiledByOptions = new WeakMap<object, CompiledForms>();

function formsFor(options: { allow: string[]; extraLabels: Parameters<typeof extraLabel>[0][] }): CompiledForms {
  if (options.allow.length === 0 && options.extraLabels.length === 0) return (builtIn ??= compile(JUDGMENTAL_LABELS));
  let compiled = compiledByOptions.get(options);
  if (!compiled) {
    const allowed = new Set(options.allow.map((a) => a.toLowerCase()));
    compiled = compile([...JUDGMENTAL_LABELS.filter((entry) => !allowed.has(entry.label.toLowerCase())), ...options.extraLabels.map(extraLabel)]);
    compiledByOptions.set(options, compiled);
  }
  return compiled;
}

// "difficult" and "challenging" describe a person only next to one: "difficult client", "Cl. was difficult". Customers and
// other people the client deals with are not the client ("TIPP at the bakery with difficult customers").
// One more describing word may stand between ("a difficult, avoidant man", "a demanding young woman").
const PERSON_NOUN =
  /^(?:,?\s+[\p{L}-]+)?,?\s+(?:clients?|patients?|pts?|cl|couples?|cases?|teens?|teenagers?|adolescents?|youths?|kids?|child|children|boys?|girls?|man|woman|men|women|person|people|individuals?|personality|personalities|characters?|parents?|ones?|historians?)\b/iu;
const COPULA =
  /(?:^|[^\p{L}])([\p{L}'’.]+)?\s*\b(is|was|were|are|has been|have been|had been|can be|could be|seemed|seems|appeared|appears|remains|remained|became|becomes|presented as|presents as|came across as|comes across as|being)\s+(?:(?:very|quite|extremely|rather|particularly|so|increasingly|somewhat|more|less|a bit|a little|especially|really|often|at times|sometimes|again|too|also|still|pretty)\s+)*(?:[a-z-]+(?:,\s*|\s+(?:and|or)\s+))*$/iu;
const PERSON_SUBJECT = /^(?:cl\.?|pt\.?|client|patient|she|he|they|couple|both|she's|he's|they're|she’s|he’s|they’re)$/i;
// One more describing word may come first, joined by "and" ("Cl defensive and difficult throughout").
const TELEGRAPHIC_SUBJECT = /(?:^|[^\p{L}])(?:pt|cl|clt|client|patient|EE|YP|CYP|SU)\.?\s+(?:(?:very|quite|extremely|rather|particularly|so|increasingly|somewhat|more|a bit|really|v\.?)\s+)*(?:[\p{L}-]+(?:,\s*|\s+(?:and|&)\s+)(?:(?:very|quite|rather|so|a bit|v\.?)\s+)?)?$/iu;
const NOT_PERSON_AFTER = /^\s+(?:to|for|about|because|when|that|time|times|week|day|session|conversation|topic|task|news)\b/i;

// What a label of the client's may be about, or how long it lasted.
const PERSON_LABEL_GOES_ON = /^\s+(?:about|for (?:most|much|all|the rest|the whole|part|long stretches))\b/i;
// The sentence's opening words before a verdict with no subject: degree words, and one other describing word joined to it.
const OPENING_VERDICT = /^\W*(?:(?:very|quite|rather|extremely|so|somewhat|increasingly|often|again|also|still|at times|a bit|a little|v\.?)\s+)*(?:[\p{L}-]+(?:,\s*|\s+(?:and|&)\s+)(?:(?:very|quite|rather|so|a bit)\s+)?)?$/iu;
// What follows such a verdict: where, when or about what, or the sentence's end. Not "for her to" or "to": a task hard for the client.
const VERDICT_GOES_ON = /^\s*(?:[.;,!]|$|(?:in|throughout|today|with|about|at|during|again|towards?|and|&|re:?|over|around|when|whenever|all|most|for (?!(?:her|him|them|me|us|the client|cl|pt)\b)))/i;

// A comma-set participle clause of conduct aimed at the therapist or others in the room, after the label: only a person does that.
const CONDUCT_AFTER = /^[^.;,]{0,30},\s+(?!(?:taking|making|costing|leaving|giving|keeping|needing|requiring|lasting)\b)\p{L}+ing\b[^.;]{0,30}?\b(?:me|us|the therapist|the worker|staff|everyone|others|the group)\b/iu;

function describesPerson(text: string, from: number, to: number): boolean {
  const after = text.slice(to);
  if (PERSON_NOUN.test(after)) return true;
  // "is challenging her automatic thoughts": a verb with an object, the work of therapy.
  if (/^\s+(?:her|his|their|the|this|these|those|a|an|my|our|your|negative|automatic|unhelpful|irrational|core|each|every|any|some|himself|herself|themselves|myself|me|him|them|it|us)\b/i.test(after)) return false;
  // A note may drop the subject and the copula alike, opening on the verdict ("Very needy in sessions, wants extra calls", "Tearful and
  // dramatic about the scan", "Demanding and difficult for the rest of the hour"): what follows says where or about what, not a noun.
  if (OPENING_VERDICT.test(text.slice(0, from)) && VERDICT_GOES_ON.test(after)) return true;
  // Telegraphic notes drop the copula ("Pt difficult today", "Cl. very challenging"): the client's abbreviation right before the label.
  if (TELEGRAPHIC_SUBJECT.test(text.slice(0, from)) && !/^\s+(?:to|for)\b/i.test(after) && !NOT_PERSON_AFTER.test(after)) return true;
  const copula = COPULA.exec(text.slice(0, from));
  if (!copula) return false;
  // With the client as the subject, what the label is about, or how long it lasted, is still the person's ("He was demanding about
  // the appointment time", "She was obstructive for most of the planning"); with a thing as the subject it is the thing's.
  if (copula[1] && PERSON_SUBJECT.test(copula[1]) && PERSON_LABEL_GOES_ON.test(after)) return true;
  // "difficult to work with" judges the person; "difficult to reach" or "for her" is about a task.
  if (/^\s+to\s+(?:work with|engage|redirect|manage|treat|deal with|be around|reason with|get through to|connect with|like|please|help)\b/i.test(after)) return true;
  if (/^\s+(?:to|for)\b/i.test(after)) return false;
  if (copula[2]!.toLowerCase() === 'being') return true;
  if (NOT_PERSON_AFTER.test(after)) return false;
  const subject = copula[1];
  // No subject: the note dropped it, and a note is about the client ("Was difficult today").
  if (!subject) return copula.index === 0;
  if (PERSON_SUBJECT.test(subject)) return true;
  // A name ("Maya was difficult"), but not a sentence's first word ("Session was difficult").
  if (!/^\p{Lu}\p{Ll}+$/u.test(subject) || /^(?:It|This|That|Session|Today|Week|Things|Everything|Work)$/.test(subject)) return false;
  // Mid-sentence a capitalised subject is a name; opening the sentence it may be a thing ("Homework was difficult"), unless
  // what follows is conduct towards the therapist ("Dana was difficult from the start, talking over me").
  return copula.index + copula[0].indexOf(subject) > 0 || (!/ing$/.test(subject) && CONDUCT_AFTER.test(after));
}

/** The label's span in the source; realigned when the parser's offset map drifted (a NUL byte read as U+FFFD). */
function labelSpan(text: string, mapped: Span, label: string): Span | null {
  if (text.slice(mapped.start, mapped.end) === label) return mapped;
  const around = Math.min(mapped.start, text.length);
  const near = text.indexOf(label, Math.max(0, around - 16));
  if (near !== -1 && near <= around + 16) return { start: near, end: near + label.length };
  // The label is not where the map says (markup inside it): keep the mapped span if it is a real one.
  return mapped.end <= text.length && mapped.start < mapped.end ? mapped : null;
}

const SCARE_QUOTED = new RegExp(
  String.raw`\b(?:her|his|their|the|this|these|those|so-called|alleged|reported)\s+(["“'‘])(${SCARE_QUOTES.terms.join('|')})([.,;:!?]?["”'’])(?![\p{L}\p{N}])`,
  'giu',
);
const QUOTE_MARK = /["“'‘]/;
const CLOSES: Record<string, string> = { '"': '"”', '“': '”"', "'": "'’", '‘': '’\'' };

function matchCase(replacement: string, original: string): string {
  if (/^[A-Z][a-z]/.test(original) || /^[A-Z]$/.test(original)) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

// A clinician's view set out under its own frame ("My impression: …", "In my view, …", "Our formulation -"): the frame's "my" holds the
// view, it is not the subject of the label that follows, which is the client's when no one else is named.
const OPINION_FRAME = /^(?:in )?(?:my|our) (?:own |clinical |working |initial |overall )?(?:impression|view|sense|formulation|assessment|opinion|read|reading|hypothesis|understanding|take)\b(?:\s*(?:is|was)(?: that)?)?\s*[:,;–—-]\s*/i;
const THERAPIST_WORD = /\b(?:I|me|my|myself|we|us|our|T|writer|therapist|clinician)\b/;

/** The label's subject: the client where an opinion frame's "my" is the only therapist word before it. */
function labelSubject(sentence: Sentence, from: number): ReturnType<typeof subjectBefore> {
  const subject = subjectBefore(sentence, from);
  if (subject !== 'therapist') return subject;
  const frame = OPINION_FRAME.exec(sentence.text);
  return frame && frame[0].length <= from && !THERAPIST_WORD.test(sentence.text.slice(frame[0].length, from)) ? 'client' : subject;
}

// A gloss in brackets right after a quoted word ("calls her "floja" (lazy)", "the word "vago" (i.e. lazy)") translates the quoted
// word: it is the quoted speaker's word, not the clinician's. A verdict after other words ("forgot" it again (non-compliant)) is not.
const GLOSS_BEFORE = /["”’]\s*\(\s*(?:(?:i\.e\.|ie|=|meaning|lit\.|literally|roughly|approx\.),?\s*)?(?:["“‘']\s*)?$/i;
const GLOSS_AFTER = /^\s*(?:["”’']\s*)?(?:[,/]\s*[\p{L}'’ -]{1,30})?\)/u;

// The quoted word is a name someone gives ("calls her", "the word", "known at home as"), so the gloss translates that name.
const NAMING = /\b(?:calls?|called|calling|names?|named|labels?|labell?ed|dubs?|dubbed|nicknamed?|(?:the|a|their|his|her) (?:word|term|name|nickname)|known (?:at home |in the family )?as|refers? to (?:her|him|them|it|herself|himself) as|referred to (?:her|him|them|it|herself|himself) as|describes? (?:her|him|them|it|herself|himself) as|described (?:her|him|them|it|herself|himself) as)(?:\s+(?:her|him|them|it|herself|himself|themselves|this|that))?(?:\s+(?:a|an|the))?\s*$/i;

function quotedGloss(text: string, from: number, to: number): boolean {
  if (!GLOSS_BEFORE.test(text.slice(Math.max(0, from - 30), from)) || !GLOSS_AFTER.test(text.slice(to))) return false;
  // The quotation glossed is a word or a short phrase.
  const close = text.slice(0, from).search(/["”’]\s*\(\s*(?:(?:i\.e\.|ie|=|meaning|lit\.|literally|roughly|approx\.),?\s*)?(?:["“‘']\s*)?$/i);
  const open = Math.max(text.lastIndexOf('"', close - 1), text.lastIndexOf('“', close - 1), text.lastIndexOf('‘', close - 1));
  return open >= 0 && text.slice(open + 1, close).trim().split(/\s+/).length <= 3 && NAMING.test(text.slice(Math.max(0, open - 40), open));
}

// "They" standing for an institution named just before it ("angry with the council: they refused his claim again"): the
// institution acts, not the client.
const INSTITUTION_THEY =
  /\b(?:the|a|an|his|her|their)\s+(?:local\s+|new\s+)?(?:council|school|bank|company|firm|clinic|hospital|police|court|agency|insurers?|insurance(?: company)?|landlords?|letting agents?|housing(?: association| office)?|employers?|university|college|service|department|board|panel|authority|surgery|practice|tribunal|job ?centre|DWP|HMRC|benefits(?: office| agency)?|home office|embassy|consulate|management|HR)\b[^.;]{0,60}?\bthey\s+(?:have\s+|had\s+|then\s+|again\s+|just\s+|also\s+)?$/i;

/**
 * Whom a label, a doubt or a verdict is about: the client, or a parent or carer the clinician describes in the client's note ("Mum was
 * uncooperative about the form"). A parent's act ("Dad refused the referral") is an event, not a label of the parent. Null: someone else.
 */
type LabelledPerson = 'the client' | 'a parent or carer';

function labelledPerson(sentence: Sentence, entry: JudgmentalLabel, from: number): LabelledPerson | null {
  if (labelSubject(sentence, from) === 'client') return 'the client';
  return entry.sense !== 'verb' && !entry.clientOnly && parentSubjectBefore(sentence, from) ? 'a parent or carer' : null;
}

/**
 * Whom the words at [from, to) of the sentence label, when they are the clinician's own label: the client, or the client's parent or
 * carer. Null when they are not the clinician's label.
 */
function clinicianLabelOf(sentence: Sentence, entry: JudgmentalLabel, from: number, to: number): LabelledPerson | null {
  const text = sentence.text;
  if (entry.notAfter?.test(text.slice(0, from))) return null;
  if (entry.notBefore?.test(text.slice(to))) return null;
  // A blockquote holds someone's words, as quotation marks do.
  if (sentence.block.inBlockquote) return null;
  const context = classifyInSentence(sentence, from, to);
  if (context.quoted) return null;
  if (quotedGloss(text, from, to)) return null;
  // A device is the subject ("the video dropped out"), not the client.
  if (context.sense === 'technical') return null;
  if (isNegated(sentence, from, to)) return null;
  if (isConditional(sentence, from)) return null;
  if (entry.sense === 'verb' && context.temporality === 'hypothetical') return null;
  if (isReported(sentence, from)) return null;
  // A substance-use or dehumanising term stigmatizes whoever it names (its messages name no one); other labels count about the client.
  let person: LabelledPerson | null = 'the client';
  if (entry.kind === 'label' || entry.kind === 'doubt' || entry.kind === 'verdict') {
    if (INSTITUTION_THEY.test(text.slice(0, from))) return null;
    person = labelledPerson(sentence, entry, from);
    if (person === null) return null;
    if (describesSomeoneElse(sentence, to) || doneBySomeoneElse(sentence, to, entry.sense === 'verb')) return null;
    if (saidOfCondition(sentence, from)) return null;
  }
  // "Was refused" is done to the client; "was refusing" is the client's own act.
  if (entry.sense === 'verb' && isPassive(sentence, from) && !/ing$/i.test(text.slice(from, to).split(/\s/)[0]!)) return null;
  if (entry.sense === 'person' && !describesPerson(text, from, to)) return null;
  return person;
}

const MESSAGES = {
  label: '"{{label}}" labels {{who}} instead of describing what happened ({{source}}); consider "{{alternative}}", or describe the behaviour.',
  doubt: '"{{label}}" casts doubt on the account of {{who}} ({{source}}); consider "{{alternative}}".',
  substance: '"{{label}}" is stigmatizing substance-use language ({{source}}); consider "{{alternative}}".',
  personFirst: '"{{label}}" names the client by a label ({{source}}); use person-first wording such as "{{alternative}}".',
  verdict: '"{{label}}" is a value judgement on {{who}} ({{source}}); leave it out, or describe what you observed.',
};

function lexiconTable(): string {
  const instead = (alternatives: readonly string[]): string => (alternatives.length ? alternatives.map((a) => `"${a}"`).join(' or ') : 'leave it out');
  return JUDGMENTAL_LABELS.map((e) => `"${e.label}" → ${instead(e.forms[0]!.alternatives)} [${e.source.join('][')}]`).join('; ');
}

export const judgmentalLanguage = defineRule({
  meta: {
    id: 'judgmental-language',
    category: 'language',
    defaultSeverity: 'warning',
    appliesTo: ALL_NOTE_TYPES,
    docs: {
      summary:
        'A stigmatizing label (non-compliant, resistant, manipulative, refused…) used about the client, or about a parent or carer the note describes; suggests neutral wording.',
      why:
        'Clients read their notes, and so do payers, supervisors and the next clinician. Stigmatizing chart language led readers to more negative attitudes ' +
        'and less aggressive pain treatment (RCT, n = 413; Goddu et al. 2018); negative descriptors appeared with 2.54× the odds in notes about Black patients ' +
        '(Sun et al. 2022). Labels that question credibility, disapprove, or portray the client as difficult are the categories Park et al. (2021) found in physicians\' notes.',
      satisfies:
        'Describe what the client did or said and the reason they give, in words any reader would accept. Not reported: the client\'s or someone else\'s quoted or ' +
        'reported words ("he\'s just lazy", said by a parent), negated uses ("no resistance noted"), clinical terms with another sense ("treatment-resistant ' +
        'depression", "denies SI/HI", "antibiotic resistance", "resisted the urge to check"), and contingencies ("if she declines"). Quotation marks around a symptom ("her "pain"") are reported as doubt [HE22]. The list, with alternatives: ' +
        `${lexiconTable()}.`,
      failing: [
        {
          title: 'A label in the assessment',
          note:
            '---\ntype: progress\nformat: DAP\nclient: C-0701\ndate: 2026-07-01\nsession: 5\n---\n\n## Data\n\nDid not bring the thought record; said the week was chaotic.\n\n' +
            '## Assessment\n\nCl. resistant to homework.\n\n## Plan\n\nNext session 7/8: shorten the thought record together.\n',
        },
      ],
      passing: [
        {
          title: 'Quoted words, a diagnosis and a negation',
          note:
            '---\ntype: progress\nformat: DAP\nclient: C-0702\ndate: 2026-07-02\nsession: 6\n---\n\n## Data\n\nMom reports he is "just lazy." Dx treatment-resistant depression. Denies SI/HI.\n\n' +
            '## Assessment\n\nNo resistance to the exposure plan; declined the worksheet because of exams.\n\n## Plan\n\nNext session 7/9: review the exposure ladder.\n',
        },
      ],
    },
    messages: MESSAGES,
    options: z
      .object({
        extraLabels: z
          .array(z.object({ word: z.string().min(1), alternatives: z.array(z.string().min(1)).min(1) }).strict())
          .default([])
          .describe('A clinic\'s own labels, each with neutral alternatives'),
        allow: z.array(z.string().min(1)).default([]).describe('Labels from the built-in list not to report (by their list name, e.g. "reportedly")'),
      })
      .strict(),
    fixable: true,
    hasSuggestions: true,
  },
  check({ note, options, report }) {
    const allowed = new Set(options.allow.map((a) => a.toLowerCase()));
    const { forms, index } = formsFor(options);
    const matches: PhraseMatch[] = [];
    for (const sentence of note.sentences) {
      const taken: Array<[number, number]> = [];
      // One finding per label in a sentence: "aggressive and demanding" is one way of portraying the client, said twice.
      const labelled = new Set<JudgmentalLabel>();
      // Scare quotes need a quotation mark: most sentences have none, and skip the scan.
      if (!allowed.has(SCARE_QUOTES.label) && QUOTE_MARK.test(sentence.text)) {
        SCARE_QUOTED.lastIndex = 0;
        for (const m of sentence.text.matchAll(SCARE_QUOTED)) {
          if (!CLOSES[m[1]!]!.includes(m[3]!.slice(-1))) continue;
          const to = m.index + m[0].length;
          const from = to - m[3]!.length - m[2]!.length - m[1]!.length;
          // The quoted symptom is itself quoted text; ask about the words around it.
          // Someone else's framing ("Mom calls it his "seizures"") is theirs; the client's own report is where doubt creeps in.
          if (sentence.block.inBlockquote || subjectBefore(sentence, from) !== 'client') continue;
          const span = labelSpan(note.text, sourceSpan(sentence, from, to), sentence.text.slice(from, to));
          if (!span) continue;
          taken.push([from, to]);
          report({
            messageId: 'doubt',
            data: { label: SCARE_QUOTES.label, alternative: 'the word without quotation marks', source: sources(SCARE_QUOTES.source), who: 'the client' },
            span,
            fixes: [
              {
                title: 'Remove the quotation marks',
                edits: [{ offset: span.start, deleteLength: span.end - span.start, text: escapeSnippet(m[2]! + m[3]!.slice(0, -1)) }],
                isSuggestion: true,
              },
            ],
          });
        }
      }
      matches.length = 0;
      for (const { pattern, from, to } of index.matches(sentence.text, matches)) {
        const { entry, form } = forms[pattern]!;
        const label = sentence.text.slice(from, to);
        if (taken.some(([a, b]) => from < b && to > a)) continue;
        const who = clinicianLabelOf(sentence, entry, from, to);
        if (who === null || labelled.has(entry)) continue;
        taken.push([from, to]);
        labelled.add(entry);
        const span = labelSpan(note.text, sourceSpan(sentence, from, to), label);
        if (!span) continue;
        // Replace only when the source under the span is exactly the label (markup or escapes inside it: describe only).
        const exact = note.text.slice(span.start, span.end) === label;
        const fixes: Fix[] = (exact ? form.alternatives : []).map((alternative) => ({
          title: `Replace with "${matchCase(alternative, label)}"`,
          edits: [{ offset: span.start, deleteLength: span.end - span.start, text: escapeSnippet(matchCase(alternative, label)) }],
          isSuggestion: true,
        }));
        fixes.push(
          insertFix(
            'Describe the behaviour instead',
            Math.min(sentence.span.end, note.text.length),
            ` Observed: \${1:${escapeSnippet('what the client said or did')}}; client's view: \${2:${escapeSnippet('the reason they give')}}.`,
            false,
          ),
        );
        report({
          messageId: entry.kind,
          data: { label: entry.label, alternative: form.alternatives[0] ?? '', source: sources(entry.source), who },
          span,
          fixes,
        });
      }
    }
  },
});
