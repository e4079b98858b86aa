import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { accountsFeature } from '../../src/server/accounts.js';
import { buildServer } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { Client, TEST_SETTINGS } from '../integration/harness.js';
import { backrub, STACK_FRAME } from './run.js';

// `backrub reset-link EMAIL` against the same SQLite database a running server uses.
describe('backrub reset-link', () => {
  let dataDir: string;
  let app: FastifyInstance;
  const email = 'owner@example.org';

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'backrub-reset-'));
    const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir });
    app = buildServer(config, { logger: false, features: [accountsFeature({ config, settings: TEST_SETTINGS })] });
    await app.ready();
    await new Client(app).signUp(email, 'my old passphrase');
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const run = (args: string[], env: Record<string, string | undefined> = {}) =>
    backrub(['reset-link', ...args], { env: { DATA_DIR: dataDir, DATABASE_URL: undefined, PUBLIC_URL: undefined, PORT: undefined, ...env } });

  it('prints a one-time link that sets a new password and works only once', async () => {
    const result = run([email.toUpperCase(), '--base-url', 'https://diary.example.org/']);
    expect(result.code).toBe(0);
    const link = result.stdout.trim();
    expect(link).toMatch(/^https:\/\/diary\.example\.org\/account\/reset#token=[\w-]{43}$/);
    expect(result.stderr).toContain('It works once, for 30 minutes.');
    const token = link.split('#token=')[1]!;
    expect((await new Client(app).post('/api/auth/reset', { token, newPassword: 'a new passphrase now' })).statusCode).toBe(204);
    expect((await new Client(app).post('/api/auth/reset', { token, newPassword: 'a new passphrase again' })).statusCode).toBe(400);
    expect((await new Client(app).post('/api/auth/signin', { email, password: 'a new passphrase now' })).statusCode).toBe(200);
  });

  it('takes the base from PUBLIC_URL, else http://localhost:PORT', () => {
    expect(run([email], { PUBLIC_URL: 'https://backrub.example.org' }).stdout).toMatch(/^https:\/\/backrub\.example\.org\/account\/reset#token=/);
    expect(run([email], { PORT: '8080' }).stdout).toMatch(/^http:\/\/localhost:8080\/account\/reset#token=/);
  });

  it('explains an unknown email or a bad --base-url with exit code 2 and no stack trace', () => {
    const unknown = run(['nobody@example.org']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No account has the email nobody@example.org.');
    expect(unknown.stdout).toBe('');
    const bad = run([email, '--base-url', 'ftp://x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--base-url must be an http:// or https:// address');
    expect(bad.stderr).not.toMatch(STACK_FRAME);
  });
});
