import { ConfigError, loadConfig, type ServerConfig } from '../server/config.js';
import { MaintenanceError } from '../server/db/maintenance.js';
import { UsageError, type CliContext } from './context.js';

// Loaded only by the commands that touch the server or the database (serve, migrate, backup, restore).

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
