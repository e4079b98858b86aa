import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface UserRecord {
  id: string;
  email: string;
  passwordHash: string;
  createdAt: string;
}

export interface SessionRecord {
  userId: string;
  email: string;
  csrfToken: string;
  expiresAt: string;
  lastSeenAt: string;
}

export interface ThrottleRecord {
  key: string;
  /** Attempts in the current window, this one included. */
  attempts: number;
  windowStartedAt: string;
}

/** Users, sessions and sign-in counters. The only file of the auth feature that speaks SQL. */
export class AuthRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findUserByEmail(email: string): Promise<UserRecord | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    return row && { id: row.id, email: row.email, passwordHash: row.password_hash, createdAt: row.created_at };
  }

  async findUserById(id: string): Promise<UserRecord | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && { id: row.id, email: row.email, passwordHash: row.password_hash, createdAt: row.created_at };
  }

  /** False when the email is taken (unique index), so two simultaneous sign-ups cannot both win. */
  async insertUser(user: UserRecord): Promise<boolean> {
    const result = await this.db
      .insertInto('users')
      .values({ id: user.id, email: user.email, password_hash: user.passwordHash, created_at: user.createdAt })
      .onConflict((oc) => oc.column('email').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  /** Deletes the user; every table references users with ON DELETE CASCADE. */
  async deleteUser(id: string): Promise<void> {
    await this.db.deleteFrom('users').where('id', '=', id).execute();
  }

  async insertSession(session: { idHash: string; userId: string; csrfToken: string; createdAt: string; expiresAt: string }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id: session.idHash,
        user_id: session.userId,
        csrf_token: session.csrfToken,
        created_at: session.createdAt,
        expires_at: session.expiresAt,
        last_seen_at: session.createdAt,
      })
      .execute();
  }

  /** A session within its absolute lifetime (`expires_at`) and seen after `idleCutoff`. */
  async findLiveSession(idHash: string, now: string, idleCutoff: string): Promise<SessionRecord | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['sessions.user_id', 'users.email', 'sessions.csrf_token', 'sessions.expires_at', 'sessions.last_seen_at'])
      .where('sessions.id', '=', idHash)
      .where('sessions.expires_at', '>', now)
      .where('sessions.last_seen_at', '>', idleCutoff)
      .executeTakeFirst();
    return row && { userId: row.user_id, email: row.email, csrfToken: row.csrf_token, expiresAt: row.expires_at, lastSeenAt: row.last_seen_at };
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', idHash).execute();
  }

  async deleteSessionsOfUser(userId: string): Promise<number> {
    const result = await this.db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async deleteExpiredSessions(now: string, idleCutoff: string): Promise<void> {
    await this.db.deleteFrom('sessions').where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleCutoff)])).execute();
  }

  /**
   * Takes one attempt for `key` in one statement (INSERT ... ON CONFLICT DO UPDATE ... RETURNING), so
   * parallel requests and several server instances each see their own count: the n-th attempt of a
   * window gets n, never a stale number. A window that started before `windowStartedBefore` begins again.
   */
  async takeAttempt(key: string, now: string, windowStartedBefore: string): Promise<ThrottleRecord> {
    const expired = (eb: ExpressionBuilder<Database, 'auth_throttle'>) => eb('auth_throttle.window_started_at', '<', windowStartedBefore);
    const row = await this.db
      .insertInto('auth_throttle')
      .values({ key, failures: 1, window_started_at: now, blocked_until: null })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          failures: eb.case().when(expired(eb)).then(1).else(eb('auth_throttle.failures', '+', 1)).end(),
          window_started_at: eb.case().when(expired(eb)).then(now).else(eb.ref('auth_throttle.window_started_at')).end(),
        })),
      )
      .returning(['key', 'failures', 'window_started_at'])
      .executeTakeFirstOrThrow();
    return { key: row.key, attempts: Number(row.failures), windowStartedAt: row.window_started_at };
  }

  /** Gives back an attempt that succeeded, if its window is still the current one. */
  async giveBackAttempt(key: string, windowStartedAt: string): Promise<void> {
    await this.db
      .updateTable('auth_throttle')
      .set((eb) => ({ failures: eb('failures', '-', 1) }))
      .where('key', '=', key)
      .where('window_started_at', '=', windowStartedAt)
      .where('failures', '>', 0)
      .execute();
  }

  /** Deletes counters whose window started before `windowStartedBefore`: they count for nothing any more. */
  async deleteFinishedThrottles(windowStartedBefore: string): Promise<void> {
    await this.db.deleteFrom('auth_throttle').where('window_started_at', '<', windowStartedBefore).execute();
  }

  async clearThrottle(key: string): Promise<void> {
    await this.db.deleteFrom('auth_throttle').where('key', '=', key).execute();
  }

  async updatePasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
  }

  async deleteOtherSessionsOfUser(userId: string, keepIdHash: string): Promise<number> {
    const result = await this.db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepIdHash).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Moves last_seen_at only when it is older than `staleBefore`: at most one write a minute per session. */
  async touchSession(idHash: string, now: string, staleBefore: string): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', idHash).where('last_seen_at', '<', staleBefore).execute();
  }

  async insertPasswordReset(reset: { tokenHash: string; userId: string; createdAt: string; expiresAt: string }): Promise<void> {
    await this.db
      .insertInto('password_resets')
      .values({ token_hash: reset.tokenHash, user_id: reset.userId, created_at: reset.createdAt, expires_at: reset.expiresAt, used_at: null })
      .execute();
  }

  /** The account behind an unused, unexpired reset link (without using it up). */
  async findLiveReset(tokenHash: string, now: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('password_resets')
      .innerJoin('users', 'users.id', 'password_resets.user_id')
      .select(['users.id', 'users.email', 'users.password_hash', 'users.created_at'])
      .where('password_resets.token_hash', '=', tokenHash)
      .where('password_resets.used_at', 'is', null)
      .where('password_resets.expires_at', '>', now)
      .executeTakeFirst();
    return row && { id: row.id, email: row.email, passwordHash: row.password_hash, createdAt: row.created_at };
  }

  /** Uses a reset link up in one statement: of two parallel uses, only one gets the user id back. */
  async consumeReset(tokenHash: string, now: string): Promise<string | undefined> {
    const row = await this.db
      .updateTable('password_resets')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('user_id')
      .executeTakeFirst();
    return row?.user_id;
  }

  async deleteResetsOfUser(userId: string): Promise<void> {
    await this.db.deleteFrom('password_resets').where('user_id', '=', userId).execute();
  }

  async deleteExpiredResets(now: string): Promise<void> {
    await this.db.deleteFrom('password_resets').where('expires_at', '<=', now).execute();
  }

  /** The named secret, created from `candidate` if none exists yet (every instance ends up with the same). */
  async secret(name: string, candidate: string, now: string): Promise<string> {
    await this.db.insertInto('auth_secrets').values({ name, value: candidate, created_at: now }).onConflict((oc) => oc.column('name').doNothing()).execute();
    const row = await this.db.selectFrom('auth_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
    return row.value;
  }
}
