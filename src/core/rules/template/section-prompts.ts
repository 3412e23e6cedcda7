// What belongs in each template section (DOMAIN.md §5.1), as the placeholder a quick fix inserts,
// so a trainee sees what the section is for while tabbing through it.
const PROMPTS: Record<string, string> = {
  Subjective: "the client's report, in their own words",
  Objective: 'observations, mental status, measures (e.g. ORS, PHQ-9)',
  Assessment: 'clinical impressions and progress toward the goals',
  Plan: 'next step: date, task, and who does what',
  Data: "the client's report and your observations",
  Behavior: 'how the client presented and what they did in session',
  Intervention: 'what you did, and why',
  Response: "the client's response to the interventions",
  Goal: 'the treatment-plan goal this session addressed',
  Problem: 'the problem this session addressed',
};

export function sectionPrompt(name: string): string {
  return PROMPTS[name] ?? 'what happened, or "Not addressed this session."';
}
