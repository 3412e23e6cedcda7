// A fictitious running record for the large-note tests: one progress note holding many sessions,
// each a `## Session n` entry with its SOAP subsections. Deterministic; no real client.

const SUBJECTIVE = [
  'Client described the week at work and at home, the sleep diary and the two worry periods she kept.',
  'She said "it was easier on the days I walked" and rated the session 9/10.',
  'Reports sleeping six hours most nights; the evening routine held on four of seven days.',
  'Client talked about the visit to her brother and the plan to call him on Sundays.',
];
const OBJECTIVE = ['Alert, oriented, speech normal in rate and volume.', 'Engaged throughout; affect brighter than last week.', 'Brought the completed thought record.'];
const ASSESSMENT = ['Mood improving with the walking routine.', 'Worry periods are shorter; avoidance of the office is easing.', 'Progress toward the sleep goal is steady.'];
/** A line that some rule reports, so entries across the record carry line-level diagnostics. */
export const FLAGGED_LINE = 'Client was noncompliant with the homework this week.';
/** A withdrawal marker with no repair step (withdrawal-repair reports it). */
export const WITHDRAWAL_LINE = 'When I asked about her sister she went silent and gave short answers for the rest of the hour.';

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

export function sessionEntry(n: number): string {
  const month = String(1 + (n % 12)).padStart(2, '0');
  const day = String(1 + (n % 28)).padStart(2, '0');
  const flagged = n % 5 === 0 ? ` ${FLAGGED_LINE}` : '';
  return (
    `\n## Session ${n}: 2026-${month}-${day}\n\n` +
    `### Subjective\n\n${pick(SUBJECTIVE, n)} ${pick(SUBJECTIVE, n + 1)}\n\n${pick(SUBJECTIVE, n + 2)}${flagged}\n\n` +
    `### Objective\n\n${pick(OBJECTIVE, n)} ${pick(OBJECTIVE, n + 1)}\n\n` +
    `### Assessment\n\n${pick(ASSESSMENT, n)} ${pick(ASSESSMENT, n + 2)}\n\n` +
    `### Plan\n\n- Next session ${month}/${day}: review the sleep diary together.\n`
  );
}

/** A running record of at least `chars` characters. */
export function runningRecord(chars: number): string {
  const parts = ['---\ntype: progress\nformat: SOAP\nclient: C-7310\ndate: 2026-01-05\nsession: 1\n---\n\n# Running record\n'];
  let size = parts[0]!.length;
  for (let n = 1; size < chars; n++) {
    const entry = sessionEntry(n);
    parts.push(entry);
    size += entry.length;
  }
  return parts.join('');
}
