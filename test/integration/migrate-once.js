// One migrator in its own process, for the "several instances start at once" test: the built server's
// own code (dist, as `npm test` builds it first) opens the database from DATA_DIR / DATABASE_URL, says
// "ready", waits for "go" on stdin so every process starts migrating at the same moment, and prints
// what it ran as one JSON line.
import process from 'node:process';
import { migrateToLatest, openDatabase } from '../../dist/server/db/database.js';

const database = openDatabase({ dataDir: process.env.DATA_DIR ?? '', databaseUrl: process.env.DATABASE_URL || undefined });
process.stdout.write('ready\n');
process.stdin.once('data', async () => {
  try {
    const results = await migrateToLatest(database);
    process.stdout.write(`${JSON.stringify(results.map((r) => [r.migrationName, r.status]))}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ error: String(error) })}\n`);
    process.exitCode = 1;
  } finally {
    await database.close();
    process.stdin.destroy();
  }
});
