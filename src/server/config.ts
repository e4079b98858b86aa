import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_REGION_ID, REGION_IDS, regionWith, type Region } from '../core/index.js';

/**
 * The server's settings, read from environment variables once at start-up. This is the only module
 * that reads `process.env`: everything else receives the parsed, frozen `ServerConfig`.
 */

// src/server/config.ts and dist/server/config.js both sit two folders below the package root, so the
// built web app is found the same way from a test run, `npm start` and a global `backrub serve`.
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_WEB_ROOT = resolve(PACKAGE_ROOT, 'dist/web');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/** A path from the environment is relative to the working directory, like any shell path. */
const path = z.string().trim().min(1, 'must not be empty').transform((value) => (isAbsolute(value) ? value : resolve(value)));

/**
 * Fastify's `trustProxy`: `false` (default), `true` (trust every proxy: only behind one you control),
 * a number of hops, or a comma-separated list of addresses/CIDR ranges.
 */
const trustProxy = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .transform((value): boolean | number | string[] => {
    if (/^(true|yes)$/i.test(value)) return true;
    if (/^(false|no)$/i.test(value)) return false;
    if (/^\d+$/.test(value)) return Number(value);
    return value.split(',').map((part) => part.trim()).filter(Boolean);
  });

/** A number as people read it, e.g. "999" or "0300 123 4567 (nurse line)": it must contain one to dial. */
const phoneWords = z
  .string()
  .trim()
  .max(120, 'must be at most 120 characters')
  .regex(/\d\d/, 'must contain a phone number, e.g. "999"');
/** A positive decimal within bounds ("0.5" hours is half an hour). */
const decimal = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, 'must be a number such as 12 or 0.5')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/** An http(s) base URL without query or fragment, kept without its trailing slash. */
const publicUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && !url.search && !url.hash && !url.username;
    } catch {
      return false;
    }
  }, 'must be an http:// or https:// address such as https://backrub.example.org')
  .transform((value) => value.replace(/\/+$/, ''));

const smtpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be an smtp:// or smtps:// address such as smtps://user:password@mail.example.org');

const EnvSchema = z.object({
  PORT: integer(0, 65_535).default(3000),
  // Loopback by default: a health app should not appear on the network until its owner says so.
  HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of: ${LOG_LEVELS.join(', ')}` }).default('info'),
  DATABASE_URL: z.string().trim().min(1, 'must not be empty').optional(),
  DATA_DIR: path.default(resolve('data')),
  WEB_ROOT: path.default(DEFAULT_WEB_ROOT),
  TRUST_PROXY: trustProxy.default(false),
  RATE_LIMIT_MAX: integer(0, 1_000_000_000).default(300),
  RATE_LIMIT_WINDOW_MS: integer(1, 86_400_000).default(60_000),
  // Where the instance serves people: sets the numbers and services every safety action names.
  REGION: z.enum(REGION_IDS, { error: `must be one of: ${REGION_IDS.join(', ')}` }).default(DEFAULT_REGION_ID),
  // Override the region's numbers, e.g. for a country without a preset (EMERGENCY_NUMBER="000 (Australia)").
  EMERGENCY_NUMBER: phoneWords.optional(),
  URGENT_NUMBER: phoneWords.optional(),
  SHUTDOWN_TIMEOUT_MS: integer(0, 600_000).default(10_000),
  // Decision 0045 (ASVS 3.3.2 level 2): 30 minutes idle, 12 hours at most.
  SESSION_IDLE_HOURS: decimal(0.05, 24 * 30).default(0.5),
  SESSION_MAX_DAYS: decimal(0.01, 365).default(0.5),
  PUBLIC_URL: publicUrl.optional(),
  SMTP_URL: smtpUrl.optional(),
  MAIL_FROM: z.string().trim().min(3, 'must be an address such as backrub <no-reply@example.org>').max(254).optional(),
})
  .superRefine((env, ctx) => {
    if (env.SESSION_IDLE_HOURS > env.SESSION_MAX_DAYS * 24) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_IDLE_HOURS'], message: 'must not be longer than SESSION_MAX_DAYS' });
    }
    // Links in mail cannot come from the Host header (anyone can send one): the owner says where the server is.
    if (env.SMTP_URL && !env.PUBLIC_URL) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'must be set when SMTP_URL is (reset links in mail point there)' });
    }
  });

type Env = z.output<typeof EnvSchema>;

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly logLevel: Env['LOG_LEVEL'];
  /** For persistence: unset means SQLite under `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  /** Absolute path of the built web app (`vite build` output). */
  readonly webRoot: string;
  readonly trustProxy: boolean | number | readonly string[];
  readonly rateLimit: { readonly max: number; readonly windowMs: number };
  /** The region preset with any EMERGENCY_NUMBER / URGENT_NUMBER override: every action's words and numbers. */
  readonly region: Region;
  /** `region.emergencyNumber`: shown by the web app when an emergency sign is ticked. */
  readonly emergencyNumber: string;
  /** How long a graceful shutdown may take before the process gives up and exits with 1. */
  readonly shutdownTimeoutMs: number;
  /** Sliding idle timeout and absolute lifetime of sign-in sessions (decision 0045). */
  readonly sessions: { readonly idleHours: number; readonly maxDays: number };
  /** Where people reach this server (links in mail, `backrub reset-link`); unset: http://localhost:PORT. */
  readonly publicUrl: string | undefined;
  /** Password-reset mail; unset means no mail (the operator uses `backrub reset-link`). */
  readonly mail: { readonly smtpUrl: string; readonly from: string } | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: readonly { variable: string; message: string }[]) {
    super(`Invalid environment: ${problems.map((p) => `${p.variable} ${p.message}`).join('; ')}`);
  }
}

/**
 * Parses the environment (by default `process.env`) into a frozen `ServerConfig`.
 * Empty variables count as unset, so `PORT=` in a .env file falls back to the default.
 * @throws ConfigError naming every variable with a bad value.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): ServerConfig {
  const present = Object.fromEntries(
    Object.keys(EnvSchema.shape)
      .map((key) => [key, env[key]] as const)
      .filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '(environment)'), message: issue.message })),
    );
  }
  const e = parsed.data;
  const region = regionWith(e.REGION, { emergencyNumber: e.EMERGENCY_NUMBER, urgentNumber: e.URGENT_NUMBER });
  return deepFreeze({
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    webRoot: e.WEB_ROOT,
    trustProxy: e.TRUST_PROXY,
    rateLimit: { max: e.RATE_LIMIT_MAX, windowMs: e.RATE_LIMIT_WINDOW_MS },
    region,
    emergencyNumber: region.emergencyNumber,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    sessions: { idleHours: e.SESSION_IDLE_HOURS, maxDays: e.SESSION_MAX_DAYS },
    publicUrl: e.PUBLIC_URL,
    mail: e.SMTP_URL ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM ?? `backrub <no-reply@${new URL(e.PUBLIC_URL ?? 'http://localhost').hostname}>` } : undefined,
  });
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (inner && typeof inner === 'object') deepFreeze(inner);
  }
  return Object.freeze(value);
}
