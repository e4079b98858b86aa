import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.js';
import { accountsFeature } from '../../src/server/accounts.js';
import { databaseRateLimitStore } from '../../src/server/auth/rate-limit.repository.js';
import { loadConfig } from '../../src/server/config.js';
import { openDatabase, type AppDatabase, type PersistenceConfig } from '../../src/server/db/database.js';
import { Client, describeEachDialect, sampleEntry, TEST_SETTINGS } from './harness.js';

/** Two server instances on one database behave as one: sessions, throttles and rate limits are shared. */
describeEachDialect('two instances on one $name database', (dialect) => {
  let config: PersistenceConfig;
  let destroy: () => Promise<void>;
  const databases: AppDatabase[] = [];
  const apps: FastifyInstance[] = [];

  const instance = async () => {
    const database = openDatabase(config);
    databases.push(database);
    const serverConfig = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '40', DATA_DIR: config.dataDir, ...(config.databaseUrl && { DATABASE_URL: config.databaseUrl }) });
    const app = buildServer(serverConfig, {
      logger: false,
      features: [accountsFeature({ config, db: database, settings: TEST_SETTINGS })],
      rateLimitStore: databaseRateLimitStore(database),
    });
    apps.push(app);
    await app.ready();
    return app;
  };

  beforeAll(async () => {
    ({ config, destroy } = await dialect.create());
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const database of databases) await database.close();
    await destroy?.();
  });

  it('a session made on one instance works on the other, and signing out ends it on both', async () => {
    const [one, two] = await Promise.all([instance(), instance()]);
    const onOne = await new Client(one).signUp('shared@example.org');
    const onTwo = new Client(two);
    Object.assign(onTwo, { cookie: onOne.cookie, csrf: onOne.csrf });
    expect((await onTwo.post('/api/diary/entries', sampleEntry())).statusCode).toBe(201);
    expect((await onOne.get('/api/diary/entries')).json().entries).toHaveLength(1);
    expect((await onTwo.post('/api/auth/signout')).statusCode).toBe(204);
    expect((await onOne.get('/api/diary/entries')).statusCode).toBe(401);
  });

  it('counts failed sign-ins and API requests across instances', async () => {
    const [one, two] = apps as [FastifyInstance, FastifyInstance];
    await new Client(one).signUp('target@example.org', 'right password!');
    for (let i = 0; i < 5; i++) {
      const app = i % 2 === 0 ? one : two;
      expect((await new Client(app).post('/api/auth/signin', { email: 'target@example.org', password: `guess ${i}` })).statusCode).toBe(401);
    }
    expect((await new Client(two).post('/api/auth/signin', { email: 'target@example.org', password: 'right password!' })).statusCode).toBe(429);

    // 40 requests per window per address, wherever they land.
    const address = '10.9.9.9';
    const statuses: number[] = [];
    for (let i = 0; i < 44; i++) {
      const response = await (i % 2 === 0 ? one : two).inject({ method: 'GET', url: '/api/techniques', remoteAddress: address });
      statuses.push(response.statusCode);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(40);
    expect(statuses.slice(40)).toEqual([429, 429, 429, 429]);
  });
});
