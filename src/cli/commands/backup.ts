import type { CliCommand } from '../context.js';

export const backupCommand: CliCommand = {
  name: 'backup',
  register(program, ctx) {
    program
      .command('backup')
      .description('write a consistent copy of the SQLite database to FILE, safely while the server runs')
      .argument('<file>', 'where to write the copy (must not exist yet)')
      .action(async (file: string) => {
        const [{ backup }, { maintenance, persistenceConfig }] = await Promise.all([
          import('../../server/db/maintenance.js'),
          import('../persistence.js'),
        ]);
        const result = await maintenance(() => backup(persistenceConfig(ctx), file));
        ctx.stdout.write(`Backed up to ${result.file} (${Math.ceil(result.bytes / 1024)} KiB).\n`);
      });
  },
};
