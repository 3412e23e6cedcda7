// Goals: who set a goal (read on the development sets in the eighteenth session), written as new fictitious sentences, each
// beside a look-alike.
// A goal added after the team meeting, by the dietitian or "clinician-added" is the clinician's alone, whatever the list's
// lead-in says of the other goals; "added at her request" is hers.
// A bracketed aside says who chose the goal: the goal's own "without" or "No" does not negate it.
// The client's part may sit in a label's title ("Goals - picked by him:"), a possessive aside ("Goals (his):"), a named client's
// goal or words ("Marek's goal:"), or "set with Ines".
// A label line written right under a list with no blank line ("Treatment focus: …") is a field of its own, not the list's last
// item: the list's lead-in does not speak for it.
// The client named with "and I" or "and T" ("Goals Tomasz and I agreed", "Pt and T agreed") set the goals with the therapist,
// as "we" did; a parent or a doctor named so ("his mum and I", "Dr Okafor and I") did not (twenty-second session).
import { table } from './sentence-table.js';

const LEAD = 'Goals agreed with her at session 2:\n\n1. Walk to the corner shop alone.\n2. Sleep in her own bed most nights.\n';
const inPlan = (goal: string): string => `# Treatment plan\n\n${LEAD}${goal}\n\n## Plan\n\n- Next session 8/10: exposure hierarchy.`;

describe('goals: who set a goal', function () {
  this.timeout(20000);

  describe('a goal added by the clinician or the team, under a lead-in the client agreed', () => {
    table(
      'goals-collaborative',
      [
        ['3. Added after the team review on 4/10: attend the medication clinic monthly.', true],
        ['3. Attend the medication clinic monthly (added by the dietetic team after the case meeting).', true],
        ['3. Attend the medication clinic monthly (clinician-added, not yet talked through with her).', true],
        ['Goal added by me after the MDT on 2 March: attend the medication clinic monthly.', true],
        ['Further goal (MDT): reduce crisis-line calls to one a week.', true],
        ['Clinician goal: reduce crisis-line calls to one a week.', true],
        ['3. Attend the medication clinic monthly (added at her request after the review).', false],
        ['3. Attend the medication clinic monthly.', false],
      ],
      inPlan,
      'treatment-plan',
    );
  });

  describe('an aside in brackets says who chose the goal', () => {
    table(
      'goals-collaborative',
      [
        ['Goal: ride the bus into town without her sister (her goal, picked at intake).', false],
        ['Goal: no more than one drink on weeknights (his choice, set in session 3).', false],
        ['Goal: eat lunch at work without hiding in the car ("stop eating in the car park").', false],
        ['Goal: ride the bus into town without her sister.', true],
        ['Goal: no more than one drink on weeknights (set by me after supervision).', true],
      ],
      (goal) => `${goal}\n\n## Plan\n\n- Next session 8/10: exposure hierarchy.`,
    );
  });

  describe("the client's part in a label, an aside or a name", () => {
    table(
      'goals-collaborative',
      [
        ['Goals - picked by him: 1) back on the night bus; 2) ring his brother weekly.', false],
        ['Goals (his): back on the night bus; ring his brother weekly.', false],
        ["Marek's goal: back on the night bus by spring.", false],
        ['Goal: back on the night bus by spring, set with Ines in March.', false],
        ['Goals: back on the night bus; ring his brother weekly.', true],
        ["Counsellor's goal: back on the night bus by spring.", true],
      ],
      (goal) => `${goal}\n\n## Plan\n\n- Next session 8/10: exposure hierarchy.`,
      'intake',
    );
  });

  describe('a label line right under a list is a field of its own', () => {
    const plan = (line: string): string =>
      `Goals agreed with Tomasz at the review:\n- Walk the dog to the park daily.\n- Sleep six hours on work nights.\n${line}\n\n## Plan\n\n- Next session 8/10: exposure hierarchy.`;
    table(
      'goals-collaborative',
      [
        ['Treatment focus: trauma-focused CBT, 12 sessions.', true],
        ['Treatment focus: trauma-focused CBT, 12 sessions (he chose the order of the memories).', false],
        ['and keep the Sunday phone call with his sister.', false],
      ],
      plan,
      'treatment-plan',
    );
  });

  describe('the client named with "and I" set the goals with the therapist, as "we" did', () => {
    const plan = (lead: string): string =>
      `${lead}\n1. Walk the dog to the park daily.\n2. Sleep six hours on work nights.\n\n## Plan\n\n- Next session 8/10: exposure hierarchy.`;
    table(
      'goals-collaborative',
      [
        ['Goals Tomasz and I agreed at the review:', false],
        ['She and I agreed these goals today:', false],
        ['Goals his mum and I agreed at the review:', true],
        ['Goals Dr Okafor and I agreed at the review:', true],
        ['Pt and T agreed the goals at the review:', false],
        ['Mum and T agreed the goals at the review:', true],
      ],
      plan,
      'treatment-plan',
    );
  });
});
