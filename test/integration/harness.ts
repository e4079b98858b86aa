import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { describe } from 'vitest';
import { buildServer } from '../../src/server/app.js';
import { accountsFeature } from '../../src/server/accounts.js';
import { DEFAULT_ACCOUNT_SETTINGS, type AccountSettings } from '../../src/server/auth/context.js';
import type { Mailer } from '../../src/server/auth/mailer.js';
import { loadConfig } from '../../src/server/config.js';
import type { ImportLimits } from '../../src/server/export/export.service.js';
import { openDatabase, type AppDatabase, type DialectName, type PersistenceConfig } from '../../src/server/db/database.js';

/**
 * The same integration suites run on every database: SQLite always, PostgreSQL when TEST_DATABASE_URL
 * is set. Each suite gets a brand-new database (a temp folder, or `backrub_test_<random>` created on the
 * server and dropped afterwards).
 */
export interface DialectCase {
  name: DialectName;
  /** Creates a fresh, empty database and returns its config plus a cleanup. */
  create(): Promise<{ config: PersistenceConfig; destroy(): Promise<void> }>;
}

const sqliteCase: DialectCase = {
  name: 'sqlite',
  async create() {
    const dataDir = mkdtempSync(join(tmpdir(), 'backrub-it-'));
    return { config: { dataDir, databaseUrl: undefined }, destroy: async () => rmSync(dataDir, { recursive: true, force: true }) };
  },
};

