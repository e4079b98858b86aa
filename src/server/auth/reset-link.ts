import { migrateToLatest, openDatabase, type PersistenceConfig } from '../db/database.js';
import { AuthService, resetLink } from './auth.service.js';
import { DEFAULT_ACCOUNT_SETTINGS } from './context.js';

/**
 * `backrub reset-link EMAIL`: a one-time password-reset link made by the operator, for servers
 * without SMTP_URL. The same token as a mailed link (stored hashed, single use, 30 minutes).
 * Undefined when no account has the email.
 */
export async function operatorResetLink(config: PersistenceConfig, email: string, baseUrl: string): Promise<string | undefined> {
  const database = openDatabase(config);
  try {
    await migrateToLatest(database);
    const auth = new AuthService({ database, clock: () => new Date(), settings: DEFAULT_ACCOUNT_SETTINGS });
    const token = await auth.createResetToken(email);
    return token && resetLink(baseUrl, token);
  } finally {
    await database.close();
  }
}
