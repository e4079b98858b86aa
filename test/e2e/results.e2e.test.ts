/// <reference lib="dom" />
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { assess, TECHNIQUES, type Intake } from '../../src/core/index.js';
import { DESKTOP, expectNoAxeViolations, PHONE, SELF_CARE_ANSWERS } from './browser.js';
import { browserSuite } from './suite.js';

// The results page for a person in pain on a phone (issue 11 points 6-9), in real Chromium on the real server.
const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');

const suite = browserSuite({ allowed: [/status of 401/], shots: SHOTS }); // signed out, the diary asks who is signed in

async function results(answers: object, viewport = PHONE): Promise<Page> {
  const { page } = await suite.open({ answers, viewport });
  await page.goto(suite.url + '/results');
  await page.locator('[data-triage]').first().waitFor();
  return page;
}

const text = (page: Page) => page.locator('main').innerText();
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const cardOrder = (page: Page) => page.locator('.technique-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-technique')));

/** The seeded answers as the core flow turns them into an intake (two weeks, not pregnant). */
const { answered: _a, pregnancy: _p, durationAmount: _d, durationUnit: _u, ...rest } = SELF_CARE_ANSWERS;
const selfCareIntake = { ...rest, pregnant: false, durationDays: 14, answered: SELF_CARE_ANSWERS.answered } as Intake;

describe('results: short first, then what you told us, then details to open', () => {
  it('a self-care result on a phone leads with the best one or two options and "Start my session" on the first screen', async () => {
    const page = await results(SELF_CARE_ANSWERS);
    const best = page.getByTestId('best-options');
    await expect(best.locator('li').count()).resolves.toBeLessThanOrEqual(2);
    const first = assess(selfCareIntake).recommendations[0]!;
    await expect(best.locator('li').first().textContent()).resolves.toContain(TECHNIQUES[first.technique].name);
    const start = page.getByRole('link', { name: /Start my session/ });
    const box = await start.boundingBox();
    expect(box && box.y + box.height, 'the Start button is on the first screen').toBeLessThanOrEqual(PHONE.height);
    // Every detail section starts closed, and the page is a few screens, not nine.
    await expect(page.locator('details.section[open]').count()).resolves.toBe(0);
    await expect(page.locator('details.section').count()).resolves.toBeGreaterThanOrEqual(5);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const inSight = words(await text(page));
    console.log(`results page, self-care, at 390x844: ${(height / PHONE.height).toFixed(1)} screens, ${inSight} words in sight`);
    expect(height / PHONE.height, 'screens at 390x844').toBeLessThan(6);
    expect(inSight, 'words in sight').toBeLessThan(700);
    await expectNoAxeViolations(page, 'results self-care phone');
    await page.screenshot({ path: `${SHOTS}/results-summary-phone.png`, fullPage: true });
    await page.context().close();
  });

  it('"What you told us" recaps the answers, each with a link to change it at its question', async () => {
    const page = await results(SELF_CARE_ANSWERS);
    const recap = page.getByTestId('recap');
    await expect(recap.getByTestId('recap-duration').textContent()).resolves.toBe('2 weeks');
    await expect(recap.getByTestId('recap-intensity').textContent()).resolves.toBe('4 out of 10');
    await expect(recap.getByTestId('recap-areas').textContent()).resolves.toBe('Upper back and shoulders, Lower back');
    const change = recap.getByRole('link', { name: 'Change how long' });
    await expect(change.getAttribute('href')).resolves.toBe('/check?step=duration');
    await change.click();
    await page.waitForURL('**/check?step=duration');
    await page.locator('main h1').first().waitFor();
    await page.context().close();
  });

  it('a section opens with the keyboard, and muscles are named in plain words first, Latin in brackets', async () => {
    const page = await results(SELF_CARE_ANSWERS);
    const muscles = page.locator('details[data-section="refer"]');
    await expect(page.getByTestId('muscles').isVisible()).resolves.toBe(false);
    await muscles.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(muscles.getAttribute('open')).resolves.toBe('');
    const list = await page.getByTestId('muscles').innerText();
    expect(list).toMatch(/^Muscles between the shoulder blades \(rhomboids\)/m);
    expect(list).toMatch(/^Deep low-back muscle \(quadratus lumborum\)/m);
    // No line starts with a Latin name.
    for (const line of list.split('\n')) expect(line).toMatch(/^[A-Z][a-z-]+( [a-z-]+)* .*\(/);
    await page.context().close();
  });

  it('prints with the date, the recap and every section open', async () => {
    const page = await results(SELF_CARE_ANSWERS, DESKTOP);
    await page.emulateMedia({ media: 'print' });
    const today = new Date().toLocaleDateString('en-US', { day: 'numeric', month: 'long', year: 'numeric' });
    await expect(page.getByTestId('results-date').innerText()).resolves.toContain(today);
    await expect(page.getByTestId('recap').isVisible()).resolves.toBe(true);
    await expect(page.locator('.technique-card').first().isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('muscles').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: /Start my session/ }).isVisible()).resolves.toBe(false);
    await page.screenshot({ path: `${SHOTS}/results-print.png`, fullPage: true });
    await page.context().close();
  });
});

