import { z } from 'zod';
import { NOTE_FORMATS, NOTE_TYPES, SEVERITIES } from '../types.js';
import type { Rule } from '../rule.js';
import { CUE_KINDS } from '../cues/lexicon.js';

export const severitySchema = z.enum(SEVERITIES).describe('off, info, warning or error');

export const templateSectionSchema = z.union([
  z.string().min(1).describe('A required section, by name'),
  z
    .object({
      name: z.string().min(1).describe('The section name as the clinic writes it'),
      aliases: z.array(z.string().min(1)).optional().describe('Other headings or labels that count as this section'),
      required: z.boolean().optional().describe('Whether the section must be present (default true)'),
    })
    .strict(),
]);

export const templateSchema = z
  .object({
    format: z.enum(NOTE_FORMATS).optional().describe('The format this template is for; absent means every format of the note type'),
    sections: z.array(templateSectionSchema).optional().describe("The clinic's sections, in order; replaces the format's own sections"),
    order: z.boolean().optional().describe('Whether section-order checks the order of these sections (default true)'),
    requiredFields: z.array(z.string().min(1)).optional().describe('Frontmatter fields every note of this type must have'),
  })
  .strict();

const templatesSchema = z
  .object(Object.fromEntries(NOTE_TYPES.map((type) => [type, z.union([templateSchema, z.array(templateSchema)]).optional()])))
  .strict()
  .describe('Clinic templates per note type');

/** The config file's schema. Rule entries are checked against each rule's own options schema. */
export function configSchema(rules: readonly Rule[]) {
  const ruleEntries = Object.fromEntries(
    rules.map((rule) => [
      rule.meta.id,
      z
        .union([severitySchema, z.tuple([severitySchema]), z.tuple([severitySchema, rule.meta.options])])
        .optional()
        .describe(rule.meta.docs.summary),
    ]),
  );
  return z
    .object({
      $schema: z.string().optional(),
      extends: z
        .union([z.string(), z.array(z.string())])
        .optional()
        .describe('Presets (rapport:recommended, rapport:strict, rapport:all) or config files, relative to this one'),
      notes: z.array(z.string()).optional().describe('Globs of markdown files that are notes even without a `type` in their frontmatter'),
      ignore: z.array(z.string()).optional().describe('Globs of files never to lint'),
      rules: z.object(ruleEntries).strict().optional().describe('Severity, and options, per rule'),
      templates: templatesSchema.optional(),
      lexicon: z
        .partialRecord(z.enum(CUE_KINDS), z.array(z.string().min(1)))
        .optional()
        .describe('Phrases to add per cue kind, e.g. {"repair-step": ["revisited the alliance"]}'),
      requireReason: z.boolean().optional().describe('Inline disable comments must give a reason after `--`'),
    })
    .strict();
}

export type ConfigFile = z.output<ReturnType<typeof configSchema>>;
export type TemplateConfig = z.output<typeof templateSchema>;
export type TemplateSectionConfig = z.output<typeof templateSectionSchema>;

/** The JSON Schema (draft-7) that editors use to check and complete `.rapportrc.*` files. */
export function configJsonSchema(rules: readonly Rule[]): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema(rules), { target: 'draft-7', io: 'input', unrepresentable: 'any' }),
    title: 'Rapport configuration (.rapportrc.json / .rapportrc.yaml)',
  };
}
