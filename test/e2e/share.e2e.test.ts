import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskWorkerIntake } from '../server/support.js';
import { DESKTOP, expectNoAxeViolations, PHONE, SELF_CARE_ANSWERS } from './browser.js';
import { browserSuite } from './suite.js';
import { startWebServer } from './web-server.js';

// Privacy, charts and CSV, share links and the share summary, reminders (issue #11 points 12-15), in
// real Chromium against the real server (SQLite in a fresh DATA_DIR). Screenshots: test-results/e2e-share/.

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = resolve(ROOT, 'test-results/e2e-share');
const PASSWORD = 'warm shower then stretch';
const DAY = 86_400_000;

// A 400 is the answer the bad-input checks ask for; 401 is "not signed in yet".
const suite = browserSuite({ allowed: [/status of (400|401)/], shots: SHOTS });
let accounts = 0;

function open(options: { viewport?: typeof PHONE; timezoneId?: string; keep?: boolean } = {}) {
  return suite.open({ acceptDownloads: true, timezoneId: 'UTC', ...options });
}

/** Signs up through the API (the sign-up page has its own suite); the context keeps the cookies. */
async function signUp(context: BrowserContext): Promise<{ request: APIRequestContext; csrf: string; email: string }> {
  const email = `share${++accounts}@example.org`;
  const response = await context.request.post(`${suite.url}/api/auth/signup`, { data: { email, password: PASSWORD } });
  expect(response.status()).toBe(201);
  return { request: context.request, csrf: ((await response.json()) as { csrfToken: string }).csrfToken, email };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const PARIS = 'Europe/Paris';

/** Today's date (YYYY-MM-DD) where the browser is: between 23:00 and 24:00 UTC, Paris is a day ahead. */
const todayIn = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now());

/**
 * A year of a real diary up to today in `timeZone` (the browser's, which sets the page's "1 year" and
 * "last 7 days"): two entries a day with notes, weekly check-ins, and the saved answers. The entries
 * are at 08:00 and 20:00 UTC, on the same local day in any zone from UTC-8 to UTC+3.
 */
async function seedYear(context: BrowserContext, timeZone: string) {
  const { request, csrf } = await signUp(context);
  const headers = { 'x-csrf-token': csrf };
  expect((await request.post(`${suite.url}/api/assessments`, { headers, data: { intake: deskWorkerIntake } })).status()).toBe(201);
  const today = Date.parse(`${todayIn(timeZone)}T00:00:00Z`);
  const entries = [];
  const checkIns = [];
  for (let d = 364; d >= 0; d--) {
    const day = isoDay(today - d * DAY);
    const before = 3 + ((d * 7) % 5);
    entries.push({
      occurredAt: `${day}T08:00:00.000Z`, painBefore: before, painAfter: Math.max(0, before - 2), areas: [{ area: 'lower-back', intensity: before }],
      techniques: [d % 2 ? 'tennis-ball' : 'hand-massage'], movements: d % 3 ? ['pelvic-tilt'] : [], source: 'session', durationMinutes: 12, pressureFelt: 5,
      notes: 'Stiff after sitting at the desk all morning; the ball on the wall helped.', triggers: ['desk work'],
    });
    entries.push({ occurredAt: `${day}T20:00:00.000Z`, painBefore: before - 1, areas: [], techniques: [], source: 'other', notes: 'Evening.', triggers: [] });
    if (d % 7 === 0) checkIns.push({ occurredAt: `${day}T09:00:00.000Z`, pain: 5, enjoyment: 4, activity: 4 });
  }
  const imported = await request.post(`${suite.url}/api/import`, { headers, data: { format: 'backrub-export', version: 1, entries, checkIns } });
  expect(imported.status()).toBe(200);
  return { from: isoDay(today - 364 * DAY), to: isoDay(today), headers };
}

async function signInPage(context: BrowserContext, page: Page) {
  // The web app reads the session from the cookie the API sign-up set.
  await page.goto(`${suite.url}/diary`);
  await page.getByRole('heading', { level: 1, name: 'My diary' }).waitFor();
  return context;
}

