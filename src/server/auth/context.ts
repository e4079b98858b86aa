import type { AppDatabase } from '../db/database.js';
import { RECOMMENDED_SCRYPT, type ScryptParams } from './password.js';

/** Tunables of the account features. Defaults are the production values; tests shorten some. */
export interface AccountSettings {
  passwordHashing: ScryptParams;
  /** Absolute session lifetime. */
  sessionTtlMs: number;
  signIn: {
    /** Failed sign-ins for one email before the growing delay starts (1 s, 2 s, 4 s, ... up to maxDelayMs). */
    freeFailuresPerEmail: number;
    /** The same for one client address (many emails tried from one place). */
    freeFailuresPerAddress: number;
    /** Failures older than this are forgotten. */
    windowMs: number;
    maxDelayMs: number;
  };
  /** New accounts per client address per window. */
  signUpsPerAddress: number;
  shareDefaultDays: number;
}

export const DEFAULT_ACCOUNT_SETTINGS: AccountSettings = {
  passwordHashing: RECOMMENDED_SCRYPT,
  sessionTtlMs: 30 * 24 * 3600 * 1000,
  signIn: { freeFailuresPerEmail: 5, freeFailuresPerAddress: 30, windowMs: 3600 * 1000, maxDelayMs: 15 * 60 * 1000 },
  signUpsPerAddress: 20,
  shareDefaultDays: 14,
};

/** What every account-feature service receives: the database, the clock and the settings. No other state. */
export interface AccountContext {
  database: AppDatabase;
  clock: () => Date;
  settings: AccountSettings;
}
