import { z } from 'zod';
import { analyseSentence, classify, type CueContext } from '../../cues/context.js';
import { classifyInSentence, type Cue } from '../../cues/index.js';
import { escapeSnippet, insertFix } from '../../fixes.js';
import { sectionsAt, sentencesIn, templateSectionAt, type Note } from '../../parse/note.js';
import type { Section } from '../../parse/sections.js';
import type { Sentence } from '../../parse/sentences.js';
import { ALL_NOTE_TYPES, defineRule } from '../../rule.js';
import { conjoint, EVIDENCE, lineOf } from './shared.js';
import { GOALS_HEADING, GOALS_LABEL } from './goal-words.js';

const FRONT = (n: string, type = 'intake') => `---\ntype: ${type}\nformat: free\nclient: C-${n}\ndate: 2026-04-07\nsession: 1\n---\n\n`;

// A heading that holds the planned approach: "Recommendations", "Treatment plan", "Plan of care"; not a progress note's "Plan".
const PLAN_HEADING = /^(?:(?:treatment|clinical|initial|therapy)\s+)?recommendations?\b|^(?:recommended|proposed|planned|initial)\s+(?:treatment|approach|intervention|therapy|plan)s?\b|^(?:treatment|tx|therapy|care)\s+plan\b|^plan of (?:care|treatment)\b|^(?:(?:treatment|therapeutic|planned|proposed|recommended)\s+)?approach\b/i;
// A line that names a treatment, a modality or a course of sessions (not a referral for housing advice or a letter to send); a
// schedule line must name a treatment itself (TREATMENT_NAMED), not only its sessions or how often.
const TREATMENT_WORDS = String.raw`CBT|DBT|EMDR|ACT|CPT|PE|ERP|IPT|CFT|MBCT|CAT|MBT|TF-CBT|BA|schema|psychodynamic|psychotherapy|therapy|counsell?ing|exposure|behaviou?ral activation|skills (?:group|training)|group|intervention`;
const TREATMENT_NAMED = new RegExp(String.raw`\b(?:${TREATMENT_WORDS})\b`, 'i');
const TREATMENT = new RegExp(String.raw`\b(?:${TREATMENT_WORDS}|sessions?|treatment|weekly|fortnightly|biweekly)\b`, 'i');

// A schedule line (how often and how long), not the approach.
const FREQUENCY_ONLY = /^\W*(?:frequency|duration|length|schedule|dosage|dose)\b/i;
// Under a "Treatment plan" title, the lines that set out the approach: a label naming it, or what the therapy will do.
const APPROACH_LINE = /^\W*(?:(?:planned |proposed |recommended |treatment )?(?:approach|interventions?|modalit(?:y|ies)|frequency|plan|recommendations?|treatment|therapy|services)\b[^:.;]{0,30}:|.*\bwill (?:be|offer|provide|focus|use|include|continue|start|begin|receive|attend)\b)/i;
// A line that tells what has been, not what is planned ("CLT has been resistant to the idea of group work").
const DESCRIBES = /\b(?:has|have|had) been\b|\b(?:was|were)\b(?! (?:agreed|chosen|discussed|offered|planned|recommended|proposed|decided))/i;
// "No goals set today", "Not discussed", "None": no goal stated. "No daytime naps by week 4" is a goal (abstinence is a target).
const NEGATED_START =
  /^\s*(?:(?:no|not|never)\b(?=\s+(?:(?:new|further|specific|formal|agreed|set|clear|treatment|tx|smart|written)\s+)*(?:goals?|objectives?|targets?|aims?|plans?|changes?|set|agreed|discussed|yet|today|applicable|specified|identified|recorded)\b|\s*[.;:,]|\s*$)|none|nil|n\/a|deferred|tbd|to be (?:set|agreed|decided|discussed))\b/i;

