// Diary figures for the closing note, on SQLite and (when reachable) PostgreSQL:
//  - diary writes per second through the real API (POST /api/diary/entries, signed in, CSRF checked),
//    beside two baselines measured in the same run: a bare HTTP route of the same server (GET /healthz)
//    and plain inserts through the diary repository with no HTTP at all;
//  - dashboard time for a person with 10 years of daily entries (seeded through the repository), through
//    the service and over HTTP, beside a bare `select 1` round trip.
// Usage: npm run bench:diary (builds first), or node bench/diary.bench.js after `npm run build`.
// PostgreSQL: uses BENCH_DATABASE_URL, TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test to create
// a throwaway database (dropped afterwards); skipped when none answers. BENCH_SECONDS (default 4) per round.
/* global fetch, performance */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childServerUrl } from './child-server.js';
import autocannon from 'autocannon';
import pg from 'pg';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 10;
const YEARS = 10;

// ---- child: the real server on the given database -------------------------------------------------
async function serve() {
  const { buildServer } = await import('../dist/server/app.js');
  const { accountsFeature } = await import('../dist/server/accounts.js');
  const { loadConfig } = await import('../dist/server/config.js');
  const env = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '1000000000', DATA_DIR: process.env.BENCH_DATA_DIR };
  if (process.env.BENCH_PG_URL) env.DATABASE_URL = process.env.BENCH_PG_URL;
  const config = loadConfig(env);
  // Production settings (scrypt N=2^17 included) except the log level.
  const app = buildServer(config, { logger: false, features: [accountsFeature({ config })] });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`${JSON.stringify({ url })}\n`);
  process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
}

// ---- parent ------------------------------------------------------------------------------------------
function startServer(env) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--serve'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return childServerUrl(child, 'the diary');
}

