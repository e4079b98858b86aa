/// <reference lib="dom" />
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, PHONE, SELF_CARE_ANSWERS } from './browser.js';
import { browserSuite } from './suite.js';

// The forms in real Chromium on the real server: the wizard's steps in the browser history (Back goes to
// the previous question), /check?step=<id> links, and field errors on sign-up and the weekly check-in.

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e-forms');

// Signed out, pages ask who is signed in and hear "nobody" (401).
const suite = browserSuite({ allowed: [/status of 401/], shots: SHOTS });

async function open(options: { viewport?: typeof PHONE; answers?: object } = {}) {
  const { context, page } = await suite.open(options);
  return { page, close: () => context.close() };
}

const h1 = (page: Page) => page.locator('h1').textContent();
const step = (page: Page) => new URL(page.url()).searchParams.get('step');
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const next = (page: Page) => page.getByRole('button', { name: /^(Next|See my results)$/ }).click();
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

describe('the wizard in the browser history', () => {
  it('goes to the previous question on Back, keeps the answers, and moves the focus to the heading', async () => {
    const { page, close } = await open();
    await page.goto(suite.url + '/');
    await page.getByRole('link', { name: 'Start the questions' }).click();
    await expect.poll(() => h1(page)).toBe('Safety check');
    await expect.poll(() => step(page)).toBe('safety');
    // The wizard stays mounted through its steps: the same element, not a new page.
    await page.evaluate(() => ((window as unknown as { wizard: Element | null }).wizard = document.querySelector('.wizard')));
    await next(page);
    await expect.poll(() => h1(page)).toBe('Your health');
    await expect.poll(() => step(page)).toBe('health');
    await page.getByLabel('How old are you?').fill('38');
    await page.getByRole('radio', { name: 'No' }).check();
    await next(page);
    await expect.poll(() => h1(page)).toBe('Where it hurts');
    await expect.poll(() => step(page)).toBe('where');

    await page.goBack();
    await expect.poll(() => h1(page)).toBe('Your health');
    expect(step(page)).toBe('health');
    await expect.poll(() => focused(page)).toBe('step-heading');
    await expect(page.getByLabel('How old are you?').inputValue()).resolves.toBe('38');
    await expect(page.evaluate(() => document.querySelector('.wizard') === (window as unknown as { wizard: Element | null }).wizard)).resolves.toBe(true);
    await shot(page, 'phone-back-to-health');
    await expectNoAxeViolations(page, 'wizard after Back');

    await page.goForward();
    await expect.poll(() => h1(page)).toBe('Where it hurts');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => h1(page)).toBe('Safety check');
    expect(step(page)).toBe('safety');
    // One more Back leaves the wizard for the page before it.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await close();
  });

  it('the page\'s own Back button is a step back in history too, so Forward returns', async () => {
    const { page, close } = await open({ answers: SELF_CARE_ANSWERS });
    await page.goto(suite.url + '/check?step=where');
    await expect.poll(() => h1(page)).toBe('Where it hurts');
    await next(page);
    await expect.poll(() => h1(page)).toBe('About the pain');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect.poll(() => h1(page)).toBe('Where it hurts');
    await expect.poll(() => focused(page)).toBe('step-heading');
    await page.goForward();
    await expect.poll(() => h1(page)).toBe('About the pain');
    await close();
  });

  it('opens the step a link names, by step or question id, with the answer there to change', async () => {
    const { page, close } = await open({ answers: SELF_CARE_ANSWERS });
    await page.goto(suite.url + '/check?step=duration');
    await expect.poll(() => h1(page)).toBe('About the pain');
    await expect(page.locator('#duration').inputValue()).resolves.toBe('2');
    await expect.poll(() => focused(page)).toBe('step-heading');
    // The address names the step itself from now on.
    await expect.poll(() => step(page)).toBe('pain');
    await page.goto(suite.url + '/check?step=no-such-step');
    await expect.poll(() => step(page)).not.toBe('no-such-step');
    await close();
  });

  it('comes back from the results to the last step with Back', async () => {
    const { page, close } = await open({ answers: SELF_CARE_ANSWERS });
    await page.goto(suite.url + '/check?step=preferences');
    await expect.poll(() => h1(page)).toBe('What you would like');
    await next(page);
    await page.waitForURL('**/results');
    await page.goBack();
    await expect.poll(() => h1(page)).toBe('What you would like');
    expect(step(page)).toBe('preferences');
    await close();
  });

  it('checks the age against the intake schema\'s limit, at phone and desktop size', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, close } = await open({ viewport });
      await page.goto(suite.url + '/check?step=health');
      await page.getByLabel('How old are you?').fill('15');
      await next(page);
      await expect.poll(() => page.locator('#age-error').textContent()).toMatch(/aged 16 and over/);
      await expect(page.locator('#age').getAttribute('min')).resolves.toBe('16');
      await shot(page, `${viewport === PHONE ? 'phone' : 'desktop'}-age-error`);
      await close();
    }
  });
});

describe('account form errors', () => {
  it('sign-up names a wrong email and a short password at once', async () => {
    const { page, close } = await open();
    await page.goto(suite.url + '/account/signup');
    await expect.poll(() => h1(page)).toBe('Make an account for your diary');
    await page.getByLabel('Email').fill('margaret');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Make my account' }).click();
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.textContent()).toMatch(/Email: Must be an email address/);
    await expect(summary.textContent()).resolves.toMatch(/Password: Must be at least 12 characters/);
    await expect(page.locator('#account-email-error').textContent()).resolves.toMatch(/email address/);
    await expect(page.locator('#account-password-error').textContent()).resolves.toMatch(/at least 12 characters/);
    await shot(page, 'phone-signup-all-errors');
    await expectNoAxeViolations(page, 'sign-up errors');
    // An empty form names both fields too.
    await page.getByLabel('Email').fill('');
    await page.getByLabel('Password', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Make my account' }).click();
    await expect.poll(() => summary.textContent()).toMatch(/Please type your email address.*Please type your password/);
    await close();
  });

  it('the check-in names the question left empty, and the share form uses the API\'s day limit', async () => {
    const { page, close } = await open();
    await page.goto(suite.url + '/account/signup');
    await page.getByLabel('Email').fill('pat@example.org');
    await page.getByLabel('Password', { exact: true }).fill('warm shower then stretch');
    await page.getByRole('button', { name: 'Make my account' }).click();
    await page.waitForURL('**/diary');
    await page.goto(suite.url + '/diary/checkin');
    await expect.poll(() => h1(page)).toBe('Weekly check-in');
    await page.getByLabel(/how bad was your pain/).fill('5');
    await page.getByLabel(/enjoying life/).fill('4');
    await page.getByRole('button', { name: 'Save my check-in' }).click();
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.textContent()).toMatch(/Question 3 \(day-to-day activities\)/);
    await expect(summary.textContent()).resolves.not.toMatch(/Question 1/);
    await shot(page, 'phone-checkin-question-3');

    await page.goto(suite.url + '/diary/share');
    await page.getByLabel('Days the link works').fill('91');
    await page.getByRole('button', { name: /link/i }).first().click();
    await expect.poll(() => page.locator('.error-summary').textContent()).toMatch(/whole number of days from 1 to 90/);
    await close();
  });
});
