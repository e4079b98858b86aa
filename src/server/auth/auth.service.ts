import { randomUUID } from 'node:crypto';
import { passwordProblem } from '../../core/password-policy.js';
import { isTooGuessable } from './password-strength.js';
import { ApiError } from '../errors.js';
import { AuthRepository, type UserRecord } from './auth.repository.js';
import type { AccountContext } from './context.js';
import { DeviceCookies } from './device-cookies.js';
import { hashPassword, verifyPassword } from './password.js';
import { PasswordThrottle, ThrottledError, type ClientIdentity } from './throttle.js';
import { randomToken, tokenHash } from './tokens.js';

export { ThrottledError, type ClientIdentity } from './throttle.js';

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
  /** The absolute end of the session (it ends earlier when unused for the idle timeout). */
  expiresAt: string;
  /** Proves later that this browser signed in to this account (decision 0044). */
  deviceCookie: string;
}

export interface CurrentSession {
  user: SignedInUser;
  sessionHash: string;
  csrfToken: string;
  expiresAt: string;
}

/** `last_seen_at` is written at most this often per session. */
const TOUCH_EVERY_MS = 60_000;

const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** A 400 naming the field, in the words of the password policy. */
function policyError(field: string, problem: string): ApiError {
  return new ApiError('invalid_request', 'The request has 1 problem.', [{ path: field, message: problem }]);
}

const BAD_RESET_LINK = 'is not valid any more: it was used already, it is older than 30 minutes, or it was copied wrong. Ask for a new link';

export class AuthService {
  private readonly repo: AuthRepository;
  private readonly devices: DeviceCookies;
  readonly throttle: PasswordThrottle;
  /** Hash of a random password: checked when the email is unknown so timing does not reveal accounts. */
  private dummyHash: Promise<string> | undefined;
  private deviceKey: Promise<string> | undefined;
  /** Reset mails sent after their answer. */
  private readonly background = new Set<Promise<void>>();

  constructor(private readonly ctx: AccountContext) {
    this.repo = new AuthRepository(ctx.database.db);
    this.devices = new DeviceCookies(() => {
      // Cached once read; a failed read is not cached, so a database hiccup does not stick.
      this.deviceKey ??= this.repo.secret('device-cookie', randomToken(), this.now().toISOString()).catch((error: unknown) => {
        this.deviceKey = undefined;
        throw error;
      });
      return this.deviceKey;
    });
    this.throttle = new PasswordThrottle(this.repo, this.devices, () => this.ctx.settings.throttle, () => this.now());
  }

  private now(): Date {
    return this.ctx.clock();
  }

  private get settings() {
    return this.ctx.settings;
  }

  private hash(password: string): Promise<string> {
    return hashPassword(password, this.settings.passwordHashing);
  }

  private async openSession(user: SignedInUser): Promise<SessionGrant> {
    const now = this.now();
    const token = randomToken();
    const csrfToken = randomToken();
    const expiresAt = new Date(now.getTime() + this.settings.sessionMaxMs).toISOString();
    await this.repo.insertSession({ idHash: tokenHash(token), userId: user.id, csrfToken, createdAt: now.toISOString(), expiresAt });
    return { user, token, csrfToken, expiresAt, deviceCookie: await this.devices.issue(user.email) };
  }

  /**
   * Checks a password under the throttle: the attempt is taken first (429 without checking when the
   * allowance is used up), and given back only when the password is right.
   */
  private async checkPassword(email: string, password: string, stored: string | undefined, client: ClientIdentity): Promise<boolean> {
    const reservation = await this.throttle.reserve(email, client);
    this.dummyHash ??= this.hash(randomToken());
    this.ctx.onPasswordCheck?.();
    const valid = await verifyPassword(password, stored ?? (await this.dummyHash));
    if (valid && stored !== undefined) await this.throttle.succeeded(reservation);
    return valid && stored !== undefined;
  }