function stopServer(child) {
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

async function signUp(url) {
  const response = await fetch(`${url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `bench-${randomBytes(4).toString('hex')}@example.org`, password: 'a bench password' }),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const body = await response.json();
  return { cookie: response.headers.get('set-cookie').split(';')[0], csrf: body.csrfToken, userId: body.user.id };
}

async function load(options) {
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  const ok = result['2xx'];
  if (result.non2xx > 0 || result.errors > 0) console.warn(`  (${result.non2xx} non-2xx, ${result.errors} errors)`);
  return ok / SECONDS;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timeMs(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

const entryBody = JSON.stringify({
  occurredAt: '2025-06-01T20:30:00+02:00', painBefore: 6, painAfter: 3, areas: [{ area: 'lower-back', intensity: 6 }],
  techniques: ['tennis-ball'], source: 'session', durationMinutes: 12, pressureFelt: 5, notes: 'Evening session.', triggers: ['desk work'],
});

function tenYearsOfDays(todayDay) {
  const entries = [];
  for (let day = todayDay - YEARS * 365; day <= todayDay; day++) {
    const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    const before = 3 + (day % 5);
    entries.push({
      id: `seed-${day}-${randomBytes(3).toString('hex')}`,
      input: {
        occurredAt: `${date}T19:00:00+01:00`, painBefore: before, painAfter: Math.max(0, before - (day % 4)),
        areas: [{ area: 'lower-back', intensity: before }], techniques: day % 3 === 0 ? ['tennis-ball'] : ['hand-massage', 'swedish'],
        source: 'session', durationMinutes: 10, notes: '', triggers: [],
      },
      createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(),
    });
  }
  return entries;
}

async function benchDialect(name, persistence, serverEnv) {
  const { openDatabase, migrateToLatest, ping } = await import('../dist/server/db/database.js');
  const { DiaryService } = await import('../dist/server/diary/diary.service.js');
  const { DEFAULT_ACCOUNT_SETTINGS } = await import('../dist/server/auth/context.js');
  const { randomUUID } = await import('node:crypto');

  const { child, url } = await startServer(serverEnv);
  try {
    const writer = await signUp(url);
    const historian = await signUp(url);
    const headers = { 'content-type': 'application/json', cookie: writer.cookie, 'x-csrf-token': writer.csrf };

    await load({ url: `${url}/healthz`, duration: 1 }); // warm-up
    const bareRoute = await load({ url: `${url}/healthz` });
    const apiWrites = await load({ url: `${url}/api/diary/entries`, method: 'POST', headers, body: entryBody });

    const database = openDatabase(persistence);
    await migrateToLatest(database);
    const diary = new DiaryService({ database, clock: () => new Date(), settings: DEFAULT_ACCOUNT_SETTINGS });
    const input = JSON.parse(entryBody);
    input.areas = input.areas ?? [];
    let inserts = 0;
    const until = performance.now() + 2000;
    while (performance.now() < until) {
      await diary.entries.insertEntry(writer.userId, randomUUID(), input, new Date().toISOString());
      inserts += 1;
    }
    const plainInserts = inserts / 2;

    const today = Math.floor(Date.now() / 86_400_000);
    const seed = tenYearsOfDays(today);
    const seedStart = performance.now();
    await diary.entries.importEntries(historian.userId, seed);
    const seedMs = performance.now() - seedStart;
    const from = new Date((today - YEARS * 365) * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(today * 86_400_000).toISOString().slice(0, 10);
    await diary.dashboard(historian.userId, { from, to });
    const dashboardService = await timeMs(() => diary.dashboard(historian.userId, { from, to }), 15);
    const dashboard90 = await timeMs(() => diary.dashboard(historian.userId, {}), 15);
    const selectOne = await timeMs(() => ping(database), 50);
    const dashboardHttp = await timeMs(async () => {
      const response = await fetch(`${url}/api/diary/dashboard?from=${from}&to=${to}`, { headers: { cookie: historian.cookie } });
      if (response.status !== 200) throw new Error(`dashboard: ${response.status}`);
      await response.json();
    }, 15);
    await database.close();

    console.log(`\n${name}`);
    console.log(`  diary writes through the API  ${apiWrites.toFixed(0).padStart(7)} /s   (${CONNECTIONS} connections, ${SECONDS}s)`);
    console.log(`  baseline: bare GET /healthz   ${bareRoute.toFixed(0).padStart(7)} /s   -> API write = ${((apiWrites / bareRoute) * 100).toFixed(0)}% of a bare route`);
    console.log(`  baseline: repository inserts  ${plainInserts.toFixed(0).padStart(7)} /s   (one at a time, no HTTP) -> API = ${((apiWrites / plainInserts) * 100).toFixed(0)}%`);
    console.log(`  dashboard, ${seed.length} daily entries over ${YEARS} years (monthly points):`);
    console.log(`    service ${dashboardService.toFixed(1)} ms, HTTP ${dashboardHttp.toFixed(1)} ms (median); last 90 days ${dashboard90.toFixed(1)} ms`);
    console.log(`    baseline select 1: ${selectOne.toFixed(2)} ms -> dashboard = ${(dashboardService / selectOne).toFixed(0)}x a bare round trip; seeding took ${seedMs.toFixed(0)} ms`);
    return { apiWrites, bareRoute, plainInserts, dashboardService, dashboardHttp, selectOne };
  } finally {
    await stopServer(child);
  }
}

async function postgresAdminUrl() {
  const candidates = [process.env.BENCH_DATABASE_URL, process.env.TEST_DATABASE_URL, 'postgres://postgres@127.0.0.1:5432/test'].filter(Boolean);
  for (const candidate of candidates) {
    const client = new pg.Client({ connectionString: candidate, connectionTimeoutMillis: 1500 });
    try {
      await client.connect();
      await client.end();
      return candidate;
    } catch {
      await client.end().catch(() => undefined);
    }
  }
  return undefined;
}

async function main() {
  console.log(`backrub diary bench (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; node ${process.version})`);
  const dataDir = mkdtempSync(join(tmpdir(), 'backrub-diary-bench-'));
  try {
    await benchDialect('SQLite (WAL, synchronous=FULL)', { dataDir }, { BENCH_DATA_DIR: dataDir });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  const admin = await postgresAdminUrl();
  if (!admin) {
    console.log('\nPostgreSQL: not reachable, skipped (set BENCH_DATABASE_URL).');
    return;
  }
  const name = `backrub_bench_${randomBytes(4).toString('hex')}`;
  const adminClient = new pg.Client({ connectionString: admin });
  await adminClient.connect();
  await adminClient.query(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const pgDir = mkdtempSync(join(tmpdir(), 'backrub-diary-bench-pg-'));
  try {
    await benchDialect('PostgreSQL', { dataDir: pgDir, databaseUrl: url.toString() }, { BENCH_DATA_DIR: pgDir, BENCH_PG_URL: url.toString() });
  } finally {
    await adminClient.query(`drop database if exists ${name} with (force)`);
    await adminClient.end();
    rmSync(pgDir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--serve')) await serve();
else await main();
