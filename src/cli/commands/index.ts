import type { CliCommand } from '../context.js';
import { assessCommand } from './assess.js';
import { backupCommand } from './backup.js';
import { migrateCommand } from './migrate.js';
import { movementCommand, movementsCommand } from './movements.js';
import { resetLinkCommand } from './reset-link.js';
import { restoreCommand } from './restore.js';
import { schemaCommand } from './schema.js';
import { serveCommand } from './serve.js';
import { techniqueCommand } from './technique.js';
import { techniquesCommand } from './techniques.js';

/**
 * Every `backrub` command, in the order `--help` lists them. To add one (serve, migrate, backup,
 * restore, ...): write `src/cli/commands/<name>.ts` exporting a `CliCommand`, and add it here.
 */
export const COMMANDS: readonly CliCommand[] = [
  assessCommand, techniquesCommand, techniqueCommand, movementsCommand, movementCommand, schemaCommand, serveCommand,
  migrateCommand, backupCommand, restoreCommand, resetLinkCommand,
];
