import type { AuthRepository, ThrottleRecord } from './auth.repository.js';
import type { AccountSettings } from './context.js';
import type { DeviceCookies } from './device-cookies.js';
import { ApiError } from '../errors.js';

/** Thrown with the seconds to wait, so the route can set Retry-After. */
export class ThrottledError extends ApiError {
  constructor(readonly retryAfterSeconds: number, what: string) {
    super('rate_limited', `Too many ${what}. Please wait ${waitWords(retryAfterSeconds)} and try again.`);
  }
}

function waitWords(seconds: number): string {
  if (seconds < 120) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** Who is trying: the address, and the device cookie the browser sent (if any). */
export interface ClientIdentity {
  address: string;
  deviceCookie?: string | undefined;
}

/** Attempts taken for one password check; give them back with `succeeded` when it was right. */
export interface Reservation {
  taken: ThrottleRecord[];
  trustedDevice: boolean;
}

/**
 * The password-attempt throttle of decision 0044, shared by sign-in, password change and account
 * deletion. Every attempt is counted BEFORE the password is checked, in one atomic upsert per key,
 * so a burst of parallel guesses gets at most the allowance of checks; a right password gives its
 * attempt back. A browser with a valid device cookie for the account counts only against its own
 * allowance; any other client counts against the account's shared one and its address's.
 */
const SWEEP_EVERY_MS = 60_000;

export class PasswordThrottle {
  private sweptAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly repo: AuthRepository,
    private readonly devices: DeviceCookies,
    private readonly settings: () => AccountSettings['throttle'],
    private readonly clock: () => Date,
  ) {}

  /** Takes one attempt on each key; throws ThrottledError (nothing checked) when one is used up. */
  async reserve(email: string, client: ClientIdentity): Promise<Reservation> {
    const { perDevice, perAccount, perAddress } = this.settings();
    const nonce = await this.devices.verify(client.deviceCookie, email);
    const limits: [string, number, string][] = nonce
      ? [[`signin:device:${nonce}`, perDevice, 'password attempts from this browser']]
      : [
          [`signin:account:${email}`, perAccount, 'password attempts for this account from browsers it has not signed in with before'],
          [`signin:address:${client.address}`, perAddress, 'password attempts from your network'],
        ];
    const taken: ThrottleRecord[] = [];
    for (const [key, limit, what] of limits) {
      const record = await this.take(key);
      taken.push(record);
      if (record.attempts > limit) throw new ThrottledError(this.secondsLeft(record), what);
    }
    return { taken, trustedDevice: nonce !== undefined };
  }

  /** The password was right: its attempts do not count. */
  async succeeded(reservation: Reservation): Promise<void> {
    for (const record of reservation.taken) await this.repo.giveBackAttempt(record.key, record.windowStartedAt);
  }

  /** After a password reset the owner has proved they hold the email: untrusted clients may try again. */
  async forgiveAccount(email: string): Promise<void> {
    await this.repo.clearThrottle(`signin:account:${email}`);
  }

  /** Takes one attempt on a plain counter (sign-ups, reset mails); true while within `limit`. */
  async within(key: string, limit: number): Promise<{ ok: boolean; retryAfterSeconds: number }> {
    const record = await this.take(key);
    return { ok: record.attempts <= limit, retryAfterSeconds: this.secondsLeft(record) };
  }

  private async take(key: string): Promise<ThrottleRecord> {
    const now = this.clock();
    const windowStartedBefore = new Date(now.getTime() - this.settings().windowMs).toISOString();
    await this.forgetFinishedWindows(now.getTime(), windowStartedBefore);
    return this.repo.takeAttempt(key, now.toISOString(), windowStartedBefore);
  }

  /**
   * A counter whose window has ended counts for nothing (the next attempt on its key starts again at 1),
   * so deleting it changes no answer. Done at most once a minute, so the table holds only live windows
   * (one row per guessed email or address would otherwise stay for ever).
   */
  private async forgetFinishedWindows(nowMs: number, windowStartedBefore: string): Promise<void> {
    if (nowMs - this.sweptAt < SWEEP_EVERY_MS) return;
    this.sweptAt = nowMs;
    await this.repo.deleteFinishedThrottles(windowStartedBefore);
  }

  private secondsLeft(record: ThrottleRecord): number {
    const end = Date.parse(record.windowStartedAt) + this.settings().windowMs;
    return Math.max(1, Math.ceil((end - this.clock().getTime()) / 1000));
  }
}
