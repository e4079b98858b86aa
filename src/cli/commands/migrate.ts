import type { CliCommand } from '../context.js';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  register(program, ctx) {
    program
      .command('migrate')
      .description('bring the database schema up to date (SQLite under DATA_DIR, or PostgreSQL at DATABASE_URL); the server also does this at start')
      .action(async () => {
        // Imported here, not at the top: only this command needs the database code (fast start-up for the rest).
        const [{ migrate }, { maintenance, persistenceConfig }] = await Promise.all([
          import('../../server/db/maintenance.js'),
          import('../persistence.js'),
        ]);
        const report = await maintenance(() => migrate(persistenceConfig(ctx)));
        const what = report.applied.length === 0 ? 'already up to date' : `applied ${report.applied.join(', ')}`;
        ctx.stdout.write(`${report.dialect}: ${what} (${report.total} migrations known).\n`);
      });
  },
};
