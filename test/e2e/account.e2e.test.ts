import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, PHONE, SELF_CARE_ANSWERS } from './browser.js';
import { browserSuite, type OpenOptions } from './suite.js';

// Accounts, the diary, progress charts and sharing in real headless Chromium, against the real server
// (SQLite in a fresh temporary DATA_DIR). Never downloads a browser. The tests share one account, in
// order, but each opens its own browser context. `npm run test:e2e` builds first; BACKRUB_DIST points
// at another build (e.g. while others rebuild dist/).

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(process.env['BACKRUB_DIST'] ?? join(ROOT, 'dist'));
const SHOTS = resolve(ROOT, 'test-results/e2e-account');

const EMAIL = 'sam@example.org';
const PASSWORD = 'warm shower then stretch';

// Expected answers the app handles: 401 while signed out, 403/404 in the error-path checks.
const suite = browserSuite({ allowed: [/status of (400|401|403|404)/], shots: SHOTS });

function open(options: Pick<OpenOptions, 'viewport' | 'dark' | 'answers'> = {}) {
  return suite.open({ ...options, acceptDownloads: true, seed: 'if-missing' });
}

/** A fresh browser signed in to the suite's account (made by the first test) on `path`. */
async function signedIn(path: string, options: Parameters<typeof open>[0] = {}) {
  const opened = await open(options);
  const { page } = opened;
  await page.goto(`${suite.url}/account/signin?next=${encodeURIComponent(path)}`);
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => u.pathname === path.split('?')[0]);
  return opened;
}

const axe = expectNoAxeViolations;

async function check(page: Page, name: string) {
  await axe(page, name);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Retries for up to 15 s: password hashing (scrypt) makes sign-up and sign-in take a moment. */
const until = <T,>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

const h1 = (page: Page) => page.locator('h1').first().textContent();

/** `backrub reset-link EMAIL` of the build under test, on the test server's database. */
function operatorResetLink(email: string): string {
  const cli = pathToFileURL(join(DIST, 'cli/main.js')).href;
  const result = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `import { main } from ${JSON.stringify(cli)}; process.exitCode = await main(process.argv.slice(1));`, 'reset-link', email, '--base-url', suite.url],
    { encoding: 'utf8', env: { ...process.env, DATA_DIR: suite.server.dataDir, DATABASE_URL: '' }, timeout: 30_000 },
  );
  if (result.status !== 0) throw new Error(`reset-link failed: ${result.stderr}`);
  return result.stdout.trim();
}

async function finishSession(page: Page, before: string, after: string) {
  await page.goto(suite.url + '/session?speed=50');
  await page.getByLabel('How much does it hurt now?').fill(before);
  await page.getByRole('button', { name: /Start the session/ }).click();
  await page.locator('.countdown').waitFor();
  // Do each step for at least 10 (fast-clock) seconds before skipping it: the diary only records
  // techniques that were really done, not steps skipped at once.
  const seconds = (clock: string | null) => (clock ?? '0:00').split(':').reduce((total, part) => total * 60 + Number(part), 0);
  while (await page.getByRole('button', { name: /Skip to next step|Finish/ }).count()) {
    const step = await page.locator('.player h1, h1').first().textContent();
    const start = seconds(await page.locator('.countdown__time').textContent());
    await expect
      .poll(async () => {
        const heading = await page.locator('.player h1, h1').first().textContent();
        return heading !== step || seconds(await page.locator('.countdown__time').textContent()) <= start - 10;
      }, { timeout: 15_000 }) // 10 fast-clock seconds take longer than poll's default 1 s on a busy machine
      .toBe(true);
    const skip = page.getByRole('button', { name: /Skip to next step|Finish/ });
    if (await skip.count()) await skip.click();
  }
  await page.getByLabel('How much does it hurt now?').fill(after);
  await page.getByRole('button', { name: 'See the change' }).click();
  await page.getByTestId('session-done').waitFor();
}

