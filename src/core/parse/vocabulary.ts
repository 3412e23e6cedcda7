import type { NoteFormat } from '../types.js';

/** A template section as a clinic names it, with the other names clinicians write for it. */
export interface SectionName {
  name: string;
  aliases: string[];
}

// The formats' sections, in order (DOMAIN.md §5.1). Single letters are what clinicians write as
// labels (`S:`); "Behaviour" is the British spelling of BIRP's B.
export const FORMAT_SECTIONS: Record<Exclude<NoteFormat, 'free'>, SectionName[]> = {
  SOAP: [
    { name: 'Subjective', aliases: ['S'] },
    { name: 'Objective', aliases: ['O'] },
    { name: 'Assessment', aliases: ['A'] },
    { name: 'Plan', aliases: ['P'] },
  ],
  DAP: [
    { name: 'Data', aliases: ['D'] },
    { name: 'Assessment', aliases: ['A'] },
    { name: 'Plan', aliases: ['P'] },
  ],
  BIRP: [
    { name: 'Behavior', aliases: ['Behaviour', 'Behaviors', 'Behaviours', 'B'] },
    { name: 'Intervention', aliases: ['Interventions', 'I'] },
    { name: 'Response', aliases: ['R'] },
    { name: 'Plan', aliases: ['P'] },
  ],
  GIRP: [
    { name: 'Goal', aliases: ['Goals', 'G'] },
    { name: 'Intervention', aliases: ['Interventions', 'I'] },
    { name: 'Response', aliases: ['R'] },
    { name: 'Plan', aliases: ['P'] },
  ],
  PIRP: [
    { name: 'Problem', aliases: ['Problems'] },
    { name: 'Intervention', aliases: ['Interventions', 'I'] },
    { name: 'Response', aliases: ['R'] },
    { name: 'Plan', aliases: ['P'] },
  ],
};

/** Normalises a heading or label for matching: case, surrounding markup and punctuation do not matter. */
export function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/^\s*(?:\d+[.)]|[ivx]+\.)\s*/, '')
    .replace(/[\s:.\-–—]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Maps every normalised name and alias to its section name. Single letters only match label lines. */
export class SectionVocabulary {
  private readonly names = new Map<string, string>();

  constructor(sections: Iterable<SectionName>) {
    for (const section of sections) this.add(section);
  }

  add(section: SectionName): void {
    for (const alias of [section.name, ...section.aliases]) {
      const key = normaliseTitle(alias);
      if (key && !this.names.has(key)) this.names.set(key, section.name);
    }
  }

  /**
   * The section a heading names. "Plan", "PLAN", "Plan:" and "Plan (next steps)" all name Plan;
   * a bare letter names a section only as a label (`S:`), since `## A` is rarely a SOAP heading
   * (headings that spell out a format's initials are named in sections.ts).
   */
  lookup(title: string, asLabel = false): string | null {
    const key = normaliseTitle(title);
    if (!key) return null;
    if (key.length === 1 && !asLabel) return null;
    const exact = this.names.get(key);
    if (exact) return exact;
    // "Plan (next session)", "Assessment / formulation": the first words name the section.
    const head = key.split(/\s*[(/|,–—-]\s*|\s+and\s+|\s+&\s+/)[0]!.trim();
    if (head.length > 1 && head !== key) return this.names.get(head) ?? null;
    return null;
  }

  static defaults(): SectionVocabulary {
    return new SectionVocabulary(Object.values(FORMAT_SECTIONS).flat());
  }
}

/** Guesses the format from the template sections present, for notes that do not declare one. */
export function inferFormat(sectionNames: Set<string>): NoteFormat {
  let best: NoteFormat = 'free';
  let bestScore = 0;
  for (const [format, sections] of Object.entries(FORMAT_SECTIONS) as [NoteFormat, SectionName[]][]) {
    const present = sections.filter((s) => sectionNames.has(s.name)).length;
    // Most of a format's distinctive sections must be there; Plan alone says nothing.
    const score = present / sections.length;
    if (present >= 2 && score >= 0.75 && score > bestScore) {
      best = format;
      bestScore = score;
    }
  }
  return best;
}
