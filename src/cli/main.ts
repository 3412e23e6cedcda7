import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { configJsonSchema } from '../core/config/schema.js';
import { rules } from '../core/rules/index.js';
import { runExplain } from './commands/explain.js';
import { runInit } from './commands/init.js';
import { runLint } from './commands/lint.js';
import { runRules } from './commands/rules.js';
import { EXIT_USAGE, type CliIo } from './io.js';

const HELP = `Usage: rapport <command> [options]

Commands:
  lint [paths|globs...]   Lint notes (default: the current folder). A file named here is always
                          linted; in folders, only notes (a known \`type\` in the frontmatter, or a
                          match of the config's \`notes\` globs). Respects .gitignore and \`ignore\`.
  rules                   List the rules
  explain <rule>          Why a rule matters and what satisfies it
  init                    Write a starting .rapportrc.yaml here
  schema                  Print the config's JSON Schema

Lint options:
  -c, --config FILE       Use this config instead of finding .rapportrc.* files
  -f, --format NAME       stylish (default), json or sarif
  -o, --output FILE       Write the report to a file
  --max-warnings N        Exit 1 when there are more than N warnings
  --quiet                 Report errors only
  --include-excerpts      Put the note's words in json/sarif reports (off: reports carry no note text)
  --no-inline-config      Ignore rapport-disable comments

Init options:
  --template NAME         SOAP (default), DAP, BIRP, GIRP or PIRP
  --preset NAME           recommended (default), strict or all
  --force                 Replace an existing config

Exit codes: 0 clean or warnings only, 1 errors (or more warnings than --max-warnings), 2 usage or config error.
`;

export function main(argv: string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        'include-excerpts': { type: 'boolean' },
        'no-inline-config': { type: 'boolean' },
        template: { type: 'string' },
        preset: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    io.stderr(`rapport: ${(error as Error).message}\nRun \`rapport --help\` for usage.\n`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (values.help || !command) {
    (command || values.help ? io.stdout : io.stderr)(HELP);
    return values.help ? 0 : EXIT_USAGE;
  }
  const format = values.format ?? 'stylish';
  switch (command) {
    case 'lint': {
      if (!['stylish', 'json', 'sarif'].includes(format)) {
        io.stderr(`rapport: --format must be stylish, json or sarif, not "${format}"\n`);
        return EXIT_USAGE;
      }
      let maxWarnings: number | null = null;
      if (values['max-warnings'] !== undefined) {
        maxWarnings = Number(values['max-warnings']);
        if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
          io.stderr('rapport: --max-warnings takes a whole number of 0 or more\n');
          return EXIT_USAGE;
        }
      }
      return runLint(
        {
          patterns: rest,
          config: values.config ?? null,
          format: format as 'stylish' | 'json' | 'sarif',
          output: values.output ?? null,
          maxWarnings,
          quiet: values.quiet ?? false,
          includeExcerpts: values['include-excerpts'] ?? false,
          inlineConfig: !values['no-inline-config'],
          version,
        },
        io,
      );
    }
    case 'rules':
      return runRules(format === 'json' ? 'json' : 'stylish', io);
    case 'explain':
      return runExplain(rest[0], io);
    case 'init':
      return runInit(values.template ?? 'SOAP', values.preset ?? 'recommended', values.force ?? false, io);
    case 'schema':
      io.stdout(`${JSON.stringify(configJsonSchema(rules), null, 2)}\n`);
      return 0;
    default:
      io.stderr(`rapport: unknown command "${command}"\n\n${HELP}`);
      return EXIT_USAGE;
  }
}
