import { isAbsolute, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_WEB_ROOT, loadConfig } from '../../src/server/config.js';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('serves on localhost:3000 only, by default, with the built web app from dist/web', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.webRoot).toBe(DEFAULT_WEB_ROOT);
    expect(DEFAULT_WEB_ROOT.endsWith(`dist${'/'}web`)).toBe(true);
    expect(config.dataDir).toBe(resolve('data'));
    expect(config.databaseUrl).toBeUndefined();
    expect(config.trustProxy).toBe(false);
    expect(config.emergencyNumber).toMatch(/112/);
    expect(config.emergencyNumber).toMatch(/911/);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080', HOST: '0.0.0.0', LOG_LEVEL: 'warn', DATABASE_URL: 'postgres://db/backrub', DATA_DIR: 'var/lib',
      WEB_ROOT: '/srv/web', TRUST_PROXY: '1', RATE_LIMIT_MAX: '50', RATE_LIMIT_WINDOW_MS: '1000',
      EMERGENCY_NUMBER: '000 (Australia)', SHUTDOWN_TIMEOUT_MS: '2000',
    });
    expect(config).toMatchObject({
      port: 8080, host: '0.0.0.0', logLevel: 'warn', databaseUrl: 'postgres://db/backrub', webRoot: '/srv/web',
      trustProxy: 1, rateLimit: { max: 50, windowMs: 1000 }, emergencyNumber: '000 (Australia)', shutdownTimeoutMs: 2000,
    });
    expect(isAbsolute(config.dataDir)).toBe(true);
    expect(config.dataDir).toBe(resolve('var/lib'));
  });

  it.each([
    ['true', true],
    ['false', false],
    ['2', 2],
    ['10.0.0.1, 10.0.0.0/8', ['10.0.0.1', '10.0.0.0/8']],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it('takes the numbers and words from REGION, and EMERGENCY_NUMBER / URGENT_NUMBER over them', () => {
    expect(loadConfig({}).region.id).toBe('international');
    const uk = loadConfig({ REGION: 'uk' });
    expect(uk.region).toMatchObject({ id: 'uk', emergencyNumber: '999', urgentNumber: '111', urgentService: 'NHS 111' });
    expect(uk.emergencyNumber).toBe('999');
    expect(loadConfig({ REGION: 'us' }).emergencyNumber).toBe('911');
    expect(loadConfig({ REGION: 'eu' }).emergencyNumber).toBe('112');
    const own = loadConfig({ REGION: 'eu', EMERGENCY_NUMBER: '000 (Australia)', URGENT_NUMBER: '13 43 25 84' });
    expect(own.region).toMatchObject({ id: 'eu', emergencyNumber: '000 (Australia)', urgentNumber: '13 43 25 84' });
    expect(Object.isFrozen(own.region.actions)).toBe(true);
  });

  it('refuses an unknown region or a number with nothing to dial', () => {
    expect(configError({ REGION: 'mars' }).message).toContain('REGION must be one of: international, uk, us, eu');
    expect(configError({ EMERGENCY_NUMBER: 'the local one' }).message).toContain('EMERGENCY_NUMBER must contain a phone number');
    expect(configError({ URGENT_NUMBER: '1'.repeat(121) }).message).toContain('URGENT_NUMBER must be at most 120 characters');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', HOST: '  ' }).port).toBe(3000);
  });

  it('names the variable and the problem', () => {
    const error = configError({ PORT: 'eighty' });
    expect(error.message).toContain('PORT must be a whole number');
    expect(configError({ PORT: '70000' }).message).toContain('PORT must be at most 65535');
    expect(configError({ LOG_LEVEL: 'loud' }).message).toMatch(/LOG_LEVEL must be one of: fatal, error/);
  });

  it('reports every bad variable at once', () => {
    const error = configError({ PORT: '-1', RATE_LIMIT_MAX: 'lots', TRUST_PROXY: '' , SHUTDOWN_TIMEOUT_MS: '1.5' });
    expect(error.problems.map((p) => p.variable).sort()).toEqual(['PORT', 'RATE_LIMIT_MAX', 'SHUTDOWN_TIMEOUT_MS']);
  });

  it('returns a frozen object, so no module can change the settings at run time', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.rateLimit)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
  });

  describe('sessions and reset mail (issue 13)', () => {
    it('defaults to 30 minutes idle and 12 hours at most (decision 0045), and no mail', () => {
      const config = loadConfig({});
      expect(config.sessions).toEqual({ idleHours: 0.5, maxDays: 0.5 });
      expect(config.mail).toBeUndefined();
      expect(config.publicUrl).toBeUndefined();
    });

    it('reads SESSION_IDLE_HOURS, SESSION_MAX_DAYS, PUBLIC_URL, SMTP_URL and MAIL_FROM', () => {
      const config = loadConfig({
        SESSION_IDLE_HOURS: '2', SESSION_MAX_DAYS: '7', PUBLIC_URL: 'https://backrub.example.org/',
        SMTP_URL: 'smtps://me:secret@mail.example.org', MAIL_FROM: 'Backrub <me@example.org>',
      });
      expect(config.sessions).toEqual({ idleHours: 2, maxDays: 7 });
      expect(config.publicUrl).toBe('https://backrub.example.org');
      expect(config.mail).toEqual({ smtpUrl: 'smtps://me:secret@mail.example.org', from: 'Backrub <me@example.org>' });
      expect(loadConfig({ SMTP_URL: 'smtp://localhost:2525', PUBLIC_URL: 'http://diary.local:3000' }).mail?.from).toBe('backrub <no-reply@diary.local>');
    });

    it('names each bad value', () => {
      const cases: [Record<string, string>, string, RegExp][] = [
        [{ SESSION_IDLE_HOURS: 'soon' }, 'SESSION_IDLE_HOURS', /must be a number/],
        [{ SESSION_IDLE_HOURS: '0' }, 'SESSION_IDLE_HOURS', /at least 0.05/],
        [{ SESSION_MAX_DAYS: '400' }, 'SESSION_MAX_DAYS', /at most 365/],
        [{ SESSION_IDLE_HOURS: '30', SESSION_MAX_DAYS: '1' }, 'SESSION_IDLE_HOURS', /not be longer than SESSION_MAX_DAYS/],
        [{ PUBLIC_URL: 'backrub.example.org' }, 'PUBLIC_URL', /http:\/\/ or https:\/\//],
        [{ PUBLIC_URL: 'https://x.org/?a=b' }, 'PUBLIC_URL', /http:\/\/ or https:\/\//],
        [{ SMTP_URL: 'http://mail.example.org', PUBLIC_URL: 'https://x.org' }, 'SMTP_URL', /smtp:\/\/ or smtps:\/\//],
        [{ SMTP_URL: 'smtp://mail.example.org' }, 'PUBLIC_URL', /must be set when SMTP_URL is/],
      ];
      for (const [env, variable, message] of cases) {
        const problems = configError(env).problems;
        expect(problems, JSON.stringify(env)).toEqual([expect.objectContaining({ variable, message: expect.stringMatching(message) })]);
      }
    });
  });
});
