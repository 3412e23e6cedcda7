import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import type { Rule } from '../rule.js';
import { FORMAT_SECTIONS, SectionVocabulary } from '../parse/vocabulary.js';
import { NOTE_TYPES, type NoteType, type SeveritySetting } from '../types.js';
import { dirname, joinPath } from './paths.js';
import { isPreset, presetRules, PRESETS, type PresetEntry } from './presets.js';
import { configSchema, type ConfigFile, type TemplateConfig } from './schema.js';

/** Reads config files for the engine, which itself touches no file system. */
export interface ConfigHost {
  /** The file's text, or undefined when there is no such file. */
  readFile(path: string): string | undefined;
}

/** A config problem, said so that a clinic can fix it: which file, which key, what was expected. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

export interface GlobRef {
  /** Directory the pattern is relative to: the config file's own. */
  base: string;
  pattern: string;
}

export interface RuleSetting {
  severity: SeveritySetting;
  options: unknown;
}

export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  templates: Partial<Record<NoteType, TemplateConfig[]>>;
  lexicon: Record<string, string[]>;
  notes: GlobRef[];
  ignore: GlobRef[];
  requireReason: boolean;
  /** Config files that contributed, nearest last. */
  files: string[];
  /** Section names and aliases from the formats and the clinic's templates. */
  vocabulary: SectionVocabulary;
}

interface Layer {
  rules: Record<string, { severity: SeveritySetting; options?: unknown }>;
  templates: Partial<Record<NoteType, TemplateConfig[]>>;
  lexicon: Record<string, string[]>;
  notes: GlobRef[];
  ignore: GlobRef[];
  requireReason?: boolean;
  files: string[];
}

function emptyLayer(): Layer {
  return { rules: {}, templates: {}, lexicon: {}, notes: [], ignore: [], files: [] };
}

function presetLayer(name: (typeof PRESETS)[number], rules: readonly Rule[]): Layer {
  const entries: Record<string, PresetEntry> = presetRules(name, rules);
  return { ...emptyLayer(), rules: entries };
}

function merge(base: Layer, over: Layer): Layer {
  const rules = { ...base.rules };
  for (const [id, setting] of Object.entries(over.rules)) {
    // A severity alone keeps the options set further down, as ESLint does.
    rules[id] = { severity: setting.severity, options: setting.options ?? base.rules[id]?.options };
  }
  const lexicon = { ...base.lexicon };
  for (const [kind, phrases] of Object.entries(over.lexicon)) lexicon[kind] = [...(lexicon[kind] ?? []), ...phrases];
  return {
    rules,
    templates: { ...base.templates, ...over.templates },
    lexicon,
    notes: [...base.notes, ...over.notes],
    ignore: [...base.ignore, ...over.ignore],
    requireReason: over.requireReason ?? base.requireReason,
    files: [...base.files, ...over.files],
  };
}

/** Reads a `.rapportrc.json` or `.rapportrc.yaml` text into plain data. */
export function parseConfigText(text: string, file: string): unknown {
  if (/\.json$/i.test(file)) {
    try {
      return JSON.parse(text);
    } catch (error) {
      const position = /position (\d+)/.exec(String((error as Error).message));
      const where = position ? ` near ${lineColumn(text, Number(position[1]))}` : '';
      throw new ConfigError(file, [`not valid JSON${where}`]);
    }
  }
  try {
    return parseYaml(text, { prettyErrors: false });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [0, 0];
      throw new ConfigError(file, [`not valid YAML (${error.code}) at line ${line}, column ${column}`]);
    }
    throw new ConfigError(file, ['not valid YAML']);
  }
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // "Invalid input" says nothing: report the alternative that got furthest (its issues have the deepest paths).
    const depth = (issues: z.core.$ZodIssue[]) => Math.max(...issues.map((i) => i.path.length));
    const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0]!;
    if (best.length > 0 && depth(best) > 0) return best.map((inner) => describeIssue({ ...inner, path: [...issue.path, ...inner.path] })).join('; ');
  }
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `\`${k}\``).join(', ');
    if (issue.path.length === 1 && issue.path[0] === 'rules') return `rules: unknown rule ${keys} (run \`rapport rules\` for the list)`;
    return `${path}: unknown key ${keys}`;
  }
  return `${path}: ${issue.message}`;
}

/** Checks config data against the schema; the error names the file, the key path and what was expected. */
export function validateConfig(data: unknown, file: string, rules: readonly Rule[]): ConfigFile {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(file, [`expected an object of settings, found ${Array.isArray(data) ? 'a list' : typeof data}`]);
  }
  const result = configSchema(rules).safeParse(data);
  if (!result.success) throw new ConfigError(file, result.error.issues.map(describeIssue));
  return result.data;
}

