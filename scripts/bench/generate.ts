// A deterministic generator of fictitious session notes for the benchmark: every note type and
// format, with tables, client quotes, lists, label lines, directives and the markers the rules
// look for. Note i depends only on the seed and i, so the first 1,000 of 10,000 notes are the
// 1,000-note corpus. Every identifier is fake (555-01xx phones, example.org, 000-xx-xxxx).

export type Random = () => number;

/** mulberry32: small, fast and the same on every machine. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const chance = (r: Random, p: number): boolean => r() < p;
const int = (r: Random, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const NOTE_TYPES = ['progress', 'progress', 'progress', 'progress', 'intake', 'termination', 'treatment-plan', 'psychotherapy'] as const;
const FORMATS = ['SOAP', 'DAP', 'BIRP', 'GIRP', 'PIRP', 'free'] as const;
type Format = (typeof FORMATS)[number];

const FORMAT_SECTIONS: Record<Format, string[]> = {
  SOAP: ['Subjective', 'Objective', 'Assessment', 'Plan'],
  DAP: ['Data', 'Assessment', 'Plan'],
  BIRP: ['Behavior', 'Intervention', 'Response', 'Plan'],
  GIRP: ['Goal', 'Intervention', 'Response', 'Plan'],
  PIRP: ['Problem', 'Intervention', 'Response', 'Plan'],
  free: ['Session summary', 'Themes', 'Plan'],
};

const TOPICS = ['sleep', 'work stress', 'the move', 'her sister', 'his father', 'the exam', 'panic at the bus stop', 'grief for her mother', 'the new job', 'money worries', 'the custody hearing', 'drinking at weekends'];
const FEELINGS = ['anxious', 'flat', 'hopeful', 'tired', 'irritable', 'steadier', 'low', 'more settled'];
const QUOTES = [
  'I just want to get through the week',
  'it felt like nobody was listening',
  'that helped more than I expected',
  "I'm not sure this is working",
  'the breathing thing actually worked on Tuesday',
  'I keep waiting for the other shoe to drop',
  'I did the diary most days',
  'it was a hard week but okay',
];

const SUBJECTIVE = [
  () => 'Client reports {f} most of the week; sleep about {n} hours a night.',
  () => 'She described a difficult conversation about {t} and said "{q}".',
  () => 'He said the week was mixed: better mornings, worse evenings around {t}.',
  () => 'Client brought the thought record; 5 of 7 days completed.',
  () => 'Reports fewer panic episodes (two this week, down from five).',
  () => 'Pt. said work was "{q}" and that {t} is still on her mind.',
];
const OBJECTIVE = [
  () => 'Alert and oriented; affect {f}, congruent with content. Speech normal rate.',
  () => 'Arrived on time, good eye contact, engaged throughout.',
  () => 'PHQ-9 {n}; GAD-7 {m}. Denies SI/HI.',
  () => 'Appeared tired; posture slumped at the start, brighter by the end.',
];
const ASSESSMENT = [
  () => 'Symptoms of generalized anxiety persist but are less frequent; progress toward goal 1.',
  () => 'Mood improving; avoidance of {t} remains the main barrier.',
  () => 'Depressive symptoms moderate, stable since last session.',
  () => 'Working alliance appears strong; client engaged in setting the agenda.',
];
const PLAN = [
  () => 'Next session {d}: review the thought record together.',
  () => 'Continue weekly CBT; we agreed to practise paced breathing daily.',
  () => 'Client chose to try the graded exposure step at the bus stop before next session.',
  () => 'Send the sleep diary handout; check in on {t} next week.',
];
const WITHDRAWAL = [
  'Client gave one-word answers when we turned to {t} and looked away.',
  'She went quiet and changed the subject when I asked about the homework.',
  'He was silent for long stretches and said "I don\'t know" to most questions.',
];
const CONFRONTATION = [
  'Client said therapy is a waste of time and that I "never listen".',
  'He complained that the sessions are not helping and questioned my approach.',
  'She said she was angry that I had cancelled last week.',
];
const REPAIR = [
  'I acknowledged that I had pushed too fast, and we agreed to slow the pace; she said that felt better.',
  'I asked how the session was going for him and invited his feedback on the approach; we adjusted the homework together.',
  'We talked about what happened between us, and I apologised for the cancellation.',
];
const FEEDBACK = ['ORS {o}; SRS {s}.', 'SRS {s}: client said the session "felt right".', 'Client said the pace of today\'s session suited her.'];
const GOALS = [
  'We agreed together on the goal of sleeping seven hours on five nights a week.',
  'Client chose the goal of returning to work part-time by spring.',
  'Goal set: reduce panic attacks to one a week.',
];
const NONADHERENCE = ['Client did not complete the homework this week.', 'He skipped the exposure task; we explored what got in the way and made it smaller.'];
const REACTION = ['I noticed feeling frustrated during the session; I will take this to supervision.', 'I felt bored at times; reflecting, it may mirror how others respond to her.'];
const ENDING = [
  'We reviewed together what changed over the work and what helped.',
  'Client identified early warning signs and what she will do if they return.',
  'He is already using the skills at work and with his son.',
  'She expects to keep growing after we stop.',
  'We talked about what ending means to her; she said it feels "like graduating".',
  'Gains: fewer panic attacks, back at work, sleeping through.',
  'He said he is proud of how he kept coming even on hard weeks.',
  'Therapy ended by mutual agreement after the planned 16 sessions.',
];
const LABELS = ['Client was non-compliant with medication.', 'Pt is resistant to treatment suggestions.', 'She was manipulative about scheduling.', 'He refused to discuss his drinking.'];
const CONTEXT = ['Client identifies as bisexual; discussed how this shapes what she wants from therapy.', 'Religion is important to him; he wants his faith respected in the work.', 'Prefers to be called Sam (they/them).'];
const IDENTIFIERS = ['Call back at 555-01{xx}.', 'Email from client.{xx}@example.org about rescheduling.', 'Insurance form lists 000-{xx}-{yyyy}.'];

function fill(r: Random, template: string): string {
  return template
    .replace(/\{f\}/g, () => pick(r, FEELINGS))
    .replace(/\{t\}/g, () => pick(r, TOPICS))
    .replace(/\{q\}/g, () => pick(r, QUOTES))
    .replace(/\{n\}/g, () => String(int(r, 3, 9)))
    .replace(/\{m\}/g, () => String(int(r, 2, 15)))
    .replace(/\{o\}/g, () => (int(r, 120, 380) / 10).toFixed(1))
    .replace(/\{s\}/g, () => String(int(r, 30, 40)))
    .replace(/\{d\}/g, () => `${int(r, 1, 12)}/${int(r, 1, 28)}`)
    .replace(/\{xx\}/g, () => String(int(r, 0, 99)).padStart(2, '0'))
    .replace(/\{yyyy\}/g, () => String(int(r, 0, 9999)).padStart(4, '0'));
}

function sentences(r: Random, bank: ReadonlyArray<() => string>, count: number): string[] {
  return Array.from({ length: count }, () => fill(r, pick(r, bank)()));
}

function scoreTable(r: Random): string {
  const rows = Array.from({ length: int(r, 2, 4) }, (_, i) => `| ${i + 1} | ${(int(r, 120, 380) / 10).toFixed(1)} | ${int(r, 30, 40)} |`);
  return ['| Session | ORS | SRS |', '| --- | :-: | --: |', ...rows].join('\n');
}

function list(r: Random, items: string[]): string {
  const ordered = chance(r, 0.25);
  return items
    .map((item, i) => {
      const line = `${ordered ? `${i + 1}.` : '-'} ${item}`;
      return chance(r, 0.15) ? `${line}\n  - ${fill(r, pick(r, PLAN)())}` : line;
    })
    .join('\n');
}

/** A section's body: prose, a list, sometimes a quote, a table, a marker. */
function sectionBody(r: Random, name: string, type: string): string {
  const parts: string[] = [];
  const lower = name.toLowerCase();
  const bank = /plan/.test(lower) ? PLAN : /object|behav/.test(lower) ? OBJECTIVE : /assess|response/.test(lower) ? ASSESSMENT : SUBJECTIVE;
  const prose = sentences(r, bank, int(r, 2, 4));
  if (chance(r, 0.3)) prose.push(fill(r, pick(r, WITHDRAWAL)));
  if (chance(r, 0.2)) prose.push(fill(r, pick(r, CONFRONTATION)));
  if (chance(r, 0.35)) prose.push(pick(r, REPAIR));
  if (chance(r, 0.1)) prose.push(pick(r, NONADHERENCE));
  if (chance(r, 0.08)) prose.push(pick(r, LABELS));
  if (chance(r, 0.05)) prose.push(pick(r, REACTION));
  if (chance(r, 0.05)) prose.push(fill(r, pick(r, IDENTIFIERS)));
  if (type === 'intake' && chance(r, 0.5)) prose.push(pick(r, CONTEXT));
  if (type === 'termination') prose.push(...ENDING.filter(() => chance(r, 0.6)));
  if (/plan|goal/.test(lower) && chance(r, 0.5)) prose.push(pick(r, GOALS));
  if (/plan/.test(lower) && chance(r, 0.5)) prose.push(fill(r, pick(r, FEEDBACK)));
  if (/plan|goal|intervention/.test(lower) || chance(r, 0.3)) parts.push(list(r, prose));
  else parts.push(prose.join(' '));
  if (chance(r, 0.2)) parts.push(`> "${pick(r, QUOTES)}"`);
  if (chance(r, 0.12)) parts.push(scoreTable(r));
  if (chance(r, 0.06)) parts.push('<!-- rapport-disable-next-line judgmental-language -- quoting the referral letter -->\nReferral letter: "non-compliant with appointments".');
  return parts.join('\n\n');
}

