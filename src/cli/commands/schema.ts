import { z } from 'zod';
import { AssessmentSchema, IntakeSchema } from '../../core/index.js';
import { UsageError, type CliCommand } from '../context.js';

/** The contract as JSON Schema (draft 2020-12): what `--input` accepts, and what `--json` prints. */
export const SCHEMAS = {
  intake: () => z.toJSONSchema(IntakeSchema, { io: 'input' }),
  assessment: () => z.toJSONSchema(AssessmentSchema, { io: 'output' }),
} as const;

type SchemaName = keyof typeof SCHEMAS;
const isSchemaName = (name: string): name is SchemaName => Object.hasOwn(SCHEMAS, name);

export const schemaCommand: CliCommand = {
  name: 'schema',
  register(program, ctx) {
    program
      .command('schema')
      .description('print the JSON Schema of an intake (what --input accepts) or of an assessment (what --json prints)')
      .argument('<name>', `one of: ${Object.keys(SCHEMAS).join(', ')}`)
      .action((name: string) => {
        if (!isSchemaName(name)) {
          throw new UsageError(`unknown schema "${name}". Choose one of: ${Object.keys(SCHEMAS).join(', ')}.`);
        }
        ctx.stdout.write(`${JSON.stringify(SCHEMAS[name](), null, 2)}\n`);
      });
  },
};
