import { ConfigError, loadConfig, type ServerConfig } from '../../server/config.js';
import { MaintenanceError, migrate } from '../../server/db/maintenance.js';
import { UsageError, type CliCommand, type CliContext } from '../context.js';

/** The server's config from the environment; a bad variable is the person's to fix (exit 2). */
export function persistenceConfig(ctx: CliContext): ServerConfig {
  try {
    return loadConfig(ctx.env);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** Runs a maintenance step; its refusals (file exists, server running, ...) are usage errors. */
export async function maintenance<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof MaintenanceError) throw new UsageError(error.message);
    throw error;
  }
}

export const migrateCommand: CliCommand = {
  name: 'migrate',
  register(program, ctx) {
    program
      .command('migrate')
      .description('bring the database schema up to date (SQLite under DATA_DIR, or PostgreSQL at DATABASE_URL); the server also does this at start')
      .action(async () => {
        const report = await maintenance(() => migrate(persistenceConfig(ctx)));
        const what = report.applied.length === 0 ? 'already up to date' : `applied ${report.applied.join(', ')}`;
        ctx.stdout.write(`${report.dialect}: ${what} (${report.total} migrations known).\n`);
      });
  },
};
