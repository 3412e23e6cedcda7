import * as vscode from 'vscode';
import type { Severity } from '../core/types.js';

export type VsSeverityName = 'Error' | 'Warning' | 'Information' | 'Hint' | 'Ignore';

export interface RapportSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  debounceMs: number;
  timeBudgetMs: number;
  /** From this many characters, typing lints the edited entries first (large-note mode). */
  largeNoteChars: number;
  /** From this many characters, a note is linted when opened and saved only, not as you type. */
  largeNoteSaveOnlyChars: number;
  /** In large-note mode, the full lint that follows the windowed ones once typing pauses this long. */
  largeNoteIdleMs: number;
  severityFor: Record<Severity, VsSeverityName>;
  /** What the settings say in config-file shape, for `defaultConfig(rules, overrides)`; a config file wins. */
  overrides: Record<string, unknown>;
}

/** The `rapport.*` settings for a resource (folder-level settings apply to its notes). */
export function readSettings(scope?: vscode.Uri): RapportSettings {
  const s = vscode.workspace.getConfiguration('rapport', scope);
  const overrides: Record<string, unknown> = { extends: `rapport:${s.get<string>('preset', 'recommended')}` };
  const rules = s.get<Record<string, unknown>>('rules', {});
  if (rules && Object.keys(rules).length > 0) overrides.rules = rules;
  for (const key of ['notes', 'ignore'] as const) {
    const globs = s.get<string[]>(key, []);
    if (globs.length > 0) overrides[key] = globs;
  }
  for (const key of ['templates', 'lexicon'] as const) {
    const value = s.get<Record<string, unknown>>(key, {});
    if (value && Object.keys(value).length > 0) overrides[key] = value;
  }
  if (s.get<boolean>('requireReason', false)) overrides.requireReason = true;
  return {
    enable: s.get<boolean>('enable', true),
    run: s.get<string>('run', 'onType') === 'onSave' ? 'onSave' : 'onType',
    debounceMs: Math.max(0, s.get<number>('debounceMs', 250)),
    timeBudgetMs: Math.max(0, s.get<number>('timeBudgetMs', 500)),
    largeNoteChars: Math.max(0, s.get<number>('largeNoteChars', 100_000)),
    largeNoteSaveOnlyChars: Math.max(0, s.get<number>('largeNoteSaveOnlyChars', 1_000_000)),
    largeNoteIdleMs: Math.max(0, s.get<number>('largeNoteIdleMs', 2000)),
    severityFor: {
      error: s.get<VsSeverityName>('severityForError', 'Error'),
      warning: s.get<VsSeverityName>('severityForWarning', 'Warning'),
      info: s.get<VsSeverityName>('severityForInfo', 'Information'),
    },
    overrides,
  };
}
