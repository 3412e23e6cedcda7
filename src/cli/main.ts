import { configJsonSchema } from '../core/config/schema.js';
import { rules } from '../core/rules/index.js';

const [command] = process.argv.slice(2);
if (command === 'schema') {
  process.stdout.write(`${JSON.stringify(configJsonSchema(rules), null, 2)}\n`);
} else {
  process.stderr.write('rapport: the CLI is being built; only `rapport schema` works yet.\n');
  process.exitCode = 2;
}