  /**
   * Sign-up answers 409 for a taken email (decision 0046: the risk is accepted, with these controls):
   * sign-ups per address are counted before any work, the password is hashed either way (same time),
   * and "already exists" answers have their own, smaller allowance per address.
   */
  async signUp(emailInput: string, password: string, address: string): Promise<SessionGrant> {
    const signUps = await this.throttle.within(`signup:address:${address}`, this.settings.signUpsPerAddress);
    if (!signUps.ok) throw new ThrottledError(signUps.retryAfterSeconds, 'new accounts from this address');
    const email = normaliseEmail(emailInput);
    const user = { id: randomUUID(), email, passwordHash: await this.hash(password), createdAt: this.now().toISOString() };
    if (!(await this.repo.insertUser(user))) {
      const conflicts = await this.throttle.within(`signup:conflict:${address}`, this.settings.signUpConflictsPerAddress);
      if (!conflicts.ok) throw new ThrottledError(conflicts.retryAfterSeconds, 'sign-ups with emails that already have an account');
      throw new ApiError('conflict', 'An account with this email already exists. Sign in instead.');
    }
    return this.openSession({ id: user.id, email });
  }

  async signIn(emailInput: string, password: string, client: ClientIdentity): Promise<SessionGrant> {
    const email = normaliseEmail(emailInput);
    const user = await this.repo.findUserByEmail(email);
    if (!(await this.checkPassword(email, password, user?.passwordHash, client)) || !user) {
      throw new ApiError('unauthorized', 'That email and password do not match an account.');
    }
    const now = this.now().getTime();
    await this.repo.deleteExpiredSessions(new Date(now).toISOString(), new Date(now - this.settings.sessionIdleMs).toISOString());
    return this.openSession({ id: user.id, email: user.email });
  }

  /**
   * The live session behind a cookie token, or undefined (unknown, past its absolute lifetime, idle
   * too long, or the user is gone). Use moves `last_seen_at`, written at most once a minute.
   */
  async resolve(token: string | undefined): Promise<CurrentSession | undefined> {
    if (!token) return undefined;
    const sessionHash = tokenHash(token);
    const now = this.now();
    const session = await this.repo.findLiveSession(sessionHash, now.toISOString(), new Date(now.getTime() - this.settings.sessionIdleMs).toISOString());
    if (!session) return undefined;
    const staleBefore = new Date(now.getTime() - TOUCH_EVERY_MS).toISOString();
    if (session.lastSeenAt < staleBefore) await this.repo.touchSession(sessionHash, now.toISOString(), staleBefore);
    return { user: { id: session.userId, email: session.email }, sessionHash, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  }

  async signOut(session: CurrentSession): Promise<void> {
    await this.repo.deleteSession(session.sessionHash);
  }

  async signOutEverywhere(userId: string): Promise<number> {
    return this.repo.deleteSessionsOfUser(userId);
  }

  private async signedInUser(userId: string): Promise<UserRecord> {
    const user = await this.repo.findUserById(userId);
    if (!user) throw new ApiError('not_found', 'This account no longer exists.');
    return user;
  }

  /** ASVS 2.1.5: needs the current password (throttled like sign-in); ends every other session. */
  async changePassword(session: CurrentSession, currentPassword: string, newPassword: string, client: ClientIdentity): Promise<void> {
    const user = await this.signedInUser(session.user.id);
    if (!(await this.checkPassword(user.email, currentPassword, user.passwordHash, client))) {
      throw new ApiError('forbidden', 'Your current password is not right; the password was not changed.');
    }
    const problem = passwordProblem(newPassword, user.email, isTooGuessable);
    if (problem) throw policyError('newPassword', problem);
    await this.repo.updatePasswordHash(user.id, await this.hash(newPassword));
    await this.repo.deleteOtherSessionsOfUser(user.id, session.sessionHash);
    await this.repo.deleteResetsOfUser(user.id);
  }

  /** Deletes the account and, by cascade, every diary entry, check-in, assessment, share link and session. */
  async deleteAccount(userId: string, password: string, client: ClientIdentity): Promise<void> {
    const user = await this.signedInUser(userId);
    if (!(await this.checkPassword(user.email, password, user.passwordHash, client))) {
      throw new ApiError('forbidden', 'The password is not right; the account was not deleted.');
    }
    await this.repo.deleteUser(userId);
  }

  /** A one-time reset token for the account (stored hashed), or undefined for an unknown email. */
  async createResetToken(emailInput: string): Promise<string | undefined> {
    const now = this.now();
    await this.repo.deleteExpiredResets(now.toISOString());
    const user = await this.repo.findUserByEmail(normaliseEmail(emailInput));
    const token = randomToken();
    if (!user) return undefined;
    const expiresAt = new Date(now.getTime() + this.settings.resetLinkMs).toISOString();
    await this.repo.insertPasswordReset({ tokenHash: tokenHash(token), userId: user.id, createdAt: now.toISOString(), expiresAt });
    return token;
  }

  /**
   * `POST /api/auth/reset-request`: the same answer, at the same moment, for known and unknown emails.
   * All the work (counting, looking the email up, storing the token, mailing) runs after the answer has
   * gone (setImmediate), so neither a database write nor the mail server's speed shows in its timing.
   */
  requestReset(emailInput: string): void {
    const task = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.mailResetLink(normaliseEmail(emailInput)))
      .catch((error: unknown) => this.ctx.log?.error({ err: error }, 'could not send the password reset mail'))
      .finally(() => this.background.delete(task));
    this.background.add(task);
  }

