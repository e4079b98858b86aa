import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, describeEachDialect, startTestApp, type TestApp } from './harness.js';

describeEachDialect('accounts and sessions on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect, { settings: { sessionMaxMs: 3_600_000, sessionIdleMs: 3_600_000 } });
  });
  afterAll(async () => t?.close());

  it('signs up, sets an HttpOnly SameSite cookie, and knows who is signed in', async () => {
    const client = new Client(t.app);
    const response = await client.post('/api/auth/signup', { email: 'Ana@Example.org', password: 'a long passphrase' });
    expect(response.statusCode).toBe(201);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^backrub_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const body = response.json();
    expect(body.user.email).toBe('ana@example.org');
    expect(body.csrfToken).toEqual(expect.any(String));
    const session = await client.get('/api/auth/session');
    expect(session.statusCode).toBe(200);
    expect(session.json().user.email).toBe('ana@example.org');
    expect(session.headers['cache-control']).toBe('no-store');
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    // buildServer trusts no proxy by default, so x-forwarded-proto is ignored here:
    const client = new Client(t.app);
    const response = await client.request('POST', '/api/auth/signup', { email: 'proxy@example.org', password: 'a long passphrase' }, { 'x-forwarded-proto': 'https' });
    expect(String(response.headers['set-cookie'])).not.toContain('Secure');
  });

  it('stores only hashes: the password and session token never appear in the database', async () => {
    const client = new Client(t.app);
    await client.post('/api/auth/signup', { email: 'hash@example.org', password: 'my secret phrase' });
    const token = client.cookie!.split('=')[1]!;
    const users = await t.database.db.selectFrom('users').selectAll().where('email', '=', 'hash@example.org').execute();
    expect(users[0]!.password_hash).toMatch(/^scrypt\$10\$8\$1\$/);
    expect(users[0]!.password_hash).not.toContain('my secret phrase');
    const sessions = await t.database.db.selectFrom('sessions').select('id').execute();
    expect(sessions.map((s) => s.id)).not.toContain(token);
  });

  it('refuses a second account with the same email, and explains bad input per field', async () => {
    const client = new Client(t.app);
    await client.signUp('twice@example.org');
    const again = await new Client(t.app).post('/api/auth/signup', { email: 'TWICE@example.org', password: 'another long one' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    const bad = await new Client(t.app).post('/api/auth/signup', { email: 'not-an-email', password: 'short' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({
      code: 'invalid_request',
      issues: [
        { path: 'email', message: 'must be an email address' },
        { path: 'password', message: 'must be at least 12 characters' },
      ],
    });
  });

  it('signs in with the right password only, with one message for unknown email and wrong password', async () => {
    await new Client(t.app).signUp('sign@example.org', 'right password!');
    const wrong = await new Client(t.app).post('/api/auth/signin', { email: 'sign@example.org', password: 'wrong password!' });
    const unknown = await new Client(t.app).post('/api/auth/signin', { email: 'nobody@example.org', password: 'right password!' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    const right = await new Client(t.app).post('/api/auth/signin', { email: 'SIGN@example.org', password: 'right password!' });
    expect(right.statusCode).toBe(200);
  });

  it('signs out this session, and everywhere', async () => {
    const email = 'out@example.org';
    const laptop = await new Client(t.app).signUp(email, 'right password!');
    const phone = new Client(t.app);
    const signIn = await phone.post('/api/auth/signin', { email, password: 'right password!' });
    phone.csrf = signIn.json().csrfToken;
    const tablet = new Client(t.app);
    tablet.csrf = (await tablet.post('/api/auth/signin', { email, password: 'right password!' })).json().csrfToken;

    const cookie = laptop.cookie;
    expect((await laptop.post('/api/auth/signout')).statusCode).toBe(204);
    laptop.cookie = cookie; // an old cookie replayed
    expect((await laptop.get('/api/diary/entries')).statusCode).toBe(401);
    expect((await phone.get('/api/diary/entries')).statusCode).toBe(200);

    const everywhere = await phone.post('/api/auth/signout-everywhere');
    expect(everywhere.statusCode).toBe(200);
    expect(everywhere.json().sessionsEnded).toBe(2);
    expect((await tablet.get('/api/diary/entries')).statusCode).toBe(401);
  });

  it('expires sessions after their lifetime', async () => {
    const client = await new Client(t.app).signUp();
    expect((await client.get('/api/diary/entries')).statusCode).toBe(200);
    t.clock.advance(3_600_000 + 1);
    const expired = await client.get('/api/diary/entries');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('unauthorized');
    expect((await client.get('/api/auth/session')).statusCode).toBe(401);
  });

  describe('CSRF', () => {
    it('rejects a state-changing request without the CSRF token, or with a wrong one', async () => {
      const client = await new Client(t.app).signUp();
      const token = client.csrf;
      client.csrf = undefined;
      const missing = await client.post('/api/diary/checkins', { occurredAt: '2025-06-01T10:00:00Z', pain: 5, enjoyment: 4, activity: 3 });
      expect(missing.statusCode).toBe(403);
      expect(missing.json().error.code).toBe('csrf_failed');
      client.csrf = 'x'.repeat(43);
      expect((await client.delete('/api/diary/entries/anything')).statusCode).toBe(403);
      client.csrf = token;
      expect((await client.post('/api/diary/checkins', { occurredAt: '2025-06-01T10:00:00Z', pain: 5, enjoyment: 4, activity: 3 })).statusCode).toBe(201);
    });

    it('rejects requests from another origin, even with a valid token, and login CSRF', async () => {
      const client = await new Client(t.app).signUp();
      const crossOrigin = await client.request('POST', '/api/auth/signout', {}, { origin: 'https://evil.example' });
      expect(crossOrigin.statusCode).toBe(403);
      expect(crossOrigin.json().error.code).toBe('csrf_failed');
      const crossSite = await client.request('POST', '/api/auth/signout', {}, { 'sec-fetch-site': 'cross-site' });
      expect(crossSite.statusCode).toBe(403);
      const loginCsrf = await new Client(t.app).request('POST', '/api/auth/signin', { email: 'a@b.c', password: 'whatever' }, { origin: 'null' });
      expect(loginCsrf.statusCode).toBe(403);
      const otherPort = await client.request('POST', '/api/auth/signout', {}, { origin: 'http://localhost:4000', host: 'localhost:3000' });
      expect(otherPort.statusCode).toBe(403);
      const sameOrigin = await client.request('POST', '/api/auth/signout', {}, { origin: 'http://localhost:3000', host: 'localhost:3000' });
      expect(sameOrigin.statusCode).toBe(204);
    });

    it('refuses form-encoded and text bodies (a cross-site form cannot send JSON)', async () => {
      const client = await new Client(t.app).signUp();
      const form = await t.app.inject({
        method: 'POST', url: '/api/auth/signout', remoteAddress: client.address,
        headers: { cookie: client.cookie!, 'x-csrf-token': client.csrf!, 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'a=b',
      });
      expect(form.statusCode).toBe(415);
    });
  });

  it('locks untrusted clients out of an account after 5 failed sign-ins in 15 minutes, kept in the database', async () => {
    const email = 'slow@example.org';
    await new Client(t.app).signUp(email, 'right password!');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await new Client(t.app).post('/api/auth/signin', { email, password: `guess ${i}` })).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    // A browser that never signed in to this account waits, even with the right password.
    const blocked = await new Client(t.app).post('/api/auth/signin', { email, password: 'right password!' });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    expect(blocked.headers['retry-after']).toBe('900');
    const row = await t.database.db.selectFrom('auth_throttle').selectAll().where('key', '=', `signin:account:${email}`).executeTakeFirstOrThrow();
    expect(Number(row.failures)).toBe(6);
    t.clock.advance(15 * 60_000 + 1);
    const ok = await new Client(t.app).post('/api/auth/signin', { email, password: 'right password!' });
    expect(ok.statusCode).toBe(200);
    // A right password gives its attempt back: signing in often never locks anyone out.
    const after = await t.database.db.selectFrom('auth_throttle').selectAll().where('key', '=', `signin:account:${email}`).executeTakeFirstOrThrow();
    expect(Number(after.failures)).toBe(0);
  });

  it('deletes throttle counters once their window has ended, and still counts the live ones', async () => {
    const keys = async () => (await t.database.db.selectFrom('auth_throttle').select('key').execute()).map((r) => r.key);
    const live = 'still-guessing@example.org';
    for (const email of ['gone1@example.org', 'gone2@example.org']) await new Client(t.app).post('/api/auth/signin', { email, password: 'a guess' });
    expect(await keys()).toEqual(expect.arrayContaining(['signin:account:gone1@example.org', 'signin:account:gone2@example.org']));
    t.clock.advance(15 * 60_000 + 1); // their window has ended
    for (let i = 0; i < 3; i++) await new Client(t.app).post('/api/auth/signin', { email: live, password: `guess ${i}` });
    const left = await keys();
    expect(left).not.toContain('signin:account:gone1@example.org');
    expect(left).not.toContain('signin:account:gone2@example.org');
    const row = await t.database.db.selectFrom('auth_throttle').selectAll().where('key', '=', `signin:account:${live}`).executeTakeFirstOrThrow();
    expect(Number(row.failures)).toBe(3);
  });

  it('applies a per-address request limit on the sign-in route', async () => {
    const client = new Client(t.app);
    let limited = 0;
    for (let i = 0; i < 32; i++) {
      const response = await client.post('/api/auth/signin', { email: `flood${i}@example.org`, password: 'x' });
      if (response.statusCode === 429) limited += 1;
    }
    expect(limited).toBeGreaterThan(0);
  });

  it('deletes the account and all its data, after the password is confirmed', async () => {
    const client = await new Client(t.app).signUp('gone@example.org', 'right password!');
    expect((await client.post('/api/diary/entries', { occurredAt: '2025-06-01T10:00:00Z', painBefore: 4 })).statusCode).toBe(201);
    expect((await client.post('/api/shares', {})).statusCode).toBe(201);
    const wrong = await client.delete('/api/account', { password: 'wrong' });
    expect(wrong.statusCode).toBe(403);
    const done = await client.delete('/api/account', { password: 'right password!' });
    expect(done.statusCode).toBe(204);
    const db = t.database.db;
    for (const table of ['diary_entries', 'diary_entry_techniques', 'share_links', 'sessions', 'peg_checkins', 'assessments'] as const) {
      const rows = await db.selectFrom(table).select('user_id').where('user_id', '=', client.userId!).execute();
      expect(rows, table).toHaveLength(0);
    }
    expect((await client.get('/api/diary/entries')).statusCode).toBe(401);
    expect((await new Client(t.app).post('/api/auth/signin', { email: 'gone@example.org', password: 'right password!' })).statusCode).toBe(401);
  });
});
