import type { CliCommand } from '../context.js';

export const restoreCommand: CliCommand = {
  name: 'restore',
  register(program, ctx) {
    program
      .command('restore')
      .description('replace the SQLite database with a backup made by `backrub backup` (stop the server first; the current database is kept beside it)')
      .argument('<file>', 'a backup file')
      .action(async (file: string) => {
        const [{ restore }, { maintenance, persistenceConfig }] = await Promise.all([
          import('../../server/db/maintenance.js'),
          import('../persistence.js'),
        ]);
        const result = await maintenance(() => restore(persistenceConfig(ctx), file));
        ctx.stdout.write(`Restored from ${result.restoredFrom}.\n`);
        if (result.previousKeptAt) ctx.stdout.write(`The database it replaced is kept at ${result.previousKeptAt}.\n`);
        if (result.migrated.length > 0) ctx.stdout.write(`Brought it up to date: ${result.migrated.join(', ')}.\n`);
      });
  },
};
