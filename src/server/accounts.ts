import type { FastifyInstance } from 'fastify';
import { ACCOUNTS_OPENAPI } from './accounts.openapi.js';
import type { ApiFeature } from './api-feature.js';
import type { ServerOptions } from './app.js';
import { databaseRateLimitStore } from './auth/rate-limit.repository.js';
import { AuthService } from './auth/auth.service.js';
import { authRoutes } from './auth/auth.routes.js';
import { registerCookies } from './auth/cookies.js';
import { DEFAULT_ACCOUNT_SETTINGS, type AccountContext, type AccountSettings } from './auth/context.js';
import { smtpMailer, type Mailer } from './auth/mailer.js';
import type { ServerConfig } from './config.js';
import { migrateToLatest, openDatabase, type AppDatabase, type PersistenceConfig } from './db/database.js';
import { diaryRoutes } from './diary/diary.routes.js';
import { DiaryService } from './diary/diary.service.js';
import { exportRoutes } from './export/export.routes.js';
import { ExportService, IMPORT_LIMITS, type ImportLimits } from './export/export.service.js';
import { shareRoutes } from './share/share.routes.js';
import { ShareService } from './share/share.service.js';

export interface AccountFeatureOptions {
  /** `ServerConfig` fits: DATABASE_URL (PostgreSQL) or DATA_DIR (SQLite). */
  config: PersistenceConfig;
  /** An already open database (tests, the bench). Default: opened from `config`, closed with the server. */
  db?: AppDatabase;
  /** Close `db` when the server closes (default: only when opened here). */
  closeWithServer?: boolean;
  /** Default: the wall clock. Tests move time to expire sessions and share links. */
  clock?: () => Date;
  /** Default: DEFAULT_ACCOUNT_SETTINGS (production values). */
  settings?: Partial<AccountSettings>;
  /** Sends password-reset links (from SMTP_URL); without one, `backrub reset-link` makes them. */
  mailer?: Mailer;
  /** PUBLIC_URL: where links in mail point. */
  publicUrl?: string | undefined;
  /** Told of every password check (tests count them). */
  onPasswordCheck?: () => void;
  /** Default: IMPORT_LIMITS (documented in docs/api.md). Tests lower them. */
  importLimits?: Partial<ImportLimits>;
}

/**
 * Accounts, the diary, sharing and export: the one entry the server calls. Registers, in the given
 * (API) scope: /auth/*, /account, /diary/*, /assessments*, /summary, /shares*, /shared/:token,
 * /export/*, /import. Opens the database and runs migrations before the server starts listening.
 */
export async function registerAccountFeatures(app: FastifyInstance, options: AccountFeatureOptions): Promise<void> {
  const ownDatabase = options.closeWithServer ?? options.db === undefined;
  const database = options.db ?? openDatabase(options.config, { lock: true });
  if (ownDatabase) app.addHook('onClose', () => database.close());
  try {
    await migrateToLatest(database);
  } catch (error) {
    if (ownDatabase) await database.close();
    throw error;
  }

  const ctx: AccountContext = {
    database,
    clock: options.clock ?? (() => new Date()),
    settings: { ...DEFAULT_ACCOUNT_SETTINGS, ...options.settings },
    mailer: options.mailer,
    publicUrl: options.publicUrl,
    onPasswordCheck: options.onPasswordCheck,
    log: app.log,
  };
  const auth = new AuthService(ctx);
  // Reset mails go out after their answer: let them finish before the database closes.
  app.addHook('preClose', async () => auth.settle());
  const diary = new DiaryService(ctx);
  const share = new ShareService(ctx, diary);
  const exporter = new ExportService(ctx, auth, diary, { ...IMPORT_LIMITS, ...options.importLimits });

  await registerCookies(app);
  await app.register(authRoutes, { ctx, auth });
  await app.register(diaryRoutes, { auth, diary });
  await app.register(shareRoutes, { auth, diary, share });
  await app.register(exportRoutes, { auth, exporter });
}

/** What the environment says about accounts: session lifetimes (decision 0045) and reset mail. */
export function accountOptionsFromConfig(config: ServerConfig): Pick<AccountFeatureOptions, 'settings' | 'mailer' | 'publicUrl'> {
  return {
    settings: { sessionIdleMs: config.sessions.idleHours * 3_600_000, sessionMaxMs: config.sessions.maxDays * 86_400_000 },
    publicUrl: config.publicUrl,
    ...(config.mail && { mailer: smtpMailer(config.mail.smtpUrl, config.mail.from) }),
  };
}

/** The same, as a feature for `buildServer(config, { features })` (mounted under /api). */
export function accountsFeature(options: AccountFeatureOptions): ApiFeature {
  return { name: 'accounts', plugin: async (api: FastifyInstance) => registerAccountFeatures(api, options), openApi: ACCOUNTS_OPENAPI };
}

/**
 * What `npm start` and `backrub serve` add to the server: the accounts feature, and, on PostgreSQL
 * (where several instances may share one database), the API rate-limit counters in the database too.
 * On SQLite the counters stay in memory: one SQLite file means one server, and a write per request
 * would cost more than it protects.
 */
export function accountsServerOptions(config: ServerConfig): Pick<ServerOptions, 'features' | 'rateLimitStore'> {
  const database = openDatabase(config, { lock: true });
  return {
    features: [accountsFeature({ config, db: database, closeWithServer: true, ...accountOptionsFromConfig(config) })],
    ...(database.dialect === 'postgres' && { rateLimitStore: databaseRateLimitStore(database) }),
  };
}
