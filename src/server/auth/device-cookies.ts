import { createHmac, randomBytes } from 'node:crypto';
import { sameSecret } from './tokens.js';

/**
 * OWASP "device cookies" (Slow Down Online Guessing Attacks with Device Cookies): after a successful
 * sign-in the browser gets `nonce.HMAC(key, email|nonce)`. Presented again with the same email, it
 * proves this browser signed in to this account before, so it gets its own allowance of attempts and a
 * stranger's failures cannot lock it out. The key lives in the database (auth_secrets), shared by all
 * instances. Decision 0044.
 */
export const DEVICE_COOKIE = 'backrub_device';
/** A year: the cookie only says "this browser signed in before", it grants no access by itself. */
export const DEVICE_COOKIE_MAX_AGE_S = 365 * 24 * 3600;

export class DeviceCookies {
  constructor(private readonly key: () => Promise<string>) {}

  private async mac(email: string, nonce: string): Promise<string> {
    return createHmac('sha256', await this.key()).update(`${email}|${nonce}`).digest('base64url');
  }

  async issue(email: string): Promise<string> {
    const nonce = randomBytes(16).toString('base64url');
    return `${nonce}.${await this.mac(email, nonce)}`;
  }

  /** The cookie's nonce when it was issued for `email`, else undefined. */
  async verify(cookie: string | undefined, email: string): Promise<string | undefined> {
    if (!cookie || cookie.length > 200) return undefined;
    const [nonce, mac, extra] = cookie.split('.');
    if (!nonce || !mac || extra !== undefined) return undefined;
    return sameSecret(mac, await this.mac(email, nonce)) ? nonce : undefined;
  }
}