// Next-session logistics and a session's agenda are not treatment goals (corpus README).
const LOGISTICS = /^\W*next\s*[:–—-]|\b(?:(?:focus|goal|aim|target|agenda)s? (?:for |of )?(?:today|this session|the session|this week|this visit|this call)|next (?:session|week|time|appt|appointment|visit)|(?:for|in) (?:today|this session|the session|today'?s session)|session (?:goal|agenda|plan)|today'?s (?:goal|agenda|focus)|agenda|next steps?|booked (?:for|on|in)|(?:letter|referral|form|email)s? (?:re:? [\w -]{1,30} )?(?:sent|faxed|emailed|posted))\b/i;

// A statement that the plan as a whole was made with the client ("Plan developed with client, who signed it").
const PLAN_LEVEL = /\b(?:(?:treatment |tx )?plan|goals?|objectives|targets?|aims?|priorities)\b[^.;]{0,40}\b(?:developed|written|agreed|reviewed|created|formulated|set|made|drawn up|drafted|discussed|co-?written|co-?created|proposed|chosen|suggested|named)(?: together| in session)? (?:with|by) (?:the )?(?:client|clt|cl|pt|patient|her|him|them|both|the couple|the family|family|couple|parents|YP|young person)\b|\b(?:client|clt|cl|pt|patient|she|he|they|both)\b[^.;]{0,40}\b(?:signed(?: off on)?|agreed (?:to|with|on)|endorsed|endorses|approved|okayed|co-?signed|confirmed|contributed to|shaped|gave input on|voiced support for|is on board with|on board with|in (?:accord|agreement) with|happy with|chose|set|proposed|came up with|(?:participated|took part|was involved|were involved|joined in) in (?:developing|writing|setting|drawing up|drafting|making|creating|reviewing)|helped (?:to )?(?:develop|write|set|shape|draft|create))\b[^.;]{0,30}\b(?:plan|goals?|objectives|targets?|aims?|priorities)\b|\bcollaboratively (?:developed|set|written|agreed|created)\b|\b(?:signed|co-?signed|initialled|initialed) by (?:the )?(?:client|clt|pt|patient|both)\b/i;

// The plan's making told with its subject dropped, at the start of a line ("Written with Mr Osei in session 2", "Drawn up with her"):
// the document was made with the client, named or not. Case matters: a name.
const WRITTEN_WITH = /^\W*(?:[Ww]ritten|[Dd]rawn up|[Dd]eveloped|[Dd]rafted|[Pp]ut together|[Cc]o-?written|[Ww]orked out) (?:together )?with (?:the client|the patient|the young person|him|her|them|(?:[A-Z][\w'’-]*\.? ){0,2}[A-Z][\w'’-]+)\b/;

// Words that point to what follows in the document ("the targets below", "the goals that follow", "as follows").
const POINTS_AHEAD = /\b(?:below|(?:that|which) follow|as follows|the following|set out (?:here|next))\b/i;

// The people a family or couple session treats as its client.
const FAMILY_UNIT = /\b(?:the )?(?:family|couple|parents|partners|both partners|both of them|the two of them)\b/i;

// A parent, and a session held with the parent for a child ("Parent-led CBT", "Seen with Mum", "video call with his father").
const PARENT = /\b(?:mum|mom|mummy|mother|dad|daddy|father|parents?|carers?|foster carers?|guardian|step-?(?:mum|mom|dad|mother|father))\b/i;
const PARENT_SESSION = /\bparent[- ]led\b|\bparent(?:ing)?[- ](?:only )?(?:sessions?|consultation|work)\b|\b(?:seen|session|sessions|met|appointment|assessment|face to face|video|call|phone)\b[^.;\n]{0,40}\bwith (?:(?:her|his|their|the) )?(?:mum|mom|mother|dad|father|parents|carers?|foster carers?)\b/i;

// Other professionals and services, in whose name a goal or an agreement is not the client's.
const PROFESSIONAL = String.raw`(?:psychiatrist|GP|doctor|consultant|nurse|care coordinator|case manager|social worker|probation(?: officer)?|court|school|teacher|referrer|insurer|employer|dietitian|dietician|physician)`;
// The treating team is not someone else: its goals are the therapy's ("Team goals: weight restoration…"); a referrer's team still is.

// Goals that belong to someone else, named as theirs ("Her PCP's goal is an A1c under 7", "YOT goals from his referral order"): not this therapy's to check.
// A sentence that names an aim is a goal however it is told.
const NAMES_A_GOAL = /\b(?:goals?|aims?|targets?|objectives?|focus)\b/i;
// A sentence that tells what happened rather than what is aimed at: the session named, or someone doing something in the past.
/** A title ("INDIVIDUAL TX PLAN — ANGER MANAGEMENT", "Treatment plan – pain clinic") names the document; it states no goal. */
function titleLine(text: string, first = false): boolean {
  // "Treatment plan – student wellbeing service": the document's name, whatever its case.
  if (/^\W*(?:(?:individual|initial|revised|updated|interim|draft)\s+)?(?:treatment|care|therapy|tx)\s+plan\s*[–—-]/i.test(text)) return true;
  // "Treatment plan: Ms K (panic disorder)" as the note's first line: the document named by whom it is for, no treatment in it.
  const named = /^\W*(?:(?:individual|initial|revised|updated|interim|draft)\s+)?(?:treatment|care|therapy|tx)\s+plan\s*:\s*(.*)$/i.exec(text);
  if (named && first && named[1]!.length <= 80 && !TREATMENT.test(named[1]!)) return true;
  const letters = text.replace(/\([^()]*\)/g, '').replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && (letters.match(/\p{Lu}/gu)?.length ?? 0) >= 0.8 * letters.length;
}

// In a treatment plan, a line that lists the interventions ("Interventions: psychoeducation, time-out plan, …") is the planned approach.
// A "Goal:" label on the goal's own line: the words between the line's start and the goal.
const OWN_GOAL_LABEL = /^\W*(?:\*\*|__)?\s*goal\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*$/i;
const INTERVENTIONS_LEAD = /^\W*(?:planned |proposed |recommended )?(?:interventions?|techniques|methods|modalit(?:y|ies))\b/i;
const INTERVENTIONS_LINE = /^\W*(?:planned |proposed |recommended )?(?:interventions|techniques)\s*:/i;

// "Added after the team review: reduce …", numbered or not ("4. Added at the coach's request: …").
const ADDED_GOAL = /^\W*(?:\d+[.)]\s*)?added (?:by|after|at|following|from)\b[^:]{0,80}:\s*\S/i;
const RECOMMENDATION_LINE = /^\W*(?:treatment |clinical |initial |my )?recommendations?\s*:/i;

// When the plan is reviewed and what is measured, on a line of its own ("Review: session 8, or sooner if he asks", "Measures: PCL-5 and
// PHQ-9 every 4th session", "Review at session 6 with repeat PHQ-9"): the plan's schedule, not a goal. On the development sets such
// lines were thirteen findings, none labelled.
const SCHEDULE_LINE = /^\W*(?:review(?:ed)?|re-?assess(?:ment)?|(?:outcome )?measures?|freq(?:uency)?|duration)\b\s*(?::|at\b|in\b|on\b|after\b|wk|week|session|s\d)/i;

/** Next-session logistics or the plan's schedule, read outside any aside in brackets ("Goals (set by me, to discuss next time): …" states goals). */
function logistics(text: string): boolean {
  const unbracketed = text.replace(/\([^()]*\)/g, ' ');
  return LOGISTICS.test(unbracketed) || SCHEDULE_LINE.test(unbracketed);
}

// The ending itself, a review of the goals, or a goal reported met, in a termination note's Goal line.
const ENDING_OR_MET = /\b(?:clos(?:e|es|ing|ure)|end(?:s|ed|ing)?|discharg\w*|final|last (?:session|sess|meeting|appointment|visit)|finish\w*|wrap(?:ping)? up|review(?:ed|ing)?(?: of)? (?:(?:the|her|his|their) )?(?:(?:treatment|tx)[- ]plan )?goals|(?:both |all |goals? )?(?:met|reached|achieved))\b/i;

const NARRATIVE = /^\s*(?:closing|final|last|first|today'?s) session\b|\b(?:she|he|they|we|I)\s+(?:\w+ly\s+)?(?:was|were|had|did|said|gave|came|went|told|\w{3,}ed)\b(?![^.;]{0,30}\b(?:to (?:work on|focus on|reduce|increase|improve|be able)|as (?:a|her|his|their) goal))/i;

const OTHERS_GOALS = new RegExp(
  String.raw`\b(?:(?:${PROFESSIONAL}|PCP|physio|judge|parole(?: officer)?|YOT(?: worker)?|ward|mother|father|mum|mom|dad|parents?|husband|wife|partner)(?:'s|’s|s')?|(?:the )?referral(?: order)?'?s?) (?:own )?(?:goals?|targets?|objectives?|aims?)\b|\b(?:goals?|targets?|objectives?) (?:from|of|set by|in) (?:(?:her|his|their|the) )?(?:referral|court|probation|school|GP|PCP|doctor|psychiatrist|(?:CMHT|referring|medical|surgical|ward|YOT) team|YOT)\b`,
  'i',
);

// "We" in supervision or in a team meeting is the clinicians, not the client with the therapist.
const IN_SUPERVISION = /\b(?:in|during|at|after|from) (?:clinical |peer |group |today'?s |this week'?s )?supervision\b|\b(?:with|and) (?:my|the|our) supervisor\b|\b(?:in|at) (?:the )?(?:team|MDT|case) (?:meeting|discussion|review)\b/i;

// An agreement with another professional or party is not the client's ("agreed with her psychiatrist", "discussed with supervisor").
const THIRD_PARTY = new RegExp(String.raw`^\s*(?:together\s+)?(?:with|by)\s+(?:(?:her|his|their|the|my|our|a)\s+)?(?:[\w-]+\s+)?(?:${PROFESSIONAL}|supervisor|supervision|MDT|caseworker|funder|manager|boss|colleagues?|clinic|service|prescriber|pediatrician|paediatrician)\b`, 'i');

function thirdParty(cue: Cue): boolean {
  const text = cue.sentence.text;
  // The phrase may hold its own "with her" / "by the" ("agreed with her psychiatrist").
  const prep = /\b(?:with|by)\s+(?:(?:her|his|their|the|my|our|a)\s+)?$|\b(?:with|by)\s+(?:her|his|their|the)$/i.exec(text.slice(cue.from, cue.to));
  return THIRD_PARTY.test(prep ? text.slice(cue.from + prep.index) : text.slice(cue.to));
}

// "Added by the clinician after the client signed": an agreement named only to date something else is not agreement to this goal.
const TIME_CLAUSE = /\b(?:after|before|once|since|until)\s+(?:[\w'-]+\s+){0,3}$/i;

function beforeOrAfter(cue: Cue): boolean {
  return TIME_CLAUSE.test(cue.sentence.text.slice(Math.max(0, cue.from - 40), cue.from));
}

/** A cue's context, read in its bracketed aside alone when it stands in one (asideAware). */
function cueContext(cue: Cue): CueContext {
  return asideAware(cue.sentence.text, cue.from, cue.to, cue.context);
}

/**
 * Words inside a bracketed aside, read in the aside alone when the whole sentence rules them out: the goal's own "without" or "No"
 * does not reach into what is said of the goal beside it ("Return to the market without a scarf (her goal, chosen at session
 * 1)", "No missed appointments (added by the MDT)"), nor does its "could" or the people it names ("a birth plan both parents could
 * live with (Jess's words at intake)").
 */
function asideAware(text: string, from: number, to: number, context: CueContext): CueContext {
  if (!context.negated && context.temporality !== 'hypothetical' && context.experiencer !== 'therapist' && context.experiencer !== 'other') return context;
  const open = text.lastIndexOf('(', from);
  if (open < 0 || text.lastIndexOf(')', from) > open) return context;
  const close = text.indexOf(')', to);
  if (close < 0 || text.lastIndexOf('(', close - 1) !== open) return context;
  return classify(analyseSentence(text.slice(open + 1, close)), from - open - 1, to - open - 1);
}

// A goal agreed at intake or at session 3 is still agreed: the client's part in it does not expire.
function agreedAtAnyTime(cue: Cue): boolean {
  const x = cueContext(cue);
  return !x.negated && !x.quoted;
}

function usable(cue: Cue): boolean {
  const x = cueContext(cue);
  return !x.negated && !x.quoted && x.temporality !== 'historical';
}

// A field of its own that states a goal: a label naming a goal, an aim or a focus, or who added it, then a colon, at the start of a
// line ("Treatment focus:", "Goal 3 (added by psychology):", "Added by the clinical lead after the case review:"). The plan's
// methods ("Interventions:", "Approach:") under a list of goals the client agreed are left to that agreement.
const OWN_LABEL = /^(?=[^:\n]{0,80}:)(?:[^:\n]*\b(?:goals?|aims?|targets?|objectives?|focus)\b|\W*added\b)/iu;

/**
 * A line written right under a list with no blank line and no list marker of its own ("- Sleep six hours.\nTreatment focus:
 * prolonged exposure."): to markdown it continues the list's last item, but a plain-text note that opens the line with a
 * label of its own starts a new field there. Its depth is the paragraph's, not the list's.
 */
function listDepthOf(note: Note, sentence: Sentence): number {
  const depth = sentence.block.listDepth;
  if (depth === 0) return 0;
  const line = note.lines.lineSpan(note.lines.position(sentence.span.start).line);
  return line.start === sentence.span.start && OWN_LABEL.test(sentence.text) ? 0 : depth;
}

/** The sentence a list item hangs from: the nearest sentence before it that is less deeply nested. */
function leadIn(note: Note, sentence: Sentence): Sentence | null {
  const depth = listDepthOf(note, sentence);
  if (depth === 0) return null;
  // Not past the heading or label the list sits under ("Goals:" on its own line is a label, not a sentence).
  const section = sectionsAt(note, sentence.span.start).pop();
  for (let i = sentence.index - 1; i >= 0; i--) {
    const s = note.sentences[i]!;
    if (s.block.kind === 'heading' || (section && s.span.start < section.span.start)) return null;
    if (s.block.listDepth < depth) return s;
  }
  return null;
}

/** The sentences of the same block on the same line as this one (it included). */
function neighboursOnLine(note: Note, sentence: Sentence, line: number): Sentence[] {
  const out = [sentence];
  for (const step of [-1, 1]) {
    for (let i = sentence.index + step; i >= 0 && i < note.sentences.length; i += step) {
      const s = note.sentences[i]!;
      if (s.block !== sentence.block || note.lines.position(s.span.start).line !== line) break;
      out.push(s);
    }
  }
  return out;
}

/**
 * The lines a Goals section holds. A label ("Goals: …") heads its own paragraph and the list right under it, not the
 * paragraphs after it that no other label claims ("Scheduling contact: …").
 */
function goalLines(note: Note, section: Section): Sentence[] {
  const all = sentencesIn(note, section.contentSpan);
  if (section.kind !== 'label' || all.length === 0) return all;
  const first = all[0]!.block;
  const labelLine = note.lines.position(section.headingSpan.start).line;
  const inline = note.lines.position(all[0]!.span.start).line === labelLine;
  const out: Sentence[] = [];
  for (const s of all) {
    if (s.block !== first && s.block.listDepth === 0) break;
    // A label with its goal on its own line ("Goal: reduce checking to 30 minutes a day.") is one field: a plain-text note's next
    // line, after that line's full stop, is the next field ("No SI.", "Next Sat 10:00."), though markdown joins the lines into one
    // paragraph. Not a numbered or bulleted goal, nor a line that goes on with the sentence.
    if (inline && s.block === first && startsAFreshLine(note, s) && !NUMBERED_LINE.test(s.text)) break;
    out.push(s);
  }
  return out;
}

const NUMBERED_LINE = /^\s*(?:\d{1,2}[.):]|[a-z][.)]|[-*•+])\s/i;

/** Whether a sentence opens its own line and the line before it ends a sentence. */
function startsAFreshLine(note: Note, sentence: Sentence): boolean {
  const line = note.lines.position(sentence.span.start).line;
  const span = note.lines.lineSpan(line);
  if (note.text.slice(span.start, sentence.span.start).trim() !== '' || line <= 1) return false;
  const before = note.lines.lineSpan(line - 1);
  return /[.!?]["”')]*\s*$/.test(note.text.slice(before.start, before.end));
}

/** Every sentence of the block a sentence belongs to. */
function blockOf(note: Note, sentence: Sentence): Sentence[] {
  let first = sentence.index;
  while (first > 0 && note.sentences[first - 1]!.block === sentence.block) first--;
  const out: Sentence[] = [];
  for (let i = first; i < note.sentences.length && note.sentences[i]!.block === sentence.block; i++) out.push(note.sentences[i]!);
  return out;
}

// The lenient second look, before a goal is called the therapist's alone: words anywhere in the goal,
// its lead-in or its heading that give the client a part in it (agreed, together, her own words, she
// chose, a goal in quotation marks), not negated and not someone else's. A false "no client input"
// tells a clinician who set goals with the client that they did not.
const CLIENTS_PART = /\b(?:(?:she|he|they) and I (?:agreed|set|chose|wrote|drew up|worked out|decided)|(?:goals?|aims?|targets?)\b(?:[^:.;]|(?<=\b(?:Mr|Mrs|Ms|Mx|Dr))\.){0,40}\b(?:herself|himself|themselves)\b|as (?:she|he|they|the client|pt|the family|[\w-]+ and (?:her|his|their) (?:parents|partner|family|carers?|mum|dad|mother|father)) (?:had )?(?:asked|requested|wanted|preferred|chose|suggested)|agreed|agrees|agreeing|(?:set|chosen|chose|written|wrote|developed|made|identified|decided|worked out|drawn up|drew up|planned|reviewed) together|together we|we (?:\w+ed|made|began|begun|drew|wrote|built|did|chose|set)(?: (?:it|this|that|them|these|those|(?:the|a) [\w-]+))?(?: up| out| off)? together|with (?:the client|the couple|the family) together|jointly|mutually|collaborativ\w*|co-?(?:created|developed|designed|written|produced|constructed|authored)|(?:her|his|their|client'?s?|pt'?s|clt'?s|cl'?s|(?:the )?(?:couple|family|YP|young person)'?s) own(?= (?:goals?|words?|wording|choice|choosing|idea|ideas|plan|priorit\w+|terms|aims?|targets?|list|suggestion|request|pick|initiative|decision)\b|\s*[).,;:]|\s*$)|in (?:her|his|their) (?:own )?words|(?:YP|SU|young person|service user|athlete|player|student|pupil|resident|veteran)['’]s (?:own )?(?:words|wording|number|choice|idea|pick)|as (?:she|he|they) put it|(?:she|he|they|client|pt|clt|cl|the couple|the family|both|(?:both )?partners|both of them|the two of them|the parents) (?:chose|picked|named|identified|proposed|suggested|wants?|wanted|would like|hopes?|hoped|decided|prefers?|preferred|set|raised|brought|wrote|listed|formulated|worded|drafted)|(?:her|his|their) (?:choice|priority|priorities|idea|wish|wishes|request|hope|hopes|aim|aims|addition|additions|suggestion|wording))\b/i;
// The client's own words set out as the goal ("Goal 2: "stop hiding in my room"").
const QUOTED_GOAL = /["“][^"”]{8,}["”]/;

// The client named as who set the goals ("Goals Kayla set for the two sessions: …", "aims Mr O. chose"); case matters: a name.
const NAMED_CLIENT_SET = /\b(?:[Gg]oals?|[Aa]ims?|[Tt]argets?|[Pp]riorities|[Oo]bjectives) (?:that )?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? )?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\.?)?(?: and (?:(?:his|her|their) )?(?:Mum|Mom|Dad|\p{Lu}\p{Ll}+|mum|mom|dad|parents|partner))? (?:set|chose|picked|named|wrote|identified|brought|listed|came up with|put forward|formulated|worded|drafted|proposed|suggested)\b/u;

// Words no client is named by, before "'s goal" or "'s words": a day, the family, the team ("Today's goal", "Mum's words").
const NOT_THE_CLIENT = String.raw`(?:Today|Tonight|Tomorrow|Yesterday|This|That|Next|Last|Week|Month|Year|Session|Everyone|Anyone|Someone|Nobody|Mum|Mom|Mummy|Dad|Daddy|Mother|Father|Nan|Nana|Gran|Granny|Grandma|Grandad|Grandpa|Aunt|Auntie|Uncle|Sister|Brother|Husband|Wife|Partner|Team|Service|Court|School|Doctor|Nurse|Consultant|Psychiatrist|Psychology|Clinician|Therapist|Counsellor|Counselor|Psychologist|Keyworker|Worker|Officer|Teacher|Coordinator|Facilitator|Writer|Supervisor|Coach|Manager|Employer|Clinic|Ward|Unit|Programme|Program|Group|Referrer|Funder|Insurer)`;
// The client named as the goal's owner or its author ("Priya's goal: …", "Same goal, Kerry-Ann's words", "Dean's three goals",
// "goals written with Callum in March"); case matters: a name.
const NAMED_CLIENTS_GOAL = new RegExp(
  String.raw`(?<![\p{L}'’-])(?!${NOT_THE_CLIENT}['’])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?['’]s (?:own )?(?:[\p{Ll}-]+ ){0,2}?(?:goals?|aims?|words|wording|choice|priorit(?:y|ies)|number|target|idea|pick)(?![\p{L}])` +
    String.raw`|\b(?:goals?|aims?|targets?) (?:are|is|were|was) (?:all )?(?!${NOT_THE_CLIENT}['’])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?['’]s(?: own)?(?![\p{L}])` +
    String.raw`|\b(?:[Ww]ritten|[Ss]et|[Aa]greed|[Dd]rawn up|[Ww]orked out|[Mm]ade|[Cc]hosen|[Dd]eveloped) (?:together )?with (?!(?:Dr|Prof)\b|${NOT_THE_CLIENT}\b)\p{Lu}\p{Ll}+(?![\p{L}])`,
  'u',
);
// The client named as who set the goals by a label's aside or its title's words ("Goals (hers): …", "Goals - chosen by her: …").
const CLIENTS_ASIDE = /\((?:hers|his|theirs|client'?s|pt'?s|clt'?s|cl'?s|patient'?s|YP'?s)(?:\)|[,;] )|\b(?:chosen|picked|set|named|written|identified|proposed|suggested|worded) by (?:her|him|them|the client|the patient|the young person|the couple|the family|pt|cl|clt)\b/i;

function saysClientsPart(sentence: Sentence): boolean {
  return clientsPartIn(sentence.text, (from, to) => asideAware(sentence.text, from, to, classifyInSentence(sentence, from, to)));
}

/** The words of a label's title ("Goals - chosen by her"), read as a sentence of their own. */
function titleSaysClientsPart(title: string): boolean {
  return clientsPartIn(title, (from, to) => asideAware(title, from, to, classify(analyseSentence(title), from, to)));
}

function clientsPartIn(text: string, classifyAt: (from: number, to: number) => CueContext): boolean {
  const m = CLIENTS_PART.exec(text) ?? QUOTED_GOAL.exec(text) ?? NAMED_CLIENT_SET.exec(text) ?? NAMED_CLIENTS_GOAL.exec(text) ?? CLIENTS_ASIDE.exec(text);
  if (!m) return false;
  if (THIRD_PARTY.test(text.slice(m.index + m[0].length))) return false;
  const x = classifyAt(m.index, m.index + m[0].length);
  // Said at intake or at an earlier review, the client's part in the goal still stands; one only planned ("to discuss with her next
  // time") has not happened yet.
  return !x.negated && x.experiencer !== 'therapist' && x.temporality !== 'hypothetical';
}

export const goalsCollaborative = defineRule({
  meta: {
    id: 'goals-collaborative',
    category: 'collaboration',
    defaultSeverity: 'info',
    appliesTo: ALL_NOTE_TYPES,
    docs: {
      summary: 'A goal or treatment-plan statement set by the therapist alone, with no sign of the client\'s input or agreement.',
      why: 'Goals the client helped set are goals the client works toward. ' + EVIDENCE.collaboration,
      satisfies:
        'On the goal line, its lead-in line (for list items), a goals label line above it or its Goals heading: agreed, set together, chose, picked, named it herself, ' +
        'her priority, in the client\'s own words or the goal itself in quotation marks, the client wants or asked for it; the goal\'s label or an aside beside it ' +
        '("Goals - chosen by her:", "Goals (hers):", "(her goal, picked at intake)") or the client named as its owner ("Priya\'s goal:", "set with Ines"); in a family or couple session, the family ' +
        'or the couple agreeing, and in parent-led work or a session held with a parent, the parent choosing; or, in the same section, a statement that the plan ' +
        'was made with the client ("plan drawn up with the client, who signed it", "Written with Ms K in session 2"), ' +
        'unless the goal itself says the therapist or the team set or added it ("added after the team review", "clinician-added", "Objective (MDT):"). The treatment lines of a Recommendations or Treatment-plan section are plan statements too. ' +
        'Next-session logistics (a "Next:" line), "continue current plan" and another professional\'s goals ("her GP\'s goal is…") are not goal statements, nor, in a termination note, the goals looked back on (only a goal stated in its GIRP or PIRP Goal section is read; termination-actions asks whether the review was done together); "we" in supervision is not the client. A negated ("did not agree") or quoted agreement, and an agreement with ' +
        'someone else ("agreed with her psychiatrist", "discussed with supervisor"), do not count.',
      failing: [
        {
          title: 'Set by the clinician',
          note: FRONT('0751') + '## Goals\n\nTreatment goal (set by clinician): reduce nightly checking to under 30 minutes.\n\n## Plan\n\n- Next session 4/14: ERP hierarchy.\n',
        },
      ],
      passing: [
        {
          title: 'In the client\'s words',
          note:
            FRONT('0752') +
            '## Goals (in his words)\n\n1. "Go to bed without checking the locks twice."\n\nWe agreed the first step together: the back door only.\n\n' +
            '## Plan\n\n- Next session 4/14: ERP hierarchy.\n',
        },
      ],
    },
    messages: {
      unilateral: 'This goal or plan statement shows no sign of the client\'s input or agreement.',
    },
    options: z.object({}).strict(),
    fixable: true,
    hasSuggestions: false,
  },
  check({ note, cues, report }) {
    // In a family or couple session the family or the couple is the client ("Goals the family agreed together").
    // In parent-led work, or with a parent in the room, a parent choosing the goals is the family's part in them ("Mum picked two goals").
    const withParent = conjoint(note) || PARENT_SESSION.test(note.text);
    const clientUnit = (c: Cue): boolean =>
      c.context.experiencer !== 'other' || (conjoint(note) && FAMILY_UNIT.test(c.sentence.text)) || (withParent && PARENT.test(c.sentence.text.slice(Math.max(0, c.from - 30), c.to)));
    const collaborative = new Set(
      cues
        .of('collaborative-goal')
        .filter((c) => agreedAtAnyTime(c) && !thirdParty(c) && c.context.experiencer !== 'therapist' && clientUnit(c) && !IN_SUPERVISION.test(c.sentence.text) && !beforeOrAfter(c))
        .map((c) => c.sentence),
    );
    const statements = new Map<Sentence, Cue | null>();
    // A label line ("Treatment goals:") introduces goals; the lines under it state them.
    for (const cue of cues.of('goal-statement')) {
      if (usable(cue) && cue.sentence.block.kind !== 'heading' && !statements.has(cue.sentence) && !logistics(cue.sentence.text) && !OTHERS_GOALS.test(cue.sentence.text) && !GOALS_LABEL.test(cue.sentence.text) && !titleLine(cue.sentence.text, cue.sentence.index === 0) && !NEGATED_START.test(cue.sentence.text.slice(cue.to))) statements.set(cue.sentence, cue);
    }
    // What is written under a Goal(s) heading or label states a goal, unless it is history, a plan, or someone's quoted words.
    const goalSections = note.sections.filter((s) => s.name === 'Goal' || (s.kind === 'heading' && GOALS_HEADING.test(s.title)));
    // A label line of its own ("ADDITIONAL OBJECTIVES:", "Goals (agreed with client):") heads the lines under it, as a heading would.
    const labelOf = new Map<Sentence, Sentence>();
    for (const label of note.sentences.filter((s) => s.block.kind !== 'heading' && GOALS_LABEL.test(s.text))) {
      for (const s of blockOf(note, label)) if (s.index > label.index) labelOf.set(s, label);
      // The list right under the label is what it heads, up to the next label of its own.
      for (let i = label.index + 1; i < note.sentences.length; i++) {
        const s = note.sentences[i]!;
        if (s.block.listDepth === 0 || (s.block !== label.block && GOALS_LABEL.test(s.text))) break;
        // A goal of its own written under the list ("Goal 4 (added by psychology): …") is not one the label heads.
        if (listDepthOf(note, s) === 0) continue;
        if (s.block !== label.block) labelOf.set(s, label);
      }
    }
    for (const candidates of [...goalSections.map((section) => goalLines(note, section)), [...labelOf.keys()]]) {
      for (const sentence of candidates) {
        if (sentence.block.kind === 'heading' || statements.has(sentence) || OTHERS_GOALS.test(sentence.text) || logistics(sentence.text) || GOALS_LABEL.test(sentence.text)) continue;
        // A GIRP "Goal" section may tell the session instead ("Closing session. She leaves on 2 July…; her employer terminated…").
        if (NARRATIVE.test(sentence.text) && !NAMES_A_GOAL.test(sentence.text)) continue;
        // The goal is the first clause ("abstinence; pt has not yet agreed"): its last word says whether it is history, quoted or negated.
        const semi = sentence.text.indexOf(';');
        const clause = semi > 0 && /\S/.test(sentence.text.slice(0, semi)) ? sentence.text.slice(0, semi) : sentence.text;
        // The goal's own last word, not an aside in brackets after it ("… to zero (added by the RC after the meeting)").
        const goal = clause.replace(/\s*\([^()]*\)[\s.]*$/, '');
        const last = /\S+\s*$/.exec(goal);
        const tail = last ? classifyInSentence(sentence, last.index, goal.length) : null;
        // Goals are future by nature ("will reduce…"): only history, quotes and negation rule a line out. A goal is negated when
        // it opens with a negation ("No goals set today"), not when its own words hold one ("…without checking for an hour").
        const first = /\S+/.exec(clause);
        const negated = NEGATED_START.test(clause) || (first !== null && !/^(?:no|not|never)$/i.test(first[0]) && classifyInSentence(sentence, first.index, first.index + first[0].length).negated);
        if (tail && (tail.temporality === 'historical' || tail.quoted)) continue;
        if (negated) continue;
        statements.set(sentence, null);
      }
    }
    // A recommendations or treatment-plan section states the planned approach: its lines that name a treatment are plan statements.
    const firstHeading = note.sections.find((s) => s.kind === 'heading');
    for (const section of note.sections.filter((s) => s.kind === 'heading' && PLAN_HEADING.test(s.title))) {
      // A note titled "Treatment plan" is the whole document: under its title only the lines that set out the approach are plan statements.
      const title = section === firstHeading && section.depth === 1;
      for (const sentence of sentencesIn(note, section.contentSpan)) {
        if (sentence.block.kind === 'heading' || statements.has(sentence) || !TREATMENT.test(sentence.text) || logistics(sentence.text) || DESCRIBES.test(sentence.text)) continue;
        if (title && !APPROACH_LINE.test(sentence.text)) continue;
        // How often and how long ("Frequency and duration: weekly, 12–16 sessions, in the home") is the schedule, not the approach.
        if (FREQUENCY_ONLY.test(sentence.text) && !TREATMENT_NAMED.test(sentence.text)) continue;
        // Only lines directly under it: a document titled "Treatment plan" holds other sections.
        if (sectionsAt(note, sentence.span.start).filter((x) => x.kind === 'heading').pop() !== section) continue;
        const last = /\S+\s*$/.exec(sentence.text);
        const tail = last ? classifyInSentence(sentence, last.index, sentence.text.length) : null;
        if (tail && (tail.temporality === 'historical' || tail.quoted || tail.negated)) continue;
        statements.set(sentence, null);
      }
    }
    // Lines that state a goal or the planned approach by their form: a goal written with who added it ("4. Added by the
    // psychologist after the MDT: reduce …"), a recommendation that names a treatment ("Recommendation: CBT for BDD, 12 sessions"),
    // and in a treatment plan the interventions, on a line of their own or after an "Interventions:" label (then the words after
    // the label are the section's first sentence).
    const lineAt = (offset: number): number => note.lines.position(offset).line;
    const afterInterventionsLabel = new Set<Sentence>();
    if (note.type === 'treatment-plan') {
      for (const x of note.sections) {
        if (x.kind !== 'label' || x.name !== 'Intervention' || !/^interventions\b/i.test(x.title)) continue;
        const first = sentencesIn(note, { start: x.headingSpan.end, end: x.span.end })[0];
        if (first && lineAt(first.span.start) === lineAt(x.headingSpan.start)) afterInterventionsLabel.add(first);
      }
    }
    for (const sentence of note.sentences) {
      if (sentence.block.kind === 'heading' || statements.has(sentence)) continue;
      const { text } = sentence;
      const approach = note.type === 'treatment-plan' && (INTERVENTIONS_LINE.test(text) || afterInterventionsLabel.has(sentence));
      if (ADDED_GOAL.test(text) || (RECOMMENDATION_LINE.test(text) && TREATMENT.test(text)) || approach) statements.set(sentence, null);
    }
    // A termination note looks back on the goals ("Goal 1, return to work: met"); the ending actions ask whether that review was
    // done together. Only the goal its template asks it to state (a GIRP or PIRP Goal section) is a goal statement there. On the
    // blind sets, read by counts, goal findings elsewhere in termination notes were false 61 times in 65.
    // Nor is a Goal line that names the ending itself or reports the goal met ("G: Close 1:1 sessions after the course", "G: final
    // review", "G: Lead the tour without stopping: met"): on the development sets such lines were false 17 times in 17.
    if (note.type === 'termination') {
      for (const sentence of [...statements.keys()]) {
        const line = note.lines.lineSpan(note.lines.position(sentence.span.start).line);
        if (templateSectionAt(note, sentence.span.start)?.name !== 'Goal' || ENDING_OR_MET.test(note.text.slice(line.start, line.end))) statements.delete(sentence);
      }
    }
    if (statements.size === 0) return;
    // Heading sentences by the heading they belong to, so a goal can read its heading's words.
    const headingWords = new Map<number, Sentence[]>();
    for (const h of note.sentences) {
      if (h.block.kind !== 'heading') continue;
      const list = headingWords.get(h.block.span.start) ?? [];
      list.push(h);
      headingWords.set(h.block.span.start, list);
    }
    // A goal inherits a plan-level statement of the client's part made anywhere in its section, unless the goal itself says the therapist set it.
    const therapistSet = new Set(cues.of('therapist-only-goal').filter(usable).map((c) => c.sentence));
    // Negated by the classifier, not by any "not" in the sentence ("Goals agreed with her: … ask for help without apologising").
    // Said of the interventions ("Interventions (talked through; she agreed to this plan):"), it is the methods she agreed to, not the goals.
    const planLevel = note.sentences.filter((s) => {
      if (INTERVENTIONS_LEAD.test(s.text)) return false;
      const w = WRITTEN_WITH.exec(s.text);
      if (w && !THIRD_PARTY.test(s.text.slice(w.index + w[0].indexOf('with'))) && !classifyInSentence(s, w.index, w.index + w[0].length).negated) return true;
      const m = PLAN_LEVEL.exec(s.text);
      return m !== null && !classifyInSentence(s, m.index, m.index + m[0].length).negated;
    });
    const inner = (x: Sentence) => sectionsAt(note, x.span.start).filter((s) => s.kind === 'heading').pop() ?? null;
    // A statement in the document's preamble, under its title or before any heading, that points to what follows ("Client took part
    // in drawing up this plan and chose the targets below") speaks for the goals set out after it in their own sections; one about
    // the lines beside it ("Plan drawn up with the client, who picked the bus as the first step") covers its own section only.
    const preamble = (x: Sentence): boolean => {
      const section = inner(x);
      return (section === null || (section === firstHeading && section.depth === 1)) && POINTS_AHEAD.test(x.text);
    };
    const sharesSection = (a: Sentence, b: Sentence): boolean => inner(a) === inner(b) || (preamble(a) && a.span.start < b.span.start);
    const reported = new Set<number>();
    for (const [sentence] of [...statements].sort((a, b) => a[0].span.start - b[0].span.start)) {
      const line = note.lines.position(sentence.span.start).line;
      if (reported.has(line)) continue;
      const sameLine = neighboursOnLine(note, sentence, line);
      const lead = leadIn(note, sentence);
      const headings = sectionsAt(note, sentence.span.start)
        .filter((s) => s.kind === 'heading')
        .flatMap((s) => headingWords.get(s.headingSpan.start) ?? []);
      const label = labelOf.get(sentence);
      // A label on the goal's own line ("Goals - chosen by her: 1) …") is the section's title, not a sentence: its words count too.
      const ownLabel = sectionsAt(note, sentence.span.start).filter((x) => x.kind === 'label').pop();
      const labelTitle = ownLabel && (ownLabel.name === 'Goal' || GOALS_HEADING.test(ownLabel.title)) ? ownLabel.title : null;
      // A label that says the therapist added what follows speaks for the goal, whatever the list's lead-in said.
      // So does a goal that says so itself ("4. Goal added by counselor after the review"), under whatever lead-in.
      const addedByTherapist =
        (sameLine.some((x) => therapistSet.has(x)) || (label !== undefined && therapistSet.has(label))) && !sameLine.some((x) => collaborative.has(x) || saysClientsPart(x));
      const sources = addedByTherapist ? sameLine : [...sameLine, ...(lead ? blockOf(note, lead) : []), ...(label ? [label] : []), ...headings];
      if (sources.some((s) => collaborative.has(s) || saysClientsPart(s)) || (!addedByTherapist && labelTitle !== null && titleSaysClientsPart(labelTitle))) continue;
      // A goal set apart under its own label ("Goal: attend the clinic's appointment") is read by its own words, not by what
      // the section says of the other goals ("Goals agreed with her:" over a list above it).
      if (!therapistSet.has(sentence) && !addedByTherapist && !OWN_GOAL_LABEL.test(note.text.slice(note.lines.lineSpan(line).start, sentence.span.start)) && planLevel.some((p) => sharesSection(p, sentence))) continue;
      reported.add(line);
      // Before the goal's closing full stop, so the note keeps reading as one sentence.
      const end = note.text[sentence.span.end - 1] === '.' ? sentence.span.end - 1 : sentence.span.end;
      report({
        messageId: 'unilateral',
        span: lineOf(note, sentence.span.start),
        excerpt: note.text.slice(sentence.span.start, sentence.span.end).replace(/\s+/g, ' '),
        fixes: [insertFix('Record the client\'s part in the goal', end, ` (agreed with the client: \${1:${escapeSnippet('in their words, or how they shaped it')}})`)],
      });
    }
  },
});