/** axe, then a screenshot: the whole page, or only the first screen where a year of diary follows. */
async function shot(page: Page, name: string, fullPage = true) {
  await expectNoAxeViolations(page, name);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

/** The PDF's page count (Chromium writes one `/Type /Page` object per page). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('privacy (point 12)', () => {
  it('the home page says what stays on the device and what goes to the server with an account', async () => {
    const { context, page } = await open();
    await page.goto(suite.url + '/');
    const privacy = (await page.getByTestId('privacy').textContent()) ?? '';
    expect(privacy).toMatch(/Your answers stay on this device/);
    expect(privacy).toMatch(/With an account, what you save goes to the server/);
    expect(privacy).toMatch(/Deleting your account .* clears the answers saved on this device/);
    expect(await page.locator('main').textContent()).not.toMatch(/Nothing is sent anywhere/);
    await shot(page, 'phone-home-privacy');
    await context.close();
  });

  it('deleting the account also clears the answers saved on this device', async () => {
    const { context, page } = await open();
    await signUp(context);
    await page.goto(suite.url + '/');
    await page.evaluate((a) => {
      localStorage.setItem('backrub.answers.v1', a);
      sessionStorage.setItem('backrub.diary-draft:new', '{"notes":"half written"}');
    }, JSON.stringify(SELF_CARE_ANSWERS));
    await page.goto(suite.url + '/');
    await page.getByRole('link', { name: 'Continue my answers' }).waitFor();

    await page.goto(suite.url + '/account');
    await page.getByRole('button', { name: 'Delete my account...' }).click();
    await page.getByLabel('Type your password to confirm').fill(PASSWORD);
    await page.getByRole('button', { name: 'Yes, delete everything for good' }).click();
    await page.getByRole('heading', { name: 'Your account is deleted' }).waitFor();
    const left = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('backrub.')));
    expect(left).toEqual([]);
    await page.getByRole('link', { name: 'backrub' }).first().click();
    await page.getByRole('link', { name: 'Start the questions' }).waitFor();
    await context.close();
  });
});

describe('with a year of diary', () => {
  let context: BrowserContext;
  let page: Page;
  let range: { from: string; to: string };

  beforeAll(async () => {
    ({ context, page } = await open({ timezoneId: PARIS, keep: true }));
    range = await seedYear(context, PARIS);
    await signInPage(context, page);
  }, 120_000);
  afterAll(async () => context?.close());

  it('draws chart labels at 12 px or more on a phone (point 13)', async () => {
    await page.goto(suite.url + '/diary/progress');
    await page.getByTestId('pain-chart').waitFor();
    // A year draws the most labels: month names under the bars.
    await page.getByLabel('1 year', { exact: true }).check();
    await expect.poll(() => page.getByTestId('pain-summary').textContent()).toMatch(/^730 entries/);
    const sizes = await page.locator('.chart__label').evaluateAll((labels) =>
      labels.map((label) => parseFloat(getComputedStyle(label).fontSize) * ((label as SVGGraphicsElement).getScreenCTM()?.a ?? 0)),
    );
    expect(sizes.length).toBeGreaterThan(6);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    await shot(page, 'phone-progress-charts');
  });

  it('downloads the CSV in this device\'s time zone, with names and ids in their own columns (point 13)', async () => {
    await page.goto(suite.url + '/account');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Diary entries, as CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.split('\r\n');
    const [header, newest] = [lines[0], lines[lines.length - 2]];
    expect(header).toBe('date,time,timeZone,painBefore,painAfter,relief,techniques,movements,source,durationMinutes,pressureFelt,areas,triggers,notes,techniqueIds,movementIds,id,occurredAt');
    // 20:00 UTC is 21:00 or 22:00 in Paris; the newest entry comes last.
    expect(newest).toMatch(new RegExp(`^${range.to},2[12]:00,Europe/Paris,`));
    expect(csv).toMatch(/,Tennis ball against a wall,Pelvic tilt,session,.*,tennis-ball,pelvic-tilt,/);
  });

  it('prints the summary of a year on one or two A4 pages, with the parts a share shows unless told (point 14)', async () => {
    const viewer = await open({ viewport: DESKTOP });
    await viewer.context.addCookies(await context.cookies());
    // What "Preview or print it myself" opens: the share form's sections (diary entries with notes are private unless ticked).
    const sections = 'assessment,painMap,pressure,cautions,trend,peg,techniques';
    await viewer.page.goto(`${suite.url}/diary/summary?from=${range.from}&to=${range.to}&sections=${sections}`);
    await viewer.page.getByTestId('summary').waitFor();
    await viewer.page.getByTestId('pain-chart').waitFor();
    await viewer.page.emulateMedia({ media: 'print' });
    await viewer.page.setViewportSize({ width: 794, height: 1123 });
    await viewer.page.screenshot({ path: `${SHOTS}/a4-summary-year-print.png`, fullPage: true });
    const pdf = await viewer.page.pdf({ format: 'A4', path: `${SHOTS}/summary-year.pdf` });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    await viewer.context.close();
  });

  it('shares a link with a chosen name; the summary speaks about this person and carries the dates (point 14)', async () => {
    await page.goto(suite.url + '/diary/share');
    await page.getByLabel('Your name or initials (optional)').fill('<b>Sam</b>');
    await page.getByRole('button', { name: 'Make the link' }).click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toMatch(/Your name or initials may use only letters/);
    await page.getByLabel('Your name or initials (optional)').fill('S. K.');
    await page.getByRole('button', { name: 'Make the link' }).click();
    await page.getByTestId('share-created').waitFor();
    // No PUBLIC_URL and this browser is on the server's own computer: the page says so.
    await expect(page.getByTestId('share-local-only').textContent()).resolves.toMatch(/works only on this computer/);
    const link = await page.getByLabel('Link', { exact: true }).inputValue();
    expect(link).toMatch(new RegExp(`^${suite.url}/share/[A-Za-z0-9_-]{20,}$`));
    await shot(page, 'phone-share-created');

    const guest = await open();
    await guest.page.goto(link);
    await guest.page.getByTestId('summary').waitFor();
    await expect(guest.page.locator('h1').textContent()).resolves.toBe('Back pain summary for S. K.');
    await expect(guest.page.getByTestId('summary-range').textContent()).resolves.toMatch(/ to /);
    // One voice: about "this person", never "you", outside the words backrub gave them (action, safety net).
    const words = await guest.page.getByTestId('summary').evaluate((article) => {
      const copy = article.cloneNode(true) as HTMLElement;
      // backrub's own advice to them is quoted as it was given (it says "you"), and so are technique names.
      copy.querySelectorAll('[data-testid="action"], .summary__quoted, .calls, .no-print').forEach((n) => n.remove());
      return (copy.textContent ?? '').replace(/Self-massage with your hands/g, '');
    });
    expect(words).toMatch(/this person/i);
    expect(words).not.toMatch(/\byou(r|rs|rself)?\b/i);
    await shot(guest.page, 'phone-shared-summary');
    await guest.page.emulateMedia({ media: 'print' });
    const pdf = await guest.page.pdf({ format: 'A4', path: `${SHOTS}/shared-summary-90-days.pdf` });
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    await guest.context.close();
  });

  it('makes a repeating reminder as an .ics file, loading the calendar library only then (point 15)', async () => {
    await page.goto(suite.url + '/diary');
    await page.getByTestId('progress-line').waitFor();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.getByText('Remind me', { exact: true }).click();
    await page.getByLabel('My weekly check-in').check();
    await page.getByLabel('Day', { exact: true }).selectOption({ label: 'Thursday' });
    await page.getByLabel('Time', { exact: true }).fill('08:30');
    await page.getByTestId('remind-me').scrollIntoViewIfNeeded();
    await shot(page, 'phone-remind-me', false);
    expect(scripts).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to my calendar' }).click()]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(download.suggestedFilename()).toBe('backrub-check-in-reminder.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(ics).toMatch(/\r\nRRULE:FREQ=WEEKLY;BYDAY=TH\r\n/);
    // Floating local time (no Z): the reminder stays at 08:30 wherever the phone is.
    expect(ics).toMatch(/\r\nDTSTART:\d{8}T083000\r\n/);
    expect(ics).toMatch(/\r\nSUMMARY:backrub: weekly check-in\r\n/);
    expect(ics).toMatch(/BEGIN:VALARM/);
    await expect(page.getByRole('status').last().textContent()).resolves.toMatch(/calendar file is downloaded/);
  });

  it('shows a streak and progress line on the diary home (point 15)', async () => {
    await page.goto(suite.url + '/diary');
    // 30 entries load first (15 days of two a day): the streak goes on past them.
    await expect(page.getByTestId('progress-line').textContent()).resolves.toBe(
      'You wrote in your diary at least 15 days in a row. 7 sessions in the last 7 days.',
    );
    await shot(page, 'phone-diary-progress-line', false);
  });
});

describe('PUBLIC_URL (point 14)', () => {
  it('builds share links from PUBLIC_URL and does not warn that they work only here', async () => {
    const other = await startWebServer({ PUBLIC_URL: 'https://backrub.example.org/' });
    try {
      const { context, page } = await open();
      const response = await context.request.post(`${other.url}/api/auth/signup`, { data: { email: 'public@example.org', password: PASSWORD } });
      expect(response.status()).toBe(201);
      await page.goto(`${other.url}/diary/share`);
      await page.getByRole('button', { name: 'Make the link' }).click();
      await page.getByTestId('share-created').waitFor();
      expect(await page.getByLabel('Link', { exact: true }).inputValue()).toMatch(/^https:\/\/backrub\.example\.org\/share\/[A-Za-z0-9_-]{20,}$/);
      expect(await page.getByTestId('share-local-only').count()).toBe(0);
      await context.close();
    } finally {
      await other.close();
    }
  });
});
