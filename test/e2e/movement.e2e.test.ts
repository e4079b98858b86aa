import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, SELF_CARE_ANSWERS } from './browser.js';
import { browserSuite } from './suite.js';

// Issue 12 in real headless Chromium against the real server (accounts on, SQLite in a temporary
// DATA_DIR): a self-care intake gets movement steps, the session plays one, the diary records it.
// Phone-size screenshots of the library and a movement step go to test-results/e2e-movement/.

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const SHOTS = resolve(ROOT, 'test-results/e2e-movement');

const suite = browserSuite({ allowed: [/status of (401|404)/], shots: SHOTS }); // signed out, the diary asks who is signed in

/** The tests below walk one visit in turn (results, library, session, diary), so the page is kept. */
const kept: { close(): Promise<void> }[] = [];
afterAll(() => Promise.all(kept.map((c) => c.close())));

async function open(answers: object): Promise<Page> {
  const { context, page } = await suite.open({ answers, seed: 'if-missing', keep: true });
  kept.push(context);
  return page;
}

const seconds = (clock: string | null) => (clock ?? '0:00').split(':').reduce((total, part) => total * 60 + Number(part), 0);
const heading = (page: Page) => page.locator('h1').first().textContent();

describe('stretches and movement in Chromium', () => {
  let page: Page;

  it('a self-care intake gets a movement part in the results and movement steps in the plan', async () => {
    page = await open(SELF_CARE_ANSWERS);
    await page.goto(suite.url + '/results');
    const part = page.getByTestId('movement-part');
    await part.waitFor();
    await expect(part.textContent()).resolves.toMatch(/Your home session ends with \d gentle moves?/);
    await expect(part.textContent()).resolves.toMatch(/Posture checklist/);
    await expect(page.locator('[data-section="plan"] ol.plan li').last().textContent()).resolves.toMatch(/Rest and drink water/);
  });

  it('shows the library with a drawing per movement, lazily, and a movement page with its text alternative', async () => {
    await page.goto(suite.url + '/movements');
    const list = page.getByTestId('movement-list');
    await list.waitFor();
    await expect(list.locator('li').count()).resolves.toBeGreaterThanOrEqual(10);
    await expect(list.locator('svg.movement-figure').count()).resolves.toBe(await list.locator('li').count());
    await expectNoAxeViolations(page, 'movement-library');
    await page.screenshot({ path: `${SHOTS}/phone-movement-library.png`, fullPage: false });
    await page.getByRole('link', { name: 'Pelvic tilt' }).click();
    await expect.poll(() => heading(page)).toBe('Pelvic tilt');
    await expect(page.getByRole('img', { name: /lying on your back/ }).count()).resolves.toBe(1);
    await expect(page.locator('main').textContent()).resolves.toMatch(/8 times, slowly/);
    await expectNoAxeViolations(page, 'movement-page');
    await page.screenshot({ path: `${SHOTS}/phone-movement-page.png`, fullPage: true });
  });

  it('the session plays a movement step with the same player, and the diary records the movement', async () => {
    await page.goto(suite.url + '/session?speed=50');
    await page.getByLabel('How much does it hurt now?').fill('5');
    await page.getByRole('button', { name: /Start the session/ }).click();
    await page.locator('.countdown').waitFor();
    // Skip the massage at once (so it is not recorded), then do the first movement step for real.
    while ((await page.getByTestId('movement-step').count()) === 0) await page.getByRole('button', { name: /Skip to next step/ }).click();
    const movementHeading = (await heading(page)) ?? '';
    expect(movementHeading).toMatch(/, for your /);
    await expect(page.getByTestId('reps').textContent()).resolves.toMatch(/\d+ times/);
    await expect(page.getByRole('button', { name: /Sharp pain\? Stop now/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('timer').count()).resolves.toBe(1);
    await page.screenshot({ path: `${SHOTS}/phone-movement-step.png`, fullPage: false });
    const start = seconds(await page.locator('.countdown__time').textContent());
    await expect.poll(async () => seconds(await page.locator('.countdown__time').textContent()) <= start - 12 || (await heading(page)) !== movementHeading).toBe(true);
    while (await page.getByRole('button', { name: /Skip to next step|Finish/ }).count()) await page.getByRole('button', { name: /Skip to next step|Finish/ }).click();
    await page.getByLabel('How much does it hurt now?').fill('3');
    await page.getByRole('button', { name: 'See the change' }).click();
    await page.getByTestId('session-done').waitFor();

    await page.getByRole('button', { name: 'Save to my diary' }).click();
    await page.waitForURL('**/account/signup');
    await page.getByLabel('Email').fill('mo@example.org');
    await page.getByLabel('Password', { exact: true }).fill('walk a little every day');
    await page.getByRole('button', { name: 'Make my account' }).click();
    await page.waitForURL('**/diary?save=session', { timeout: 20_000 });
    await expect.poll(() => page.getByTestId('diary-entry').count(), { timeout: 15_000 }).toBe(1);
    const entries = (await (await page.request.get(suite.url + '/api/diary/entries')).json()) as { entries: { movements: string[]; techniques: string[] }[] };
    const name = movementHeading.split(',')[0];
    const { MOVEMENTS } = (await import(join(DIST, 'core/index.js'))) as { MOVEMENTS: Record<string, { name: string }> };
    const id = Object.keys(MOVEMENTS).find((key) => MOVEMENTS[key]?.name === name);
    expect(entries.entries[0]?.movements).toEqual([id]);
    expect(entries.entries[0]?.techniques).toEqual([]);
  });
});
