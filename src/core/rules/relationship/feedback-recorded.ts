import { z } from 'zod';
import { learnedWithdraws } from '../../cues/learned.js';
import { classifyInSentence, contextOf, type Cue, type Cues } from '../../cues/index.js';
import { escapeSnippet } from '../../fixes.js';
import { sentencesIn, type Note } from '../../parse/note.js';
import type { Sentence } from '../../parse/sentences.js';
import { defineRule } from '../../rule.js';
import { noteAnchor } from '../anchors.js';
import { subjectBefore } from '../language/voice.js';
import { beforePlanFix, carerSpeaks, currentRuptures, EVIDENCE, planAnchor } from './shared.js';
import { learnedOption } from './learned-option.js';

const FRONT = (n: string) => `---\ntype: progress\nformat: SOAP\nclient: C-${n}\ndate: 2026-04-06\nsession: 9\n---\n\n`;
const MEASURE_HEADER = /\b(?:SRS|ORS|CORS|OQ-?45)\b/;

/** A table whose header names SRS/ORS and whose rows hold numbers records the scores. */
function scoreTable(note: Note): boolean {
  const blocks = note.blocks;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.kind !== 'tableRow' || !MEASURE_HEADER.test(blocks[i]!.text)) continue;
    // The rows of the same table follow the header row without a break.
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'tableRow'; j++) if (/\d/.test(blocks[j]!.text)) return true;
  }
  return false;
}

// A clinic template may keep the scores in the frontmatter (`srs: 36`, `client_feedback: …`).
const FEEDBACK_FIELD = /^(?:srs|ors|cors|srs[_ -]?score|ors[_ -]?score|session[_ -]?rating|client[_ -]?feedback|session[_ -]?feedback|feedback)$/i;

function feedbackField(note: Note): boolean {
  for (const [key, field] of note.frontmatter?.fields ?? []) {
    const value = field.value;
    if (FEEDBACK_FIELD.test(key) && value !== null && value !== undefined && String(value).trim() !== '') return true;
  }
  return false;
}

// What comes after "said" when the client gave no view: little, nothing, not much.
const SAID_LITTLE = /^\s+(?:very |so |too )?(?:little|nothing|not (?:much|a lot|anything)|hardly anything|next to nothing|almost nothing)\b(?!\s+(?:had|has|have|was|is|were|are|changed|seemed|felt|helped|worked)\b)/i;

// Feedback that was not asked for or not given: the measure skipped, the question not put.
const NO_FEEDBACK = /\b(?:no|not|didn't|did not|wasn't|was not|never)\b[^.;]{0,30}\b(?:feedback|SRS|ORS|rating|administered|completed the (?:SRS|ORS|measure)|asked)\b|\b(?:SRS|ORS|feedback)\b[^.;]{0,20}\b(?:not (?:administered|completed|done|given|obtained|collected)|declined|skipped|omitted|deferred|postponed|forgotten|missed)\b/i;

