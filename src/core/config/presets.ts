import type { Rule } from '../rule.js';
import type { SeveritySetting } from '../types.js';

export const PRESETS = ['rapport:recommended', 'rapport:strict', 'rapport:all'] as const;
export type PresetName = (typeof PRESETS)[number];

export function isPreset(name: string): name is PresetName {
  return (PRESETS as readonly string[]).includes(name);
}

export interface PresetEntry {
  severity: SeveritySetting;
  options?: unknown;
}

/** Severities (and options, where a rule's metadata asks) a preset gives each rule. */
export function presetRules(preset: PresetName, rules: readonly Rule[]): Record<string, PresetEntry> {
  const entries: Record<string, PresetEntry> = {};
  for (const { meta } of rules) {
    const own = meta.presets?.[preset];
    if (own) {
      entries[meta.id] = own;
      continue;
    }
    let severity: SeveritySetting = meta.defaultSeverity;
    if (preset === 'rapport:strict' && severity !== 'off' && (meta.category === 'template' || meta.category === 'rupture')) {
      // Clinics that enforce their template and rupture documentation fail CI on them.
      severity = 'error';
    }
    if (preset === 'rapport:all' && severity === 'off') severity = meta.category === 'privacy' ? 'error' : 'warning';
    entries[meta.id] = { severity };
  }
  return entries;
}