  /** Waits for reset mails still being sent (the server calls this when it closes). */
  async settle(): Promise<void> {
    while (this.background.size > 0) await Promise.all([...this.background]);
  }

  private async mailResetLink(email: string): Promise<void> {
    // Counted for unknown emails too; stops anyone mail-bombing an account.
    const allowed = (await this.throttle.within(`reset:account:${email}`, this.settings.resetMailsPerAccount)).ok;
    const { mailer, publicUrl } = this.ctx;
    if (!allowed || !mailer || !publicUrl) return;
    const token = await this.createResetToken(email);
    if (!token) return;
    await mailer.send({
      to: email,
      subject: 'Reset your backrub password',
      text: [
        'Someone (we hope you) asked to reset the password of your backrub account.',
        '',
        'To choose a new password, open this link in the next 30 minutes:',
        resetLink(publicUrl, token),
        '',
        'The link works once. If you did not ask for this, you can ignore this mail: your password stays the same.',
      ].join('\n'),
    });
  }

  /** `POST /api/auth/reset`: uses the link up, sets the password, ends every session. */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const now = this.now().toISOString();
    const hash = tokenHash(token);
    const user = await this.repo.findLiveReset(hash, now);
    if (!user) throw policyError('token', BAD_RESET_LINK);
    const problem = passwordProblem(newPassword, user.email, isTooGuessable);
    if (problem) throw policyError('newPassword', problem);
    const passwordHash = await this.hash(newPassword);
    // The single use is decided here, atomically: of two parallel resets with one link, one wins.
    if ((await this.repo.consumeReset(hash, now)) !== user.id) throw policyError('token', BAD_RESET_LINK);
    await this.repo.updatePasswordHash(user.id, passwordHash);
    await this.repo.deleteSessionsOfUser(user.id);
    await this.repo.deleteResetsOfUser(user.id);
    await this.throttle.forgiveAccount(user.email);
  }

  async findUser(userId: string): Promise<{ id: string; email: string; createdAt: string } | undefined> {
    const user = await this.repo.findUserById(userId);
    return user && { id: user.id, email: user.email, createdAt: user.createdAt };
  }
}

/** The reset page's address; the token goes in the fragment, which browsers never send to a server or in Referer. */
export function resetLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/account/reset#token=${token}`;
}
