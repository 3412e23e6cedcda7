import { z } from 'zod';
import type { Cue } from '../../cues/index.js';
import type { Note } from '../../parse/note.js';
import { escapeSnippet } from '../../fixes.js';
import { defineRule } from '../../rule.js';
import { noteAnchor } from '../anchors.js';
import { beforePlanFix, EVIDENCE } from './shared.js';

const FRONT = (n: string) => `---\ntype: intake\nformat: free\nclient: C-${n}\ndate: 2026-04-08\nsession: 1\n---\n\n`;
// A question asked but not answered does not count as considering it.
const NOT_CONSIDERED = /\b(?:not (?:yet )?(?:explored|assessed|asked|discussed|addressed|covered|known|recorded|obtained)|to be (?:explored|assessed|discussed)|deferred|unknown|n\/a|tbd|did not ask|didn't ask)\b/i;

/**
 * The words that answer a characteristic: its sentence, and the next one on its line when the sentence only names it, as a
 * label or a question does ("Cultural / religious / preferences. Not asked today", "faith? (not assessed)").
 */
function answerOf(note: Note, cue: Cue): string {
  const { sentence } = cue;
  const next = note.sentences[sentence.index + 1];
  // A run-in label in bold ("**Culture, faith and values about treatment.** Not explored today.") only names, however long it is.
  const runIn = /(?:\*\*|__)$/.test(note.text.slice(Math.max(0, sentence.span.start - 2), sentence.span.start)) && /^(?:\*\*|__)/.test(note.text.slice(sentence.span.end, sentence.span.end + 2));
  const namesOnly = runIn || sentence.text.slice(cue.to).trim().length <= 3 || (sentence.text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 6;
  if (!next || next.block !== sentence.block || !namesOnly) return sentence.text;
  const line = (offset: number): number => note.lines.position(offset).line;
  return line(next.span.start) === line(sentence.span.start) ? `${sentence.text} ${next.text}` : sentence.text;
}

// Words of a characteristic in another sense. A temple of the head ("jaw and temple pain", "pressure in both temples") is no place
// of worship. A preference about how to get through today's assessment ("asked how he'd prefer to go over the history", "prefers
// to fill in the forms at home") is the intake's own order of business, not a preference for therapy.
const BODY_TEMPLE_BEFORE = /\b(?:jaw|forehead|eyes?|neck|head|scalp|cheek|ear|left|right|both|throbbing|aching)\b(?:\s+(?:and|or)|,)?\s*$/i;
const BODY_TEMPLE_AFTER = /^\s*(?:(?:and|or|,)\s*(?:jaw|forehead|neck|eyes?|scalp)\s+)?(?:pain|pains|ache|aches|aching|headaches?|pressure|tenderness|tension|throbbing|region|area|massage)\b/i;
const ASSESSMENT_STEP = /^\s*(?:go (?:over|through)|answer|tell|give|do|fill (?:in|out)|complete|share|cover|take|start with|begin with)\b[^.;]{0,30}?\b(?:history|questions?|questionnaires?|forms?|assessment|intake|details|paperwork|account|story|the rest)\b/i;

const WHERE_TO_START_BEFORE = /\b(?:asked|ask|asking|offered|let (?:her|him|them) (?:choose|decide))\b[^.;]{0,20}?\b(?:what|which|where|whether) (?:(?:topic|thing|part|bit) )?(?:she|he|they|pt|cl|clt|the client)(?:'d| would)? ?$/i;
const WHERE_TO_START_AFTER = /^\s*(?:to )?(?:start|begin|talk about|go|focus on|look at|do)\b(?:\s+(?:with|first|about|on))?/i;

// A question still to be put ("next time, ask whether he wants less structure", "to check if she'd prefer a female
// therapist") has no answer yet: like "not asked", it does not record the characteristic. A question already asked ("asked
// whether …") is read as usual, with its answer.
const TO_BE_ASKED = /\b(?:ask|asking|check|checking|explore|exploring|find out|finding out|clarify|clarifying|see)\b[^.;:!?]{0,60}?\b(?:whether|if)\b[^.;:!?]{0,40}$/i;

// A characteristic only put off to a later session, in the words after its label ("Culture/religion/preferences: will ask next
// session", "Faith — to explore at session 2", "Preferences (next appt)") or before it ("Will ask about culture and faith next
// time", "To cover religion and identity at the second session"): like "not asked", nothing is recorded yet. Words that answer
// before the deferral ("Muslim; will discuss how faith fits next time") are read as usual, and so is the client's own wish to
// explore it ("would like to explore her cultural identity here").
const LATER = String.raw`(?:will|'ll|(?<!\b(?:like|likes|liked|want|wants|wanted|keen|hope|hopes|hoped|asked|asks|prefer|prefers|preferred|happy|willing|eager|open|ready|agreed|chose|decided|would love|'d love) )to|plan to|planned to|going to|need to|needs to|intend to)\s+(?:ask|enquire|inquire|explore|assess|discuss|cover|address|check|go into|come back to|return to|look at|find out|pick up|review)|to be (?:asked|covered|checked|picked up|looked at|followed up)|(?:for|at|in|next)\s+(?:the\s+)?(?:next|second|following|later|another|2nd)\s+(?:session|appointment|appt|meeting|visit|time)|next (?:session|appointment|appt|meeting|visit|time)|later session|TBC|to follow|pending`;
const DEFERRED_AFTER_LABEL = new RegExp(String.raw`^[\p{L}\s/&,'-]{0,80}?(?:[:=–—(-]|\s-\s)\s*(?:${LATER})\b`, 'iu');
const DEFERRED_BEFORE = new RegExp(String.raw`\b(?:${LATER})\s+(?:(?:about|into|re:?|on|her|his|their|the|client's|any)\s+)*(?:[\p{L}-]+(?:,|\s*\/|\s+and|\s+or)\s+){0,4}$`, 'iu');

function deferred(cue: Cue): boolean {
  const { text } = cue.sentence;
  return DEFERRED_AFTER_LABEL.test(text.slice(cue.from)) || DEFERRED_BEFORE.test(text.slice(0, cue.from));
}

// How the session was interpreted ("no interpreter needed", "via telephone interpreter", "interpreter booked for the next
// visit") is an arrangement of the service, like the room or the time, not the client's culture or language recorded. It tells
// something of the client when it carries the client's choice, wish or worry ("asked for a female interpreter", "does not want
// an interpreter from her community").
const INTERPRETER = /^interpret/i;
const CLIENT_CHOICE = /\b(?:asked|asks|requested|requests|request|chose|chosen|choose|choice|prefer\w*|wants?|wanted|would (?:like|rather)|'d (?:like|rather)|declined|refused|did not want|didn't want|does not want|doesn't want|not from|outside (?:her|his|their)|same (?:gender|sex)|female|male|woman|man|community|trust\w*|worr\w*|concern\w*|shame|embarrass\w*|gossip|for feelings|first language|thinks in|understands)\b/i;

function otherSense(cue: Cue): boolean {
  const { text } = cue.sentence;
  if (TO_BE_ASKED.test(text.slice(0, cue.from)) || deferred(cue)) return true;
  if (INTERPRETER.test(text.slice(cue.from, cue.to)) && !CLIENT_CHOICE.test(text)) return true;
  const word = text.slice(cue.from, cue.to);
  if (/^temples?$/i.test(word)) return BODY_TEMPLE_BEFORE.test(text.slice(0, cue.from)) || BODY_TEMPLE_AFTER.test(text.slice(cue.to));
  if (/^prefer/i.test(word) && /\bto$/i.test(word)) return ASSESSMENT_STEP.test(text.slice(cue.to));
  // The client offered the choice of where today's talk starts ("asked what she would rather start with", "asked which he'd prefer
  // to talk about first"): the session's order of business, like the assessment's, not a preference for therapy.
  if (/^(?:would rather|'d rather|prefer)/i.test(word) && WHERE_TO_START_BEFORE.test(text.slice(0, cue.from)) && WHERE_TO_START_AFTER.test(text.slice(cue.to))) return true;
  return false;
}

export const clientContext = defineRule({
  meta: {
    id: 'client-context',
    category: 'responsiveness',
    defaultSeverity: 'info',
    appliesTo: ['intake'],
    docs: {
      summary: 'An intake does not consider the client\'s characteristics (culture, preferences, attachment, religion/spirituality, gender identity, sexual orientation).',
      why: 'Tailoring therapy to the person starts at intake, with what the client brings and prefers. ' + EVIDENCE.responsiveness,
      satisfies:
        'Anything recorded about the client\'s culture or language, religion or spirituality (including "not religious"), preferences for therapy, attachment or ' +
        'relational style, gender identity or pronouns, or sexual orientation. A heading followed by "Not explored today." does not count, nor do demographics ' +
        '(age, job, household).',
      failing: [
        {
          title: 'Demographics only',
          note: FRONT('0761') + '## Presenting problem\n\n38, nurse, lives alone. Low mood since spring.\n\n## Cultural factors\n\nNot explored today.\n\n## Plan\n\n- Next session 4/15: PHQ-9 and formulation.\n',
        },
      ],
      passing: [
        {
          title: 'Faith and preferences recorded',
          note:
            FRONT('0762') +
            '## Presenting problem\n\n38, nurse, lives alone. Low mood since spring.\n\n## Personal context\n\nPractising Muslim; prayer helps her settle. Prefers a practical, skills-first approach.\n\n' +
            '## Plan\n\n- Next session 4/15: PHQ-9 and formulation.\n',
        },
      ],
    },
    messages: {
      missing: 'This intake does not record any of the client\'s characteristics that therapy adapts to (culture, preferences, attachment, religion/spirituality, gender identity, sexual orientation).',
    },
    options: z.object({}).strict(),
    fixable: true,
    hasSuggestions: false,
  },
  check({ note, cues, report }) {
    const considered = cues.of('client-context').some((c) => c.sentence.block.kind !== 'heading' && !otherSense(c) && !NOT_CONSIDERED.test(answerOf(note, c)));
    if (considered) return;
    const prompts = [
      'Culture and language: ${1:background, and what it means for the work}',
      'Religion/spirituality: ${2:whether it matters to the client}',
      'Preferences for therapy: ${3:approach, pace, therapist}',
      'Relationships and attachment: ${4:how the client relates to others}',
      'Gender identity and sexual orientation: ${5:if the client shares them and they matter}',
    ].map((line) => line.replace(/\$\{(\d):([^}]*)\}/, (_, n: string, text: string) => `\${${n}:${escapeSnippet(text)}}`));
    report({
      messageId: 'missing',
      span: noteAnchor(note),
      excerpt: null,
      fixes: [beforePlanFix(note, 'Add the client\'s context', `## Client context\n\n${prompts.join('\n')}`)],
    });
  },
});