function postgresCase(adminUrl: string): DialectCase {
  return {
    name: 'postgres',
    async create() {
      const name = `backrub_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const dataDir = mkdtempSync(join(tmpdir(), 'backrub-it-pg-'));
      return {
        config: { dataDir, databaseUrl: url.toString() },
        async destroy() {
          const client = new pg.Client({ connectionString: adminUrl });
          await client.connect();
          // Pools close their sockets asynchronously: wait for them rather than FORCE (which would make
          // a closing connection report an admin shutdown as an unhandled error).
          for (let attempt = 0; ; attempt++) {
            try {
              await client.query(`drop database if exists ${name}${attempt >= 50 ? ' with (force)' : ''}`);
              break;
            } catch (error) {
              if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
          }
          await client.end();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  };
}

export const DIALECTS: DialectCase[] = [
  sqliteCase,
  ...(process.env.TEST_DATABASE_URL ? [postgresCase(process.env.TEST_DATABASE_URL)] : []),
];

/** Why the PostgreSQL half did not run, or undefined when it does. */
export const POSTGRES_SKIPPED = process.env.TEST_DATABASE_URL ? undefined : 'PostgreSQL skipped: set TEST_DATABASE_URL to run it';

/** Stands in for PostgreSQL in the skipped half: its tests are listed, never run. */
const unavailablePostgres: DialectCase = {
  name: 'postgres',
  create: () => Promise.reject(new Error(POSTGRES_SKIPPED)),
};

/**
 * `describe.each(DIALECTS)`, except that without TEST_DATABASE_URL the PostgreSQL half still shows,
 * as skipped suites whose names say why: a run that missed half the databases says so in its count.
 */
export function describeEachDialect(title: string, body: (dialect: DialectCase) => void): void {
  describe.each(DIALECTS)(title, body);
  if (POSTGRES_SKIPPED) describe.skip(`${title.replaceAll('$name', 'postgres')} (${POSTGRES_SKIPPED})`, () => body(unavailablePostgres));
}

/**
 * Fast hashing, a generous sign-up allowance, and sessions that outlive the clock jumps of the share
 * and diary suites (a year); everything else as in production. The session suites set their own.
 */
export const TEST_SETTINGS: Partial<AccountSettings> = {
  passwordHashing: { logN: 10, r: 8, p: 1 },
  signUpsPerAddress: 100_000,
  sessionIdleMs: 400 * 86_400_000,
  sessionMaxMs: 400 * 86_400_000,
  throttle: { ...DEFAULT_ACCOUNT_SETTINGS.throttle },
};

/** A clock tests can move forward. */
export class TestClock {
  constructor(public time = Date.parse('2025-06-02T10:00:00Z')) {}
  now = (): Date => new Date(this.time);
  advance(ms: number): void {
    this.time += ms;
  }
}

export interface TestApp {
  app: FastifyInstance;
  /** Password hash comparisons so far (every sign-in, change and delete attempt that got past the throttle). */
  passwordChecks: number;
  database: AppDatabase;
  clock: TestClock;
  close(): Promise<void>;
}

export async function startTestApp(
  dialect: DialectCase,
  options: { settings?: Partial<AccountSettings>; clock?: TestClock; mailer?: Mailer; publicUrl?: string; importLimits?: Partial<ImportLimits> } = {},
): Promise<TestApp> {
  const { config, destroy } = await dialect.create();
  const database = openDatabase(config);
  const clock = options.clock ?? new TestClock();
  const serverConfig = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', DATA_DIR: config.dataDir, ...(config.databaseUrl && { DATABASE_URL: config.databaseUrl }) });
  const app = buildServer(serverConfig, {
    logger: false,
    features: [
      accountsFeature({
        config, db: database, clock: clock.now, settings: { ...TEST_SETTINGS, ...options.settings },
        ...(options.mailer && { mailer: options.mailer }), publicUrl: options.publicUrl,
        ...(options.importLimits && { importLimits: options.importLimits }),
        onPasswordCheck: () => void (testApp.passwordChecks += 1),
      }),
    ],
  });
  await app.ready();
  const testApp: TestApp = {
    app,
    passwordChecks: 0,
    database,
    clock,
    async close() {
      await app.close();
      await testApp.database.close();
      await destroy();
    },
  };
  return testApp;
}

/** A test app on `dialect` with one signed-up user, the start of most suites. */
export async function startWithUser(dialect: DialectCase, options?: Parameters<typeof startTestApp>[1]): Promise<{ t: TestApp; me: Client }> {
  const t = await startTestApp(dialect, options);
  return { t, me: await new Client(t.app).signUp() };
}

let addressCounter = 0;

/** A browser-like client: keeps its session cookie and CSRF token, and comes from its own address. */
export class Client {
  /** `backrub_session=...` */
  cookie: string | undefined;
  /** `backrub_device=...` (decision 0044): kept across sign-outs, like a browser does. */
  deviceCookie: string | undefined;
  csrf: string | undefined;
  userId: string | undefined;
  readonly address = `10.1.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`;

  constructor(readonly app: FastifyInstance) {}

  async request(method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method,
      url,
      remoteAddress: this.address,
      headers: {
        ...((this.cookie || this.deviceCookie) && { cookie: [this.cookie, this.deviceCookie].filter(Boolean).join('; ') }),
        ...(this.csrf && { 'x-csrf-token': this.csrf }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body !== undefined && { payload: JSON.stringify(body) }),
    });
    const setCookie = response.headers['set-cookie'];
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const value = line.split(';')[0] ?? '';
      if (value.startsWith('backrub_session=')) this.cookie = value === 'backrub_session=' ? undefined : value;
      if (value.startsWith('backrub_device=')) this.deviceCookie = value === 'backrub_device=' ? undefined : value;
    }
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body: unknown = {}) => this.request('POST', url, body);
  put = (url: string, body: unknown) => this.request('PUT', url, body);
  delete = (url: string, body?: unknown) => this.request('DELETE', url, body);

  async signUp(email = `person${randomBytes(4).toString('hex')}@example.org`, password = 'correct horse battery'): Promise<this> {
    const response = await this.post('/api/auth/signup', { email, password });
    if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
    const body = response.json() as { csrfToken: string; user: { id: string } };
    this.csrf = body.csrfToken;
    this.userId = body.user.id;
    return this;
  }
}

export const sampleEntry = (overrides: Record<string, unknown> = {}) => ({
  occurredAt: '2025-06-01T20:30:00+02:00',
  painBefore: 6,
  painAfter: 3,
  areas: [{ area: 'lower-back', intensity: 6 }],
  techniques: ['tennis-ball'],
  source: 'session',
  durationMinutes: 12,
  pressureFelt: 5,
  notes: 'Evening session after a long day at the desk.',
  triggers: ['desk work'],
  ...overrides,
});