function toLayer(config: ConfigFile, file: string): Layer {
  const base = dirname(file);
  const rules: Layer['rules'] = {};
  for (const [id, entry] of Object.entries(config.rules ?? {})) {
    if (entry === undefined) continue;
    if (typeof entry === 'string') rules[id] = { severity: entry };
    else rules[id] = { severity: entry[0], options: entry[1] };
  }
  const templates: Layer['templates'] = {};
  for (const type of NOTE_TYPES) {
    const template = config.templates?.[type];
    if (template) templates[type] = Array.isArray(template) ? template : [template];
  }
  return {
    rules,
    templates,
    lexicon: config.lexicon ?? {},
    notes: (config.notes ?? []).map((pattern) => ({ base, pattern })),
    ignore: (config.ignore ?? []).map((pattern) => ({ base, pattern })),
    requireReason: config.requireReason,
    files: [file],
  };
}

/**
 * Loads a config file and everything it extends. With no `extends`, a file builds on
 * `rapport:recommended`; a preset named in `extends` replaces that base.
 */
export function loadConfig(file: string, host: ConfigHost, rules: readonly Rule[]): ResolvedConfig {
  return finish(loadLayer(file, host, rules, []), rules);
}

function loadLayer(file: string, host: ConfigHost, rules: readonly Rule[], chain: string[]): Layer {
  if (chain.includes(file)) {
    throw new ConfigError(chain[0]!, [`extends: circular chain ${[...chain, file].join(' → ')}`]);
  }
  const text = host.readFile(file);
  if (text === undefined) {
    throw new ConfigError(chain[chain.length - 1] ?? file, [`extends: cannot read config file ${file}`]);
  }
  const config = validateConfig(parseConfigText(text, file), file, rules);
  const parents = config.extends === undefined ? ['rapport:recommended'] : [config.extends].flat();
  let layer = emptyLayer();
  for (const parent of parents) {
    if (parent.startsWith('rapport:')) {
      if (!isPreset(parent)) {
        throw new ConfigError(file, [`extends: unknown preset \`${parent}\` (expected one of ${PRESETS.join(', ')})`]);
      }
      layer = merge(layer, presetLayer(parent, rules));
    } else {
      layer = merge(layer, loadLayer(joinPath(dirname(file), parent), host, rules, [...chain, file]));
    }
  }
  return merge(layer, toLayer(config, file));
}

/** The config used where no file is found: the recommended preset, optionally with editor settings on top. */
export function defaultConfig(rules: readonly Rule[], overrides?: unknown, label = 'settings'): ResolvedConfig {
  let layer = presetLayer('rapport:recommended', rules);
  if (overrides !== undefined) {
    const config = validateConfig(overrides, label, rules);
    const parents = config.extends === undefined ? [] : [config.extends].flat();
    for (const parent of parents) {
      if (!isPreset(parent)) throw new ConfigError(label, [`extends: only presets can be extended here, not \`${parent}\``]);
      layer = merge(layer, presetLayer(parent, rules));
    }
    layer = merge(layer, { ...toLayer(config, label), files: [] });
  }
  return finish(layer, rules);
}

function finish(layer: Layer, rules: readonly Rule[]): ResolvedConfig {
  const settings: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    const entry = layer.rules[rule.meta.id];
    const parsed = rule.meta.options.safeParse(entry?.options ?? {});
    if (!parsed.success) {
      const file = layer.files[layer.files.length - 1] ?? 'config';
      throw new ConfigError(file, parsed.error.issues.map((issue) => describeIssue({ ...issue, path: ['rules', rule.meta.id, ...issue.path] })));
    }
    settings[rule.meta.id] = { severity: entry?.severity ?? 'off', options: parsed.data };
  }
  // The clinic's own names go first, so its aliases win over the formats' defaults.
  const vocabulary = new SectionVocabulary([]);
  for (const templates of Object.values(layer.templates)) {
    for (const template of templates ?? []) {
      for (const section of template.sections ?? []) {
        vocabulary.add(typeof section === 'string' ? { name: section, aliases: [] } : { name: section.name, aliases: section.aliases ?? [] });
      }
    }
  }
  for (const section of Object.values(FORMAT_SECTIONS).flat()) vocabulary.add(section);
  return {
    rules: settings,
    templates: layer.templates,
    lexicon: layer.lexicon,
    notes: layer.notes,
    ignore: layer.ignore,
    requireReason: layer.requireReason ?? false,
    files: layer.files,
    vocabulary,
  };
}