describe('results: ranking the same everywhere, in words', () => {
  it('shows how well each option matches in words, never "fit 55%"', async () => {
    const page = await results(SELF_CARE_ANSWERS);
    await page.locator('details[data-section="techniques"] summary').click();
    await expect(page.getByTestId('fit').first().textContent()).resolves.toMatch(/^It matches (many|some|few) of your answers(, but is safe for you)?\.$/);
    expect(await text(page)).not.toMatch(/\d+ ?%/);
    await page.context().close();
  });

  it('an unanswered pressure ranks as the core default, as the CLI does', async () => {
    const { pressure: _pressure, ...noPressure } = SELF_CARE_ANSWERS;
    const page = await results(noPressure);
    const expected = assess({ ...selfCareIntake, pressure: 'medium' }).recommendations.map((r) => r.technique);
    await expect(cardOrder(page)).resolves.toEqual(expected);
    await expect(page.getByTestId('recap-pressure').textContent()).resolves.toBe('Not said, so we use medium');
    await page.context().close();
  });

  it('the hand card and the ball card never contradict each other about the lower back', async () => {
    const page = await results({ ...SELF_CARE_ANSWERS, areas: ['lower-back'], equipment: ['tennis-ball'] });
    await page.locator('details[data-section="techniques"] summary').click();
    const all = await page.locator('.technique-card').allInnerTexts();
    const hands = all.find((t) => t.includes('with your own hands'));
    expect(hands).toMatch(/reach your lower back with your own hands/);
    expect(all.join('\n')).not.toMatch(/lower back[^.]*hands cannot/);
    await page.context().close();
  });
});

describe('results: never an empty list, and durations in words', () => {
  it('mid-back at home with no ball or roller says nothing fits and offers the nearest options', async () => {
    const page = await results({ ...SELF_CARE_ANSWERS, areas: ['mid-back'], setting: 'home', equipment: [] });
    const best = page.getByTestId('best-options');
    await expect(best.getByRole('heading').textContent()).resolves.toBe('Nothing fits exactly: the nearest options');
    await expect(page.getByTestId('no-exact-fit').isVisible()).resolves.toBe(true);
    const offered = await best.locator('li').allInnerTexts();
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.join(' ')).toMatch(/Tennis ball against a wall.*costs little/s);
    await expectNoAxeViolations(page, 'results no exact fit');
    await page.screenshot({ path: `${SHOTS}/results-nearest-phone.png`, fullPage: true });
    await page.context().close();
  });

  it('ten years of pain reads "10 years", never hundreds of weeks', async () => {
    // Ten years of lower-back pain from age 28 adds the inflammation question: answered "none of these".
    const page = await results({ ...SELF_CARE_ANSWERS, durationAmount: 10, durationUnit: 'years', answered: [...SELF_CARE_ANSWERS.answered, 'spa-check'] });
    await expect(page.getByTestId('recap-duration').textContent()).resolves.toBe('10 years');
    await page.locator('details[data-section="reasons"] summary').click();
    const all = await text(page);
    expect(all).toContain('Your pain has lasted 10 years.');
    expect(all).not.toMatch(/\d{3,} weeks/);
    await page.context().close();
  });
});
