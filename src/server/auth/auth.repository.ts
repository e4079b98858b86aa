import type { Kysely } from 'kysely';
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
}

export interface ThrottleRecord {
  key: string;
  failures: number;
  blockedUntil: string | null;
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

  async findLiveSession(idHash: string, now: string): Promise<SessionRecord | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['sessions.user_id', 'users.email', 'sessions.csrf_token', 'sessions.expires_at'])
      .where('sessions.id', '=', idHash)
      .where('sessions.expires_at', '>', now)
      .executeTakeFirst();
    return row && { userId: row.user_id, email: row.email, csrfToken: row.csrf_token, expiresAt: row.expires_at };
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', idHash).execute();
  }

  async deleteSessionsOfUser(userId: string): Promise<number> {
    const result = await this.db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async deleteExpiredSessions(now: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  }

  async findThrottles(keys: string[]): Promise<ThrottleRecord[]> {
    if (keys.length === 0) return [];
    const rows = await this.db.selectFrom('auth_throttle').selectAll().where('key', 'in', keys).execute();
    return rows.map((row) => ({ key: row.key, failures: Number(row.failures), blockedUntil: row.blocked_until }));
  }

  /**
   * Counts one failure atomically (one upsert, so several server instances share the count); a window
   * older than `windowStartedBefore` starts again at 1. Returns the new count.
   */
  async countFailure(key: string, now: string, windowStartedBefore: string): Promise<number> {
    const row = await this.db
      .insertInto('auth_throttle')
      .values({ key, failures: 1, window_started_at: now, blocked_until: null })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          failures: eb
            .case()
            .when('auth_throttle.window_started_at', '<', windowStartedBefore)
            .then(1)
            .else(eb('auth_throttle.failures', '+', 1))
            .end(),
          window_started_at: eb
            .case()
            .when('auth_throttle.window_started_at', '<', windowStartedBefore)
            .then(now)
            .else(eb.ref('auth_throttle.window_started_at'))
            .end(),
        })),
      )
      .returning('failures')
      .executeTakeFirstOrThrow();
    return Number(row.failures);
  }

  async block(key: string, until: string): Promise<void> {
    await this.db.updateTable('auth_throttle').set({ blocked_until: until }).where('key', '=', key).execute();
  }

  async clearThrottle(key: string): Promise<void> {
    await this.db.deleteFrom('auth_throttle').where('key', '=', key).execute();
  }
}
