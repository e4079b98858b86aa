import { randomUUID } from 'node:crypto';
import { ApiError } from '../errors.js';
import { AuthRepository } from './auth.repository.js';
import type { AccountContext } from './context.js';
import { hashPassword, verifyPassword } from './password.js';
import { randomToken, tokenHash } from './tokens.js';

export interface SignedInUser {
  id: string;
  email: string;
}

export interface SessionGrant {
  user: SignedInUser;
  /** Goes in the cookie only. */
  token: string;
  /** Sent back by the client in the `x-csrf-token` header on every state-changing request. */
  csrfToken: string;
  expiresAt: string;
}

export interface CurrentSession {
  user: SignedInUser;
  sessionHash: string;
  csrfToken: string;
  expiresAt: string;
}

/** Thrown with the seconds to wait, so the route can set Retry-After. */
export class ThrottledError extends ApiError {
  constructor(readonly retryAfterSeconds: number, what: string) {
    super('rate_limited', `Too many ${what}. Please wait ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'} and try again.`);
  }
}

const normaliseEmail = (email: string) => email.trim().toLowerCase();

export class AuthService {
  private readonly repo: AuthRepository;
  /** Hash of a random password: checked when the email is unknown so timing does not reveal accounts. */
  private dummyHash: Promise<string> | undefined;

  constructor(private readonly ctx: AccountContext) {
    this.repo = new AuthRepository(ctx.database.db);
  }

  private now(): Date {
    return this.ctx.clock();
  }

  private async openSession(user: SignedInUser): Promise<SessionGrant> {
    const now = this.now();
    const token = randomToken();
    const csrfToken = randomToken();
    const expiresAt = new Date(now.getTime() + this.ctx.settings.sessionTtlMs).toISOString();
    await this.repo.insertSession({ idHash: tokenHash(token), userId: user.id, csrfToken, createdAt: now.toISOString(), expiresAt });
    return { user, token, csrfToken, expiresAt };
  }

  private async assertNotBlocked(keys: string[], what: string): Promise<void> {
    const now = this.now().getTime();
    const blocked = (await this.repo.findThrottles(keys))
      .map((row) => (row.blockedUntil ? Date.parse(row.blockedUntil) - now : 0))
      .filter((ms) => ms > 0);
    if (blocked.length > 0) throw new ThrottledError(Math.ceil(Math.max(...blocked) / 1000), what);
  }

  /** Counts a failure for `key`; past `free` failures, blocks it for 1 s, 2 s, 4 s, ... (capped). */
  private async countFailure(key: string, free: number): Promise<void> {
    const { windowMs, maxDelayMs } = this.ctx.settings.signIn;
    const now = this.now();
    const failures = await this.repo.countFailure(key, now.toISOString(), new Date(now.getTime() - windowMs).toISOString());
    if (failures > free) {
      const delay = Math.min(maxDelayMs, 1000 * 2 ** Math.min(30, failures - free - 1));
      await this.repo.block(key, new Date(now.getTime() + delay).toISOString());
    }
  }

  async signUp(emailInput: string, password: string, address: string): Promise<SessionGrant> {
    const signUpKey = `signup:address:${address}`;
    await this.assertNotBlocked([signUpKey], 'new accounts from this address');
    // Every sign-up counts: past the allowance, this address waits (the same growing delay).
    await this.countFailure(signUpKey, this.ctx.settings.signUpsPerAddress);
    const email = normaliseEmail(emailInput);
    const user = { id: randomUUID(), email, passwordHash: await hashPassword(password, this.ctx.settings.passwordHashing), createdAt: this.now().toISOString() };
    if (!(await this.repo.insertUser(user))) {
      throw new ApiError('conflict', 'An account with this email already exists. Sign in instead.');
    }
    return this.openSession({ id: user.id, email });
  }

  async signIn(emailInput: string, password: string, address: string): Promise<SessionGrant> {
    const email = normaliseEmail(emailInput);
    const emailKey = `signin:email:${email}`;
    const addressKey = `signin:address:${address}`;
    await this.assertNotBlocked([emailKey, addressKey], 'failed sign-ins');
    const user = await this.repo.findUserByEmail(email);
    this.dummyHash ??= hashPassword(randomToken(), this.ctx.settings.passwordHashing);
    const valid = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash));
    if (!user || !valid) {
      const { freeFailuresPerEmail, freeFailuresPerAddress } = this.ctx.settings.signIn;
      await this.countFailure(emailKey, freeFailuresPerEmail);
      await this.countFailure(addressKey, freeFailuresPerAddress);
      throw new ApiError('unauthorized', 'That email and password do not match an account.');
    }
    await this.repo.clearThrottle(emailKey);
    await this.repo.deleteExpiredSessions(this.now().toISOString());
    return this.openSession({ id: user.id, email: user.email });
  }

  /** The live session behind a cookie token, or undefined (unknown, expired, or the user is gone). */
  async resolve(token: string | undefined): Promise<CurrentSession | undefined> {
    if (!token) return undefined;
    const sessionHash = tokenHash(token);
    const session = await this.repo.findLiveSession(sessionHash, this.now().toISOString());
    if (!session) return undefined;
    return { user: { id: session.userId, email: session.email }, sessionHash, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  }

  async signOut(session: CurrentSession): Promise<void> {
    await this.repo.deleteSession(session.sessionHash);
  }

  async signOutEverywhere(userId: string): Promise<number> {
    return this.repo.deleteSessionsOfUser(userId);
  }

  /** Deletes the account and, by cascade, every diary entry, check-in, assessment, share link and session. */
  async deleteAccount(userId: string, password: string): Promise<void> {
    const user = await this.repo.findUserById(userId);
    if (!user) throw new ApiError('not_found', 'This account no longer exists.');
    if (!(await verifyPassword(password, user.passwordHash))) {
      throw new ApiError('forbidden', 'The password is not right; the account was not deleted.');
    }
    await this.repo.deleteUser(userId);
  }

  async findUser(userId: string): Promise<{ id: string; email: string; createdAt: string } | undefined> {
    const user = await this.repo.findUserById(userId);
    return user && { id: user.id, email: user.email, createdAt: user.createdAt };
  }
}
