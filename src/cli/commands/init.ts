import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { FORMAT_SECTIONS } from '../../core/parse/vocabulary.js';
import { EXIT_USAGE, type CliIo } from '../io.js';

export type InitTemplate = 'SOAP' | 'DAP' | 'BIRP' | 'GIRP' | 'PIRP';
export type InitPreset = 'recommended' | 'strict' | 'all';

/** The starting config a clinic edits: a preset, its progress-note template, and where notes live. */
export function initialConfig(template: InitTemplate, preset: InitPreset): string {
  const config = {
    extends: `rapport:${preset}`,
    notes: ['notes/**/*.md'],
    ignore: ['**/drafts/**'],
    templates: {
      progress: {
        format: template,
        sections: FORMAT_SECTIONS[template].map((s) => ({ name: s.name, aliases: s.aliases })),
        requiredFields: ['type', 'client', 'date', 'session'],
      },
    },
    rules: { 'plan-next-step': 'info' },
    requireReason: true,
  };
  return [
    '# Rapport configuration. Every key is checked against the schema; `rapport rules` lists rule ids.',
    '# Markdown files are notes when their frontmatter has a known `type`, or when they match `notes`.',
    stringify(config),
  ].join('\n');
}

/** `rapport init`: writes .rapportrc.yaml in the working folder, never over an existing one. */
export function runInit(template: string, preset: string, force: boolean, io: CliIo): number {
  if (!(template in FORMAT_SECTIONS)) {
    io.stderr(`rapport: --template must be one of ${Object.keys(FORMAT_SECTIONS).join(', ')}\n`);
    return EXIT_USAGE;
  }
  if (!['recommended', 'strict', 'all'].includes(preset)) {
    io.stderr('rapport: --preset must be one of recommended, strict, all\n');
    return EXIT_USAGE;
  }
  const file = join(io.cwd, '.rapportrc.yaml');
  const existing = ['.rapportrc.json', '.rapportrc.yaml', '.rapportrc.yml'].find((name) => existsSync(join(io.cwd, name)));
  if (existing && !force) {
    io.stderr(`rapport: ${existing} already exists here; it was left as it is (use --force to replace it)\n`);
    return EXIT_USAGE;
  }
  writeFileSync(file, initialConfig(template as InitTemplate, preset as InitPreset));
  io.stdout(`Wrote .rapportrc.yaml (${template} progress-note template, rapport:${preset}). Run \`rapport lint\` next.\n`);
  return 0;
}