function sectionsFor(type: string, format: Format): string[] {
  switch (type) {
    case 'intake':
      return ['Presenting problem', 'History', 'Cultural and personal context', 'Assessment', 'Plan'];
    case 'termination':
      return format === 'free' ? ['Review of treatment', 'Ending', 'Plan'] : FORMAT_SECTIONS[format];
    case 'treatment-plan':
      return ['Problems', 'Goals', 'Interventions', 'Plan'];
    case 'psychotherapy':
      return ['Process', 'Therapist reflections'];
    default:
      return FORMAT_SECTIONS[format];
  }
}

export interface GeneratedNote {
  name: string;
  text: string;
}

/** Note `index` of the corpus for `seed`: about 3 KB, a realistic mix of types and formats. */
export function generateNote(seed: number, index: number): GeneratedNote {
  const r = seeded((seed * 1_000_003 + index * 7919) >>> 0);
  const type = pick(r, NOTE_TYPES);
  const format = type === 'treatment-plan' || type === 'intake' || type === 'psychotherapy' ? 'free' : pick(r, FORMATS);
  const session = int(r, 1, 40);
  const date = `2026-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`;
  const fields = [`type: ${type}`, `format: ${format}`, `client: C-${1000 + (index % 9000)}`, `date: ${date}`, `session: ${session}`];
  if (chance(r, 0.1)) fields.push('deidentified: true');
  if (chance(r, 0.03)) fields.splice(int(r, 0, fields.length - 1), 1); // a missing field now and then
  const useLabels = format !== 'free' && chance(r, 0.2);
  const body: string[] = [];
  for (const name of sectionsFor(type, format)) {
    if (chance(r, 0.03)) continue; // a missing section
    const content = sectionBody(r, name, type);
    body.push(useLabels ? `**${name}:** ${content}` : `## ${name}\n\n${content}`);
    // Pad toward ~3 KB with one more paragraph where the note is short.
    if (chance(r, 0.7)) body.push(sentences(r, SUBJECTIVE, int(r, 2, 4)).join(' '));
  }
  let text = `---\n${fields.join('\n')}\n---\n\n${body.join('\n\n')}\n`;
  while (text.length < 2600) text += `\n${sentences(r, ASSESSMENT, 3).join(' ')}\n`;
  const name = `${String(index).padStart(5, '0')}-${type}-${format.toLowerCase()}.md`;
  return { name, text };
}

/**
 * A running record: one file holding many sessions, each a `## Session n` heading with its own
 * SOAP subsections, until it reaches `bytes` (UTF-8).
 */
export function generateRunningRecord(seed: number, bytes: number): string {
  const r = seeded(seed ^ 0x5eed);
  const parts = ['---\ntype: progress\nformat: SOAP\nclient: C-4242\ndate: 2026-01-05\nsession: 1\n---\n\n# Running record\n'];
  let size = Buffer.byteLength(parts[0]!);
  for (let session = 1; size < bytes; session++) {
    const sections = FORMAT_SECTIONS.SOAP.map((name) => `### ${name}\n\n${sectionBody(r, name, 'progress')}`);
    const entry = `\n## Session ${session}: 2026-${String(1 + (session % 12)).padStart(2, '0')}-${String(1 + (session % 28)).padStart(2, '0')}\n\n${sections.join('\n\n')}\n`;
    parts.push(entry);
    size += Buffer.byteLength(entry);
  }
  return parts.join('');
}
