import type { AppDatabase } from '../db/database.js';
import type { Mailer } from './mailer.js';
import { RECOMMENDED_SCRYPT, type ScryptParams } from './password.js';

/** Tunables of the account features. Defaults are the production values; tests shorten some. */
export interface AccountSettings {
  passwordHashing: ScryptParams;
  /** Sliding idle timeout: a session unused this long ends (SESSION_IDLE_HOURS; decision 0045). */
  sessionIdleMs: number;
  /** Absolute lifetime from sign-in, however much it is used (SESSION_MAX_DAYS; decision 0045). */
  sessionMaxMs: number;
  /**
   * Password attempts per window (sign-in, password change, account deletion), counted before the
   * password is checked (decision 0044). A browser holding a device cookie for the account has its own
   * allowance; every other client shares the account's, and each address has one over all accounts.
   */
  throttle: {
    windowMs: number;
    perDevice: number;
    perAccount: number;
    perAddress: number;
  };
  /** New accounts per client address per throttle window. */
  signUpsPerAddress: number;
  /** "This email already has an account" answers per address per window (decision 0046). */
  signUpConflictsPerAddress: number;
  /** Reset mails per account per window (more requests still answer 202 but send nothing). */
  resetMailsPerAccount: number;
  /** How long a reset link works. */
  resetLinkMs: number;
  shareDefaultDays: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DEFAULT_ACCOUNT_SETTINGS: AccountSettings = {
  passwordHashing: RECOMMENDED_SCRYPT,
  sessionIdleMs: 0.5 * HOUR,
  sessionMaxMs: 12 * HOUR,
  throttle: { windowMs: 15 * MINUTE, perDevice: 10, perAccount: 5, perAddress: 30 },
  signUpsPerAddress: 20,
  signUpConflictsPerAddress: 5,
  resetMailsPerAccount: 3,
  resetLinkMs: 30 * MINUTE,
  shareDefaultDays: 14,
};

/** What every account-feature service receives: the database, the clock and the settings. No other state. */
export interface AccountContext {
  database: AppDatabase;
  clock: () => Date;
  settings: AccountSettings;
  /** Sends reset links; absent without SMTP_URL (then `backrub reset-link` is the way). */
  mailer?: Mailer | undefined;
  /** Where links in mails point (PUBLIC_URL); required with a mailer. */
  publicUrl?: string | undefined;
  /** Called once per password hash comparison (tests count them: the throttle's promise is about checks). */
  onPasswordCheck?: (() => void) | undefined;
  /** Where background work (mail) reports failures. */
  log?: { error(details: object, message: string): void } | undefined;
}
