import { UsageError, type CliCommand } from '../context.js';

/** The contract as JSON Schema (draft 2020-12): what `--input` accepts, and what `--json` prints. */
const SCHEMA_NAMES = ['intake', 'assessment'] as const;
type SchemaName = (typeof SCHEMA_NAMES)[number];
const isSchemaName = (name: string): name is SchemaName => (SCHEMA_NAMES as readonly string[]).includes(name);

async function jsonSchema(name: SchemaName): Promise<unknown> {
  // zod and the core's schemas load only for this command, not for `--help` or `techniques`.
  const [{ z }, { AssessmentSchema, IntakeSchema }] = await Promise.all([import('zod'), import('../../core/index.js')]);
  return name === 'intake' ? z.toJSONSchema(IntakeSchema, { io: 'input' }) : z.toJSONSchema(AssessmentSchema, { io: 'output' });
}

export const schemaCommand: CliCommand = {
  name: 'schema',
  register(program, ctx) {
    program
      .command('schema')
      .description('print the JSON Schema of an intake (what --input accepts) or of an assessment (what --json prints)')
      .argument('<name>', `one of: ${SCHEMA_NAMES.join(', ')}`)
      .action(async (name: string) => {
        if (!isSchemaName(name)) {
          throw new UsageError(`unknown schema "${name}". Choose one of: ${SCHEMA_NAMES.join(', ')}.`);
        }
        ctx.stdout.write(`${JSON.stringify(await jsonSchema(name), null, 2)}\n`);
      });
  },
};
