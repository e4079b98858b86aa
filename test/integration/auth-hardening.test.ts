import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNT_SETTINGS } from '../../src/server/auth/context.js';
import { smtpMailer } from '../../src/server/auth/mailer.js';
import { startSmtp, type TestSmtp } from '../support/smtp.js';
import { Client, describeEachDialect, startTestApp, type TestApp } from './harness.js';

// OWASP ASVS 4.0 level 2, authentication (issue 13, points 1-7). Defaults as in production:
// 5 attempts per account for untrusted clients, 10 per device cookie, 30 per address, per 15 minutes.

const PASSWORD = 'right password!';
const uniqueEmail = (what: string) => `${what}-${randomBytes(4).toString('hex')}@example.org`;
const PUBLIC_URL = 'https://backrub.example.org';

describeEachDialect('authentication hardening on $name', (dialect) => {
  let t: TestApp;
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp(dialect, {
      mailer: smtpMailer(smtp.url, 'backrub <no-reply@backrub.example.org>'),
      publicUrl: PUBLIC_URL,
      // Production session lifetimes (decision 0045): 30 minutes idle, 12 hours at most.
      settings: { sessionIdleMs: DEFAULT_ACCOUNT_SETTINGS.sessionIdleMs, sessionMaxMs: DEFAULT_ACCOUNT_SETTINGS.sessionMaxMs },
    });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const signIn = (client: Client, email: string, password: string) => client.post('/api/auth/signin', { email, password });

  describe('1. the sign-in throttle holds under a burst', () => {
    it('checks at most 5 of 25 parallel wrong passwords for one email from one address', async () => {
      const email = uniqueEmail('burst');
      await new Client(t.app).signUp(email, PASSWORD);
      const attacker = new Client(t.app);
      const before = t.passwordChecks;
      const answers = await Promise.all(Array.from({ length: 25 }, (_, i) => signIn(attacker, email, `wrong guess ${i}`)));
      const checked = t.passwordChecks - before;
      const statuses = answers.map((answer) => answer.statusCode);
      expect(checked).toBeLessThanOrEqual(5);
      // Each check answers 401; every other attempt was refused (429) before any check.
      expect(statuses.filter((status) => status === 401)).toHaveLength(checked);
      expect(statuses.filter((status) => status === 429)).toHaveLength(25 - checked);
      console.log(`burst (${dialect.name}): ${checked} of 25 parallel wrong passwords were checked`);
    });

    it('in a burst of 20 wrong and 1 right, the right one does not get in while throttled', async () => {
      const email = uniqueEmail('burst-right');
      await new Client(t.app).signUp(email, PASSWORD);
      const attacker = new Client(t.app);
      const wrong = Array.from({ length: 20 }, (_, i) => signIn(attacker, email, `wrong guess ${i}`));
      const right = signIn(attacker, email, PASSWORD);
      const before = t.passwordChecks;
      const answers = await Promise.all([...wrong, right]);
      expect(t.passwordChecks - before).toBeLessThanOrEqual(5);
      expect(answers.filter((answer) => answer.statusCode === 401).length).toBeLessThanOrEqual(5);
      expect(answers.at(-1)!.statusCode).toBe(429);
      expect(answers.filter((answer) => answer.statusCode === 200)).toHaveLength(0);
    });
  });

  describe('2. a stranger cannot lock the owner out (device cookies)', () => {
    it('keeps a browser that signed in before working while strangers are locked out', async () => {
      const email = uniqueEmail('owner');
      const laptop = await new Client(t.app).signUp(email, PASSWORD);
      expect(laptop.deviceCookie).toMatch(/^backrub_device=[\w-]+\.[\w-]+$/);
      expect((await laptop.post('/api/auth/signout')).statusCode).toBe(204);

      // Guesses from many addresses: the account is locked for every browser it does not know.
      for (let i = 0; i < 8; i++) await signIn(new Client(t.app), email, `guess ${i}`);
      expect((await signIn(new Client(t.app), email, PASSWORD)).statusCode).toBe(429);

      // The owner's own browser has its own allowance, and gets in.
      expect((await signIn(laptop, email, PASSWORD)).statusCode).toBe(200);
    });

    it('binds the device cookie to its account, refuses forged ones, and limits each device too', async () => {
      const victim = uniqueEmail('victim');
      await new Client(t.app).signUp(victim, PASSWORD);
      for (let i = 0; i < 5; i++) await signIn(new Client(t.app), victim, `guess ${i}`);

      // An attacker's device cookie from their own account does not count for the victim's.
      const attacker = await new Client(t.app).signUp(uniqueEmail('attacker'), PASSWORD);
      expect((await signIn(attacker, victim, PASSWORD)).statusCode).toBe(429);
      const forged = new Client(t.app);
      forged.deviceCookie = `backrub_device=${randomBytes(16).toString('base64url')}.${randomBytes(32).toString('base64url')}`;
      expect((await signIn(forged, victim, PASSWORD)).statusCode).toBe(429);

      // A trusted device that guesses wrong 10 times is stopped as well (and only that device).
      const owner = uniqueEmail('device-limit');
      const phone = await new Client(t.app).signUp(owner, PASSWORD);
      const tablet = await new Client(t.app).signUp(uniqueEmail('other'), PASSWORD);
      await signIn(tablet, owner, 'wrong once'); // untrusted for this account: one account attempt
      const answers: number[] = [];
      for (let i = 0; i < 11; i++) answers.push((await signIn(phone, owner, `wrong ${i}`)).statusCode);
      expect(answers.slice(0, 10)).toEqual(Array(10).fill(401));
      expect(answers[10]).toBe(429);
      expect((await signIn(new Client(t.app), owner, PASSWORD)).statusCode).toBe(200);
    });
  });

  describe('3. password change and reset', () => {
    it('changes the password with the current one, ends every other session and keeps this one', async () => {
      const email = uniqueEmail('change');
      const laptop = await new Client(t.app).signUp(email, PASSWORD);
      const phone = new Client(t.app);
      phone.csrf = (await signIn(phone, email, PASSWORD)).json().csrfToken;

      const weak = await laptop.post('/api/account/password', { currentPassword: PASSWORD, newPassword: 'password1234' });
      expect(weak.statusCode).toBe(400);
      expect(weak.json().error.issues).toEqual([{ path: 'newPassword', message: expect.stringMatching(/too easy to guess/) }]);
      const wrong = await laptop.post('/api/account/password', { currentPassword: 'not my password', newPassword: 'a brand new passphrase' });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().error.code).toBe('forbidden');

      const changed = await laptop.post('/api/account/password', { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
      expect(changed.statusCode).toBe(204);
      expect((await laptop.get('/api/diary/entries')).statusCode).toBe(200);
      expect((await phone.get('/api/diary/entries')).statusCode).toBe(401);
      expect((await signIn(new Client(t.app), email, PASSWORD)).statusCode).toBe(401);
      expect((await signIn(new Client(t.app), email, 'a brand new passphrase')).statusCode).toBe(200);
    });

    it('answers a reset request the same way for known and unknown emails, and mails only the owner', async () => {
      const email = uniqueEmail('reset');
      await new Client(t.app).signUp(email, PASSWORD);
      const known = await new Client(t.app).post('/api/auth/reset-request', { email: email.toUpperCase() });
      const unknown = await new Client(t.app).post('/api/auth/reset-request', { email: uniqueEmail('nobody') });
      expect(known.statusCode).toBe(202);
      expect(unknown.statusCode).toBe(202);
      expect(known.body).toBe(unknown.body);
      const mail = await smtp.nextMailTo(email);
      expect(mail.subject).toBe('Reset your backrub password');
      expect(mail.text).toMatch(new RegExp(`${PUBLIC_URL}/account/reset#token=[\\w-]{43}`));
      const bad = await new Client(t.app).post('/api/auth/reset-request', { email: 'not an email' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.issues[0].path).toBe('email');
    });

    it('answers before the mail is sent, so a slow mail server does not tell known emails apart', async () => {
      const email = uniqueEmail('slow-mail');
      await new Client(t.app).signUp(email, PASSWORD);
      smtp.delayMs = 1500;
      try {
        const started = Date.now();
        expect((await new Client(t.app).post('/api/auth/reset-request', { email })).statusCode).toBe(202);
        expect(Date.now() - started).toBeLessThan(1000);
        await smtp.nextMailTo(email);
      } finally {
        smtp.delayMs = 0;
      }
    });

    it('resets with the mailed link once, within 30 minutes, ending every session', async () => {
      const email = uniqueEmail('link');
      const laptop = await new Client(t.app).signUp(email, PASSWORD);
      expect((await new Client(t.app).post('/api/auth/reset-request', { email })).statusCode).toBe(202);
      const token = /#token=([\w-]{43})/.exec((await smtp.nextMailTo(email)).text ?? '')![1]!;
      const stored = await t.database.db.selectFrom('password_resets').select('token_hash').execute();
      expect(stored.map((row) => row.token_hash)).not.toContain(token);

      const weak = await new Client(t.app).post('/api/auth/reset', { token, newPassword: `${email.split('@')[0]} 2025!` });
      expect(weak.statusCode).toBe(400);
      expect(weak.json().error.issues[0]).toMatchObject({ path: 'newPassword', message: 'must not contain the first part of your email address' });

      const done = await new Client(t.app).post('/api/auth/reset', { token, newPassword: 'reset to something new' });
      expect(done.statusCode).toBe(204);
      expect((await laptop.get('/api/diary/entries')).statusCode).toBe(401);
      const again = await new Client(t.app).post('/api/auth/reset', { token, newPassword: 'and once more again' });
      expect(again.statusCode).toBe(400);
      expect(again.json().error.issues[0].path).toBe('token');
      expect((await signIn(new Client(t.app), email, 'reset to something new')).statusCode).toBe(200);

      // A second link, used after 30 minutes, does nothing.
      await new Client(t.app).post('/api/auth/reset-request', { email });
      const second = /#token=([\w-]{43})/.exec((await smtp.mailTo(email, 2)).text ?? '')![1]!;
      expect(second).not.toBe(token);
      t.clock.advance(30 * 60_000 + 1);
      expect((await new Client(t.app).post('/api/auth/reset', { token: second, newPassword: 'too late for this one' })).statusCode).toBe(400);
    });

    it('lets only one of two parallel resets with one link through', async () => {
      const email = uniqueEmail('race');
      await new Client(t.app).signUp(email, PASSWORD);
      await new Client(t.app).post('/api/auth/reset-request', { email });
      const token = /#token=([\w-]{43})/.exec((await smtp.nextMailTo(email)).text ?? '')![1]!;
      const answers = await Promise.all(['first new password', 'second new password'].map((newPassword) => new Client(t.app).post('/api/auth/reset', { token, newPassword })));
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([204, 400]);
    });

    it('unlocks the account for untrusted browsers after a reset (the owner proved the email is theirs)', async () => {
      const email = uniqueEmail('unlock');
      await new Client(t.app).signUp(email, PASSWORD);
      for (let i = 0; i < 6; i++) await signIn(new Client(t.app), email, `guess ${i}`);
      expect((await signIn(new Client(t.app), email, PASSWORD)).statusCode).toBe(429);
      await new Client(t.app).post('/api/auth/reset-request', { email });
      const token = /#token=([\w-]{43})/.exec((await smtp.nextMailTo(email)).text ?? '')![1]!;
      expect((await new Client(t.app).post('/api/auth/reset', { token, newPassword: 'my fresh passphrase' })).statusCode).toBe(204);
      expect((await signIn(new Client(t.app), email, 'my fresh passphrase')).statusCode).toBe(200);
    });
  });

  describe('4. password policy', () => {
    const signUp = (password: string, email = uniqueEmail('policy')) => new Client(t.app).post('/api/auth/signup', { email, password });
    const problem = async (password: string, email?: string) => {
      const response = await signUp(password, email);
      return response.statusCode === 201 ? 'ok' : (response.json().error.issues?.[0]?.message as string);
    };

    it('counts Unicode code points after NFKC: at least 12, at most 128', async () => {
      expect(await problem('eleven char')).toBe('must be at least 12 characters');
      // 11 turtles are 22 UTF-16 units but 11 code points.
      expect(await problem('🐢'.repeat(11))).toBe('must be at least 12 characters');
      // "ﬃ" (one code point) becomes "ffi" under NFKC: 10 characters typed, 12 counted.
      expect(await problem('ﬃ ﬁsh river ')).toBe('ok');
      const long = Array.from({ length: 16 }, () => randomBytes(6).toString('base64url')).join(' ').slice(0, 128);
      expect(await problem(long)).toBe('ok');
      expect(await problem(`${long}x`)).toBe('must be at most 128 characters');
    });

    it('refuses common and breached passwords, and ones containing the email', async () => {
      for (const common of ['password1234', 'qwertyuiop123', 'iloveyou1234', '123456789012', 'aaaaaaaaaaaa']) {
        expect(await problem(common), common).toMatch(/too easy to guess/);
      }
      expect(await problem('margaret.hill', 'Margaret.Hill@example.org')).toBe('must not contain the first part of your email address');
      expect(await problem('I am MARGARET.HILL, hello', 'margaret.hill@example.org')).toBe('must not contain the first part of your email address');
      expect(await problem('correct horse battery')).toBe('ok');
    });
  });

  describe('5. deleting the account and changing the password share the sign-in throttle', () => {
    it('counts wrong passwords on delete and change against the account', async () => {
      const email = uniqueEmail('delete');
      const owner = await new Client(t.app).signUp(email, PASSWORD);
      // A stolen session cookie without the owner's device cookie: an untrusted client.
      const thief = new Client(t.app);
      Object.assign(thief, { cookie: owner.cookie, csrf: owner.csrf });
      for (let i = 0; i < 3; i++) expect((await thief.delete('/api/account', { password: `guess ${i}` })).statusCode).toBe(403);
      for (let i = 0; i < 2; i++) {
        expect((await thief.post('/api/account/password', { currentPassword: `guess ${i}`, newPassword: 'taken over for good' })).statusCode).toBe(403);
      }
      const blocked = await thief.delete('/api/account', { password: PASSWORD });
      expect(blocked.statusCode).toBe(429);
      expect(blocked.headers['retry-after']).toEqual(expect.any(String));
      expect((await signIn(new Client(t.app), email, PASSWORD)).statusCode).toBe(429);
      // The owner's browser still can.
      expect((await owner.delete('/api/account', { password: PASSWORD })).statusCode).toBe(204);
    });
  });

  describe('6. sessions: sliding idle timeout and absolute lifetime', () => {
    it('ends a session unused for 30 minutes, and any session after 12 hours however much it is used', async () => {
      const idle = await new Client(t.app).signUp();
      t.clock.advance(29 * 60_000);
      expect((await idle.get('/api/diary/entries')).statusCode).toBe(200);
      t.clock.advance(29 * 60_000);
      expect((await idle.get('/api/diary/entries')).statusCode).toBe(200);
      t.clock.advance(30 * 60_000 + 1);
      expect((await idle.get('/api/diary/entries')).statusCode).toBe(401);

      const busy = await new Client(t.app).signUp();
      for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
        t.clock.advance(20 * 60_000);
        expect((await busy.get('/api/auth/session')).statusCode, `after ${minutes + 20} minutes`).toBe(200);
      }
      t.clock.advance(20 * 60_000);
      expect((await busy.get('/api/auth/session')).statusCode).toBe(401);
    });

    it('moves last_seen_at with use, writing it at most once a minute', async () => {
      const client = await new Client(t.app).signUp();
      const lastSeen = async () =>
        (await t.database.db.selectFrom('sessions').select('last_seen_at').where('user_id', '=', client.userId!).executeTakeFirstOrThrow()).last_seen_at;
      const start = await lastSeen();
      t.clock.advance(30_000);
      await client.get('/api/diary/entries');
      expect(await lastSeen()).toBe(start);
      t.clock.advance(31_000);
      await Promise.all([client.get('/api/diary/entries'), client.get('/api/auth/session')]);
      expect(await lastSeen()).toBe(new Date(t.clock.time).toISOString());
    });
  });

  describe('7. sign-up enumeration: 409 kept, with a small allowance per address (decision 0046)', () => {
    it('answers "already exists" 5 times per address per window, then 429', async () => {
      const email = uniqueEmail('taken');
      await new Client(t.app).signUp(email, PASSWORD);
      const prober = new Client(t.app);
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await prober.post('/api/auth/signup', { email, password: 'another long one' })).statusCode);
      expect(statuses).toEqual([409, 409, 409, 409, 409, 429, 429]);
      // New accounts from that address still work (only the "already exists" answers are limited).
      expect((await prober.post('/api/auth/signup', { email: uniqueEmail('fresh'), password: 'another long one' })).statusCode).toBe(201);
    });
  });

  it('describes the new routes in the OpenAPI document with their zod schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/auth/reset-request', '/api/auth/reset', '/api/account/password']) expect(doc.paths, path).toHaveProperty([path]);
    expect(doc.paths['/api/account/password'].post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/ChangePassword');
    expect(doc.components.schemas.ChangePassword.required).toEqual(['currentPassword', 'newPassword']);
    expect(doc.components.schemas.Reset.required).toEqual(['token', 'newPassword']);
    expect(doc.components.schemas.ResetRequest.properties.email).toMatchObject({ type: 'string', format: 'email' });
  });
});