// What a verdict is about when it is not the session: medication, other people and their feedback, life outside therapy.
const ELSEWHERE = /\b(?:medication|meds|pills?|tablets?|dose|sertraline|fluoxetine|citalopram|escitalopram|venlafaxine|mirtazapine|quetiapine|lithium|antidepressants?|prescription|GP|doctor|psychiatrist|nurse|physio|manager|boss|employer|mother|father|mum|mom|dad|parents?|partner|husband|wife|boyfriend|girlfriend|friends?|sister|brother|son|daughter|teacher|colleagues?|coworkers?|job|dog|cat|gym|yoga|church|mosque|temple|AA|NA|sponsor|holiday|vacation|diet|supplements?|walking|running|swimming|retreat|course|app|weekend|week|month|mood|night|nights|morning|mornings|evening|christmas|birthday|wedding|party|trip|visit to)(?:'s)?\b/i;
const ABOUT_SESSION = /\b(?:session|sessions|therapy|(?:art|play|therapy|counsell?ing|music|sensory) room|counsell?ing|here|today|our|we|us|me|exercise|skill|technique|homework|HW|worksheet|breathing|grounding|role-?play|group|approach|talking|SRS|ORS|formulation|plan we|you)\b/i;

const TIME_BESIDE = /\b(?:of|from|since|than|this|last|over)\s+(?:(?:the|my|her|his|their|this|that|last|the last|the past)\s+)?(?:week|weeks|month|months|time|session|sessions|one)\b/gi;

/** A verdict on something other than the session or the therapy ("said the medication has been helpful"). */
function aboutSomethingElse(cue: Cue): boolean {
  // "Than last week", "than last time": the session set against the one before it, not a verdict on the week.
  // A week or a session said beside the thing judged ("the drawing of the week", "the map from last week", "better than last time")
  // dates it; a week judged itself ("said the week had been better") is a verdict on something else, and a time of day ("the tea with
  // her aunties in the evening helps") is a routine of the client's life.
  const words = cue.sentence.text.slice(cue.from, cue.to).replace(TIME_BESIDE, ' ');
  return ELSEWHERE.test(words) && !ABOUT_SESSION.test(words.replace(ELSEWHERE, ''));
}

// What the client wishes for is feedback even when phrased ahead ("would like more time on work"); a planned measure is not.
const WISH = /\b(?:would like|'d like|wants?|wanted|prefers?|preferred|asked|requested|hopes?|would rather|'d rather|wish(?:es|ed)?)\b/i;

// The therapy dismissed outright, or the task refused ("said the breathing stuff is 'a load of nonsense' and he won't be doing
// it"), is a complaint: a rupture marker for the repair rules, not the client's feedback, even where no marker is read.
const DISMISSED = /\b(?:(?:a )?load of (?:nonsense|rubbish|crap|bollocks|garbage|codswallop|old tosh)|(?<!\b(?:me|myself|I|I'm|she|he|she's|he's|her|him)(?: (?:being|am|was|is|feel|felt|feeling|feels|looked|look|looking|seemed|seem))?(?: (?:so|such|a|a bit|bit|really|totally|just|less|more|useless|complete|utter|total|bloody|proper))* )(?:utter |total |complete )?(?:nonsense|rubbish|bollocks|bullshit|codswallop|garbage|mumbo[- ]jumbo|hocus[- ]pocus|psychobabble))\b|\b(?:won't|will not|isn't going to|is not going to|ain't going to|refuses? to|refused to)(?: be)? (?:do|doing|try|trying|use|using|touch|touching) (?:it|that|this|them|any of (?:it|that|them))\b/i;

// The child or young person's form of a measure ("Child SRS 31/40", "Young Child ORS", "teen SRS") is the client's own score:
// the word "child" before it names the form, not someone else.
const CHILD_FORM = /\b(?:young )?(?:child|children|kid|kids|teen|teenage|adolescent|youth|young person)(?:'s|s'|’s)?(?: version(?: of)?)?\s*(?:the\s+)?$/i;

function childFormScore(cue: Cue): boolean {
  return (cue.entry?.note.startsWith('SRS/ORS (PCOMS) score') ?? false) && CHILD_FORM.test(cue.sentence.text.slice(0, cue.from));
}

function countsAsFeedback(note: Note, cue: Cue): boolean {
  const x = cue.context;
  if (DISMISSED.test(cue.sentence.text)) return false;
  if (cue.entry?.mustBeQuoted && !x.quoted) return false;
  if (aboutSomethingElse(cue)) return false;
  if (x.temporality === 'hypothetical' && !x.quoted && !WISH.test(cue.sentence.text.slice(cue.from, cue.to))) return false;
  // Negative feedback is feedback ("said the worksheet wasn't helpful"); feedback never given is not.
  if (NO_FEEDBACK.test(cue.sentence.text)) return false;
  // Asking how the session was is the therapist's act; it records the client's answer with it.
  if (cue.entry?.note.startsWith('the session’s helpfulness asked')) return true;
  if (x.temporality === 'historical' || x.experiencer === 'therapist') return false;
  return x.experiencer !== 'other' || childFormScore(cue) || carerSpeaks(note, cue.sentence.text.slice(0, cue.from));
}

// A section set aside for the client's view of the session ("## Client feedback", "### SRS"), with something written in it.
const FEEDBACK_HEADING = /\bfeedback\b|\bSRS\b|\bsession rating\b|\bclient'?s? (?:view|views|comments?|perspective|voice)\b/i;

function feedbackSection(note: Note): boolean {
  return note.sections.some((section) => {
    if (section.kind !== 'heading' || section.isEmpty || !FEEDBACK_HEADING.test(section.title)) return false;
    const text = sentencesIn(note, section.contentSpan)
      .filter((x) => x.block.kind !== 'heading')
      .map((x) => x.text)
      .join(' ');
    return /\p{L}{2,}.*\s\p{L}{2,}|\d/u.test(text) && !NO_FEEDBACK.test(text) && !/^\s*(?:none|n\/a|nil|not (?:obtained|done|given|asked|collected|completed)|declined|deferred)\b/i.test(text);
  });
}

// The lenient second look, before a note is told it records no feedback: the client saying,
// rating, liking or asking for something, with the session or the work named after it. An absence
// rule is only as precise as its reading of presence; a false "no feedback" nags the clinician who
// wrote it in their own words.
const CLIENT_SAYS = /\b(?:said|says|(?:tells|(?:is|was|kept|keeps) telling)(?= (?:me|us|that|the|this|today|it|how|what)\b)|stated|states|shared|commented|comments|remarked|told me|told us|let me know|reported|reports|described|describes|reflected|noted|added|mentioned|thought|thinks|felt|feels|found|finds|rated|rates|scored|thanked|appreciated|appreciates|valued|values|liked|likes|enjoyed|enjoys|disliked|hated|preferred|prefers|signed (?:that|to me)|reckoned|reckons|told(?= that)|asked for|asks for|asked to|asks to|requested|wants|wanted|would like|'d like|hopes|hoped)\b/i;
const THE_SESSION = /\b(?:today|session|sessions|(?:tx|treatment|programme|program|group|clinic|therapy|day-?programme|day-?program) day|therapy|counsell?ing|treatment here|here|coming|(?:this|the|our) work(?![ -](?!(?:we|I|she|he|they|it|was|were|is|are|had|has|have|helped|helps|here|together|so|today|in|on|of|with|and|but|felt|feels|made|makes|itself|for|to|at|as|that|this|done|too|again|now)\b)[a-z]+)|working (?:together|with me)|talking (?:here|with me|to me|it through)|the (?:[\w-]+ )?(?:exercise|skill|technique|worksheet|role-?play|practice|approach|pace|pacing|format|structure|set-?up|group|visit|call|hour|conversation|discussion|check-in|plan we|homework|slot|appointment)|today'?s (?:talk|chat|conversation|yarn|session|visit|call)|(?:the|this|our|these) (?:psych(?:ology)? )?(?:slots?|appointments?)|(?:with|by|to|from|about) me|(?:when|how|the way) I(?! (?:was|were) (?:a |little|young|small|at school|growing up)\b)|(?:these|the|our) (?:(?:weekly|fortnightly|monthly|daily|regular|twice-weekly|phone|telephone|video|online|home|follow-up|check-in|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|evening) )?(?:calls|sessions|visits|chats|meetings|groups)|the (?:[\w-]+ing|role-play) (?:bit|part|piece|stuff)(?! of\b)|SRS|ORS)\b/i;

const VERDICT_ON_IT = /\b(?:the first (?:time )?(?:a |any )?(?:counsell?or|therapist|doctor|psychologist|professional|person|one) (?:has |had |who |that |to |ever )|(?:was |is )?what (?:actually |really |most )?help(?:ed|s)|(?:most |least |really |very |actually |quite |so )?(?:useful|helpful|unhelpful|doable|manageable)|the (?:best|worst|hardest|easiest|most useful|useful|helpful|good) (?:bit|part|thing|one)|(?:the only (?:bit|part|thing|one) )?worth (?:it|coming|doing|having|keeping|the (?:trip|drive|journey|wait|time|effort|bus fare)|(?:coming|getting up|turning up) for)|made sense|clicked|(?:moved|shifted|unlocked|loosened|released|stirred|touched|opened(?: up)?|unstuck) (?:something|a lot|things)(?! (?:around|about|into|out|over|in|on|at|to|from)\b)|something (?:shifted|moved|lifted|loosened|gave|clicked|opened)|hit home|struck a chord|landed(?! (?:him|her|them|me|us|in|on|at|up)\b))\b/i;

const APPRECIATES = /\b(?:liked|likes|appreciated|appreciates|valued|values|enjoyed|enjoys|preferred|prefers)\b/i;

// The verb inside a question ("how it felt", "how the pace suits him"): a question asked or planned, not an answer.
const QUESTION_BEFORE = /\b(?:how|whether|if) (?:it|that|this|things|she|he|they|the [\w-]+(?: [\w-]+)?)(?: still| really| now)? $/i;

// Inside the client's quoted words "me" and "I" are the client ("said the family \"only talks about me when…\""), not the
// therapist the words would otherwise be about. Only those words are blanked (offsets hold): the rest of the quotation may be
// the verdict itself ("\"the first thing that clicked\""), so unquoted(), which blanks whole quotations, would not do.
const QUOTED_FIRST_PERSON = /\b(?:with|by|to|from|about) me\b|\b(?:when|how|the way) I\b/gi;

function clientsFirstPersonBlanked(sentence: Sentence): string {
  return contextOf(sentence).quotes.reduceRight(
    (text, q) => text.slice(0, q.start) + text.slice(q.start, q.end).replace(QUOTED_FIRST_PERSON, (m) => ' '.repeat(m.length)) + text.slice(q.end),
    sentence.text,
  );
}

// An answer set out under a label of a session form, in the client's words ("most helpful: \"the role-play\"", "least useful
// \"the worksheet\"").
const SET_OUT_ANSWER = /\b(?:most|least) (?:helpful|useful|valuable)(?: (?:bit|part|thing|was))?\s*[:=–-]?\s*["“]/i;

function setOutAnswer(note: Note): boolean {
  return note.sentences.some((sentence) => {
    if (sentence.block.kind === 'heading' || NO_FEEDBACK.test(sentence.text)) return false;
    const m = SET_OUT_ANSWER.exec(sentence.text);
    if (!m) return false;
    const x = classifyInSentence(sentence, m.index, m.index + m[0].length);
    return !x.negated && x.temporality !== 'hypothetical' && x.experiencer !== 'other';
  });
}

// A word of saying used as a noun, or in the name of a tool ("went back over the thought record from session 4", "started a
// values card sort", "her automatic thought", "read the school reports"), is no one saying anything: it is blanked (offsets
// hold) before the verb is looked for. After its subject it is still the verb ("she thought challenging him was the hard part").
const TOOL_AFTER_THOUGHT = String.raw`(?:record|records|diary|diaries|log|logs|sheet|sheets|form|forms|chart|charts|challenging|stopping|suppression|experiment|experiments|bubble|bubbles|catching|exercise|exercises|pattern|patterns|trap|traps|distortions?|biases|work|worksheet|worksheets)`;
const TOOL_AFTER_VALUES = String.raw`(?:card|cards|sort|sorts|work|exercise|exercises|clarification|compass|list|lists|worksheet|worksheets|assessment|questionnaire|bullseye|inventory|map|based|-based)`;
const NOUN_USE = new RegExp(
  String.raw`\b(?<!\b(?:she|he|they|I|we|client|cl|clt|pt|patient|mum|dad|\w\.)\s+)(?:thought(?=[\s-]+${TOOL_AFTER_THOUGHT}\b)|values(?=[\s-]+${TOOL_AFTER_VALUES}\b))|(?<=\b(?:a|an|the|her|his|their|my|your|our|this|that|these|those|each|every|one|hot|automatic|negative|intrusive|core|key|first|last|next|school|written|own)\s+)(?:thought|values|reports|likes|finds|rates|feels)\b`,
  'gi',
);

function nounUsesBlanked(text: string): string {
  return text.replace(NOUN_USE, (m) => ' '.repeat(m.length));
}

// The client's words set out after a speaker label, as a transcript sets them out ("Pt: \"the bit with the sensor is the only part
// that makes sense to me\""): the label says who speaks, as "said" does.
const SPEAKER_LABEL = /^(?:pt|cl|clt|client|patient|yp|ct)\.?\s*[:=–—-]\s*(?=["“])/i;

function clientOnTheSession(note: Note, cues: Cues): boolean {
  const ruptures = new Set(currentRuptures(note, cues).map((c) => c.sentence));
  return note.sentences.some((sentence) => {
    if (sentence.block.kind === 'heading' || NO_FEEDBACK.test(sentence.text)) return false;
    const verb = CLIENT_SAYS.exec(nounUsesBlanked(sentence.text)) ?? SPEAKER_LABEL.exec(sentence.text);
    if (!verb) return false;
    // Saying little or nothing about the session is its feedback missing ("said little about how the session was for him", "said
    // very little when I asked how it had been").
    if (SAID_LITTLE.test(sentence.text.slice(verb.index + verb[0].length))) return false;
    // A complaint or a pulling away is a rupture marker, not the client's view of the session asked for or offered.
    if (ruptures.has(sentence) || DISMISSED.test(sentence.text)) return false;
    // A wish about what someone else should do ("she wants him to come to a session") is not her view of the session.
    if (/^(?:wants?|wanted|would like|'d like|hopes?|hoped)$/i.test(verb[0]) && /^\s+(?:him|her|them|his|their|the|a)\b/i.test(sentence.text.slice(verb.index + verb[0].length))) return false;
    // "Said today that…": the day it was said, not what it was about; "said today's chat was…" is the session.
    // "By today", "until today": a deadline, not the session.
    const after = clientsFirstPersonBlanked(sentence).slice(verb.index + verb[0].length)
      .replace(/^\s+today\b(?!['’]s\s+(?:talk|chat|catch-up|conversation|yarn|session|visit|call|appointment|meeting|group|hour)\b)/i, (m) => ' '.repeat(m.length))
      .replace(/\b(?:by|until|till|before|as of|from|since) today\b/gi, (m) => ' '.repeat(m.length));
    // Whatever the client calls useful or the best part, in a session note, is part of the session ("said going through
    // the thought record was 'actually useful'", "said this was 'the most useful one yet'"), unless it is named as something else.
    const about = THE_SESSION.exec(after) ?? VERDICT_ON_IT.exec(after.slice(0, 80));
    if (!about || ELSEWHERE.test(after.slice(0, about.index))) return false;
    if (QUESTION_BEFORE.test(sentence.text.slice(0, verb.index)) && !/[:"“”]/.test(after)) return false;
    const x = classifyInSentence(sentence, verb.index, verb.index + verb[0].length);
    const carer = x.experiencer === 'other' && carerSpeaks(note, sentence.text.slice(0, verb.index));
    if (x.negated || x.experiencer === 'therapist' || (x.experiencer === 'other' && !carer) || x.temporality === 'historical' || x.temporality === 'hypothetical') return false;
    // The client's words, not a supervisor's or a parent's ("Supervisor rated the session recording highly"); a parent's in family work.
    if (subjectBefore(sentence, verb.index) !== 'client' && !carer) return false;
    // What the words are about must be real too: "said that if I bring it up again he'll cancel the sessions" is a threat, not a view.
    const start = verb.index + verb[0].length + about.index;
    // Liking something is a view of it even when what is liked is a "not" ("liked that she does not have to explain it to me").
    if (APPRECIATES.test(verb[0]) || APPRECIATES.test(after.slice(0, about.index))) return true;
    const y = classifyInSentence(sentence, start, start + about[0].length);
    return !y.negated && y.temporality !== 'hypothetical';
  });
}

export const feedbackRecorded = defineRule({
  meta: {
    id: 'feedback-recorded',
    category: 'collaboration',
    defaultSeverity: 'info',
    appliesTo: ['progress'],
    docs: {
      summary: 'A progress note records no client feedback on the session or the therapy (SRS/ORS or the client\'s words).',
      why:
        'Asking for feedback every session (PCOMS: ORS at the start, SRS at the end) catches the clients who are not on track before they drop out. ' +
        EVIDENCE.feedback,
      satisfies:
        'An SRS or ORS score with its value (in text or a table), the client\'s rating of the session, the client\'s own comment on the session or on what they ' +
        'want more of, or a Client feedback section with something in it. The clinician\'s verdict ("productive session") is not client feedback; nor is saying little or nothing about the session ("said little about how the session was for him"); nor is a ' +
        'symptom measure such as the PHQ-9 or the CORE-10, a verdict on medication or on someone else, or a measure only planned. ' +
        'Any words count: the client saying, rating, liking or asking for something with the session or the work named after it ("let me know the pace suited him"), ' +
        'a thumbs up when asked, or words at the close. A complaint about the therapist or the therapy is a rupture marker for the repair rules, not this feedback. Last, a learned second look (a model trained by `npm run learn` on the project\'s labelled notes, never on the shared corpus) may read it in words no phrase list holds; it only ever withdraws a finding, and the option `learned: false` turns it off.',
      failing: [
        {
          title: 'Only the clinician\'s verdict',
          note: FRONT('0741') + '## Subjective\n\nSlept better.\n\n## Objective\n\nPHQ-9 9.\n\n## Assessment\n\nGood session.\n\n## Plan\n\n- Next session 4/13: values card sort.\n',
        },
      ],
      passing: [
        {
          title: 'SRS and the client\'s words',
          note:
            FRONT('0742') +
            '## Subjective\n\nSlept better.\n\n## Objective\n\nPHQ-9 9. SRS 36/40.\n\n## Assessment\n\nShe said the values exercise was "the first thing that clicked."\n\n' +
            '## Plan\n\n- Next session 4/13: values card sort.\n',
        },
      ],
    },
    messages: {
      missing: 'This progress note records no client feedback on the session (an SRS/ORS score, a rating, or the client\'s words about the session).',
    },
    options: z.object({ learned: learnedOption }).strict(),
    fixable: true,
    hasSuggestions: false,
  },
  check({ note, cues, options, report }) {
    if (cues.of('client-feedback').some((cue) => countsAsFeedback(note, cue)) || scoreTable(note) || feedbackField(note) || feedbackSection(note) || setOutAnswer(note) || clientOnTheSession(note, cues)) return;
    // Last, the learned second look: feedback in words no phrase list holds.
    if (options.learned && note.sentences.some((sentence) => learnedWithdraws(note, cues, sentence, 'client-feedback'))) return;
    const plan = planAnchor(note);
    report({
      messageId: 'missing',
      span: noteAnchor(note),
      excerpt: null,
      ...(plan ? { related: [{ message: 'Client feedback (SRS, or the client\'s words about the session) can go before the Plan.', span: plan.span }] } : {}),
      fixes: [
        beforePlanFix(
          note,
          'Record the client\'s feedback',
          `Client feedback: SRS \${1:score}/40; \${2:${escapeSnippet('what the client said about today\'s session, and what was discussed')}}`,
        ),
      ],
    });
  },
});