describe('accounts, diary and sharing in Chromium', () => {
  let shareUrl = '';

  it('offers the diary after a guided session, signs up, and saves the session', async () => {
    const { page } = await open({ answers: SELF_CARE_ANSWERS });
    await finishSession(page, '6', '3');
    const save = page.getByTestId('save-session');
    await until(() => save.textContent()).toMatch(/free, private diary/);
    await page.getByRole('button', { name: 'Save to my diary' }).click();
    await page.waitForURL('**/account/signup');
    await until(() => h1(page)).toBe('Make an account for your diary');
    await expect(page.getByTestId('pending-note').textContent()).resolves.toMatch(/pain 6 before, 3 after/);
    await check(page, 'phone-signup');

    // Field errors: the form's own check, then the API's { error: { issues } } body.
    await page.getByLabel('Email').fill('sam');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Make my account' }).click();
    await until(() => page.locator('#account-password-error').textContent()).toMatch(/at least 12 characters/);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Make my account' }).click();
    await until(() => page.locator('#account-email-error').textContent()).toMatch(/email address/i);
    await expect(page.locator('.error-summary').isVisible()).resolves.toBe(true);
    await check(page, 'phone-signup-errors');

    await page.getByLabel('Email').fill(EMAIL);
    await page.getByRole('button', { name: 'Make my account' }).click();
    await page.waitForURL('**/diary?save=session');
    await until(() => page.getByRole('status').first().textContent()).toMatch(/guided session is saved/);
    const entry = page.getByTestId('diary-entry');
    await until(() => entry.count()).toBe(1);
    await expect(entry.textContent()).resolves.toMatch(/Pain 6 .*3 .*3 points less pain/);
    await check(page, 'phone-diary');
  });

  it('shows the session on the progress chart, and what helps once the assessment is saved', async () => {
    const { page } = await signedIn('/diary', { answers: SELF_CARE_ANSWERS });
    await page.getByRole('link', { name: 'Progress', exact: true }).click();
    await until(() => h1(page)).toBe('My progress');
    await until(() => page.getByTestId('pain-summary').textContent()).toMatch(/1 entry\. Your pain was 6 out of 10 on average\. After massage it was 3 lower/);
    await expect(page.locator('[data-testid="pain-chart"] svg circle').count()).resolves.toBe(1);
    await expect(page.locator('[data-testid="sessions-chart"] rect.chart__bar').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Use my answers from this device' }).click();
    await until(() => page.getByTestId('learned-reason').allTextContents()).toContainEqual(expect.stringMatching(/It helped you once \(3 points less pain on average\)/));
    await check(page, 'phone-progress');
    // Ten years at once: the server sends monthly points, not thousands of entries.
    await page.getByText('10 years').click();
    await until(() => page.locator('[data-testid="pain-chart"] title').textContent()).toMatch(/Your pain, /);
    await page.getByText('Show the numbers as a table').first().click();
    await expect(page.locator('.chart__table table').first().isVisible()).resolves.toBe(true);
  });

  it('adds, changes and deletes entries, and keeps an unsaved entry when the session ends', async () => {
    const { context, page } = await signedIn('/diary/new');
    await until(() => h1(page)).toBe('Add to my diary');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await until(() => page.locator('#entry-before-error').textContent()).toMatch(/move the slider/);
    await page.getByLabel('When was it?').fill('2026-01-10T08:15');
    await page.getByLabel('How much did it hurt before?').fill('7');
    await page.getByLabel(/How much did it hurt after/).fill('5');
    await page.getByRole('checkbox', { name: 'Lower back' }).check();
    await page.getByLabel(/How much did your lower back hurt/).fill('8');
    await page.getByRole('checkbox', { name: 'Swedish massage' }).check();
    await page.getByRole('radio', { name: 'A massage therapist' }).check();
    await page.getByLabel(/How many minutes/).fill('45');
    await page.getByLabel(/How firm did the pressure feel/).fill('4');
    const notes = 'Slept badly. '.repeat(300);
    await page.getByLabel(/Notes/).fill(notes);
    await page.getByLabel(/What may have set it off/).fill('Long drive, bad sleep');
    await check(page, 'phone-entry-form');

    // The session ends (cookie gone) before saving: sign in again, and the entry is still there.
    await context.clearCookies();
    await page.getByRole('button', { name: 'Save entry' }).click();
    await until(() => h1(page)).toBe('Sign in to your diary');
    await expect(page.locator('.notice').first().textContent()).resolves.toMatch(/session ended/);
    await check(page, 'phone-signin-expired');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await until(() => h1(page)).toBe('Add to my diary');
    await expect(page.getByLabel(/What may have set it off/).inputValue()).resolves.toBe('Long drive, bad sleep');
    await expect(page.getByLabel('How much did it hurt before?').inputValue()).resolves.toBe('7');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.waitForURL('**/diary?saved=*');
    await until(() => page.getByTestId('diary-entry').count()).toBe(2);
    // Newest first: today's session, then 10 January.
    const second = page.getByTestId('diary-entry').nth(1);
    await expect(second.textContent()).resolves.toMatch(/Swedish massage.*Pain 7.*5.*2 points less pain.*Massage therapist.*45 minutes.*Pressure 4 of 10.*Lower back: 8.*long drive.*bad sleep/s);

    await second.getByRole('link', { name: /Read all, change or delete/ }).click();
    await until(() => h1(page)).toBe('Change this entry');
    await until(() => page.getByLabel(/Notes/).inputValue()).toBe(notes);
    await page.getByLabel(/How much did it hurt after/).fill('2');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.waitForURL('**/diary?saved=*');
    await until(() => page.getByTestId('diary-entry').nth(1).textContent()).toMatch(/5 points less pain/);

    // A third entry, then delete it (with a clear confirmation).
    await page.goto(suite.url + '/diary/new');
    await page.getByLabel('How much did it hurt before?').fill('4');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.waitForURL('**/diary?saved=*');
    await until(() => page.getByTestId('diary-entry').count()).toBe(3);
    await page.getByTestId('diary-entry').filter({ hasText: 'Pain noted' }).getByRole('link', { name: /Change or delete/ }).click();
    await page.getByRole('button', { name: 'Delete this entry...' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.waitForURL('**/diary?deleted=1');
    await until(() => page.getByTestId('diary-entry').count()).toBe(2);
  });

  it('takes the weekly check-in and shows the mean', async () => {
    const { page } = await signedIn('/diary');
    await page.getByTestId('checkin-offer').getByRole('link', { name: 'Do the check-in' }).click();
    await until(() => h1(page)).toBe('Weekly check-in');
    await page.getByLabel(/how bad was your pain/).fill('5');
    await page.getByLabel(/enjoying life/).fill('4');
    await page.getByLabel(/day-to-day activities/).fill('6');
    await until(() => page.getByTestId('peg-score').textContent()).toMatch(/Your score this week: 5 out of 10/);
    await check(page, 'phone-checkin');
    await page.getByRole('button', { name: 'Save my check-in' }).click();
    await page.waitForURL('**/diary/progress?checkin=1');
    await until(() => page.getByRole('status').first().textContent()).toMatch(/score this week: 5 out of 10/);
  });

  it('creates a share link that opens without an account, prints on two pages at most, and can be turned off', async () => {
    const { page } = await signedIn('/diary/share');
    await until(() => h1(page)).toBe('Share with my therapist or doctor');
    await expect(page.getByLabel('Days the link works').inputValue()).resolves.toBe('14');
    await page.getByRole('checkbox', { name: /My weekly check-ins/ }).uncheck();
    await page.getByLabel('First day').fill('2026-01-01');
    await page.getByRole('button', { name: 'Make the link' }).click();
    await page.getByTestId('share-created').waitFor();
    shareUrl = await page.getByLabel('Link', { exact: true }).inputValue();
    expect(shareUrl).toMatch(new RegExp(`^${suite.url}/share/[A-Za-z0-9_-]{20,}$`));
    await expect(page.getByTestId('share-link').first().textContent()).resolves.toMatch(/Works until/);
    await check(page, 'phone-share');

    const guest = await open({ viewport: DESKTOP });
    await guest.page.goto(shareUrl);
    await until(() => h1(guest.page)).toBe('Back pain summary');
    await expect(guest.page.getByTestId('disclaimer').textContent()).resolves.toMatch(/not a diagnosis/);
    const summary = (await guest.page.getByTestId('summary').textContent()) ?? '';
    expect(summary).toMatch(/OK to try gentle self-care/);
    expect(summary).toMatch(/Swedish massage/);
    expect(summary).not.toMatch(/Slept badly/); // notes stay private unless chosen
    expect(summary).not.toMatch(/Weekly check-ins/);
    await check(guest.page, 'desktop-shared-summary');
    await guest.page.emulateMedia({ media: 'print' });
    await guest.page.screenshot({ path: `${SHOTS}/desktop-shared-summary-print.png`, fullPage: true });
    const pdf = await guest.page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);

    await page.getByRole('button', { name: /Turn off this link/ }).first().click();
    await until(() => page.getByRole('status').first().textContent()).toMatch(/turned off/);
    const late = await open();
    await late.page.goto(shareUrl);
    await until(() => h1(late.page)).toBe('This link does not work');
    await check(late.page, 'phone-shared-revoked');
  });

  it('exports JSON, CSV and FHIR, imports the JSON back without duplicates', async () => {
    const { page } = await signedIn('/account');
    await until(() => h1(page)).toBe('My account');
    await check(page, 'phone-account');
    const files: Record<string, string> = {};
    for (const label of ['Everything, as JSON', 'Diary entries, as CSV', 'For health records (FHIR)']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
      const path = join(suite.server.dataDir, download.suggestedFilename());
      await download.saveAs(path);
      files[label] = readFileSync(path, 'utf8');
    }
    expect(JSON.parse(files['Everything, as JSON']!)).toHaveProperty('entries');
    expect(files['Diary entries, as CSV']!.split('\n')[0]).toMatch(/pain/i);
    expect(JSON.parse(files['For health records (FHIR)']!).resourceType).toBe('Bundle');
    const jsonFile = join(suite.server.dataDir, 'import.json');
    rmSync(jsonFile, { force: true });
    await import('node:fs').then((fs) => fs.writeFileSync(jsonFile, files['Everything, as JSON']!));
    await page.locator('#import-file').setInputFiles(jsonFile);
    await page.getByRole('button', { name: 'Import' }).click();
    await until(() => page.getByRole('status').first().textContent()).toMatch(/Imported 0 diary entries.*already here/);
  });

  it('looks right at phone and desktop widths, in light and dark', async () => {
    for (const [name, viewport, dark] of [['desktop', DESKTOP, false], ['phone-dark', PHONE, true]] as const) {
      const { context: other, page: p } = await signedIn('/diary', { viewport, dark });
      for (const [path, shot, ready] of [
        ['/diary', 'diary', 'diary-entry'],
        ['/diary/progress', 'progress', 'pain-chart'],
        ['/diary/share', 'share', 'share-link'],
      ] as const) {
        await p.goto(suite.url + path);
        await p.getByTestId(ready).first().waitFor();
        await check(p, `${name}-${shot}`);
      }
      await p.goto(suite.url + '/diary/new');
      await p.getByLabel('How much did it hurt before?').waitFor();
      await check(p, `${name}-entry-form`);
      await other.close();
    }
  });

  it('changes the password on the account page, and resets a forgotten one with a one-time link', async () => {
    const changed = 'evening walk by the river';
    const { page } = await signedIn('/account');
    await until(() => h1(page)).toBe('My account');
    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password', { exact: true }).fill('sunshine');
    await until(() => page.locator('#new-password-strength').textContent()).toBe('Password strength: Too short');
    await page.getByLabel('New password', { exact: true }).fill(changed);
    await until(() => page.locator('#new-password-strength').textContent()).toMatch(/^Password strength: (Good|Strong)$/);
    await page.getByRole('button', { name: 'Change my password' }).click();
    await until(() => page.locator('.error-summary').textContent()).toMatch(/current password is not right/);
    await page.getByLabel('Current password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Change my password' }).click();
    await until(() => page.getByText(/Your password is changed/).count()).toBe(1);
    await page.getByRole('heading', { name: 'Change password' }).scrollIntoViewIfNeeded();
    await check(page, 'phone-change-password');

    // Forgotten: ask for a link (the same answer whoever asks), then open the operator's link.
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL('**/account/signin?signedout=*');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await until(() => h1(page)).toBe('Forgot your password?');
    await check(page, 'phone-forgot-password');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await until(() => page.getByRole('status').first().textContent()).toMatch(/If this email has a backrub account/);
    await check(page, 'phone-forgot-password-sent');

    const link = operatorResetLink(EMAIL);
    await page.goto(link);
    await until(() => h1(page)).toBe('Choose a new password');
    expect(page.url()).not.toContain('token');
    await page.getByLabel('New password', { exact: true }).fill('password1234');
    await until(() => page.locator('#reset-password-strength').textContent()).toMatch(/easy to guess/i);
    await page.getByRole('button', { name: 'Save my new password' }).click();
    await until(() => page.locator('#reset-password-error').textContent()).toMatch(/too easy to guess/);
    await check(page, 'phone-reset-password');
    await page.getByLabel('New password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Save my new password' }).click();
    await until(() => h1(page)).toBe('Your password is changed');
    await check(page, 'phone-reset-password-done');

    // The link works once (opened fresh, as from the mail: going to it from its own page would only change the fragment).
    await page.goto(suite.url + '/');
    await page.goto(link);
    await page.getByLabel('New password', { exact: true }).fill('one more new password');
    await page.getByRole('button', { name: 'Save my new password' }).click();
    await until(() => h1(page)).toBe('This link does not work');
    await check(page, 'phone-reset-link-used');

    await page.goto(suite.url + '/account/signin');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(changed);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await until(() => page.locator('.error-summary').textContent()).toMatch(/do not match/);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await until(() => h1(page)).toBe('My diary');
  });

  it('signs out everywhere, and deletes the account only with the right password', async () => {
    const { page } = await signedIn('/account');
    await page.getByRole('button', { name: 'Sign out on all my devices' }).click();
    await page.waitForURL('**/account/signin?signedout=*');
    await until(() => page.locator('.notice').first().textContent()).toMatch(/signed out/);
    await page.goto(suite.url + '/diary');
    await until(() => h1(page)).toBe('Sign in to your diary');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await until(() => h1(page)).toBe('My diary');
    await page.goto(suite.url + '/account');
    await page.getByRole('button', { name: 'Delete my account...' }).click();
    await page.getByLabel('Type your password to confirm').fill('not my password');
    await page.getByRole('button', { name: 'Yes, delete everything for good' }).click();
    await until(() => page.locator('.error-summary').textContent()).toMatch(/password is not right/);
    await check(page, 'phone-delete-confirm');
    await page.getByLabel('Type your password to confirm').fill(PASSWORD);
    await page.getByRole('button', { name: 'Yes, delete everything for good' }).click();
    await page.waitForURL('**/account/deleted');
    await until(() => h1(page)).toBe('Your account is deleted');
    await check(page, 'phone-account-deleted');

    // The account is gone: signing in fails, and the diary asks to sign in.
    await page.goto(suite.url + '/account/signin');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await until(() => page.locator('.error-summary').textContent()).toMatch(/do not match/);
  });
});
