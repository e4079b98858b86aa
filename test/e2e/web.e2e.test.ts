/// <reference lib="dom" />
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, PHONE, SELF_CARE_ANSWERS } from './browser.js';
import { DEFAULT_EMERGENCY_NUMBER } from '../../src/core/index.js';
import { browserSuite } from './suite.js';

// The web app in real headless Chromium. Never downloads a browser: Debian's chromium package only.
const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');


// Handled answers the browser still logs: the offline test cannot reach /api/config, and signed out the
// diary offer asks who is signed in and hears "nobody" (401).
const suite = browserSuite({ allowed: [/ERR_INTERNET_DISCONNECTED/, /status of 401/], shots: SHOTS });

function open(options: { viewport?: typeof PHONE; dark?: boolean; answers?: object; step?: number; serviceWorkers?: 'allow' | 'block' } = {}) {
  return suite.open({ ...options, step: options.answers ? (options.step ?? 0) : undefined });
}

const axe = expectNoAxeViolations;

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function check(page: Page, name: string) {
  await axe(page, name);
  await shot(page, name);
}

async function next(page: Page) {
  await page.getByRole('button', { name: /^(Next|See my results)$/ }).click();
}

describe('web app in Chromium', () => {
  it('serves the app with a strict CSP and no inline code', async () => {
    const { context, page } = await open();
    const response = await page.goto(suite.url + '/');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const html = await response!.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/Sore back/);
    await context.close();
  });

  it('completes an intake for a self-care case and shows ranked techniques', async () => {
    const { context, page } = await open();
    await page.goto(suite.url + '/');
    await page.getByRole('link', { name: 'Start the questions' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Safety check');
    await next(page);
    await page.getByLabel('How old are you?').fill('38');
    await page.getByRole('radio', { name: 'No' }).check();
    await next(page);
    await page.locator('svg [data-area="lower-back"]').click();
    await page.getByRole('button', { name: 'Upper back and shoulders', exact: true }).click();
    await expect(page.locator('.bodymap__chosen').textContent()).resolves.toContain('Lower back');
    await page.getByRole('radio', { name: 'In one spot' }).check();
    await next(page);
    await page.getByLabel(/How much does it hurt/).fill('4');
    await page.locator('#duration').fill('2');
    await page.getByRole('radio', { name: 'Getting better' }).check();
    await page.getByRole('checkbox', { name: 'Tight or tense' }).check();
    await page.getByRole('checkbox', { name: 'Sitting at a desk' }).check();
    // Reload mid-way: the answers must survive.
    await page.reload();
    await expect(page.locator('#duration').inputValue()).resolves.toBe('2');
    await next(page);
    // Upper-back pain of two weeks: the flow asks how it started and whether moving changes it.
    await expect.poll(() => page.locator('h1').textContent()).toBe('A few more questions');
    await page.getByRole('radio', { name: 'Slowly, over hours or days' }).check();
    await page.getByRole('radio', { name: 'Yes' }).check();
    await next(page);
    await page.getByRole('radio', { name: 'Either is fine' }).check();
    await page.getByRole('checkbox', { name: 'A tennis ball' }).check();
    await next(page);
    await page.waitForURL('**/results');
    await expect(page.locator('[data-triage]').getAttribute('data-triage')).resolves.toBe('self-care');
    const cards = page.locator('.technique-card');
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    await expect(cards.first().locator('.rank').textContent()).resolves.toBe('1');
    await expect(cards.first().textContent()).resolves.toContain('Why this fits you');
    await expect(page.locator('.sources').first().textContent()).resolves.toContain('Where this comes from');
    await expect(page.getByRole('heading', { name: /Muscles that commonly send pain/ }).count()).resolves.toBe(1);
    // The print stylesheet drops the navigation and buttons and keeps the advice.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: /Print or save as PDF/ }).isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-triage]').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOTS}/print-results.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    // The library page of a recommended technique is one click away.
    await page.locator('details[data-section="techniques"] summary').click(); // the full list is a section to open
    await cards.first().getByRole('link', { name: /^More about/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).not.toBe('');
    await expect(page.getByRole('heading', { name: 'Where this comes from' }).count()).resolves.toBe(1);
    await context.close();
  });

  it('stops at once with what to do when an emergency sign is ticked', async () => {
    const { context, page } = await open();
    await page.goto(suite.url + '/check');
    // click, not check(): the box is gone at once, replaced by the stop screen.
    await page.getByRole('checkbox', { name: 'Chest pain' }).click();
    const stop = page.getByTestId('emergency-stop');
    await stop.waitFor();
    // The number comes from the server's /api/config when there is one, else the core's default.
    const config = await page.request.get(suite.url + '/api/config');
    const number = config.ok() ? ((await config.json()) as { emergencyNumber: string }).emergencyNumber : DEFAULT_EMERGENCY_NUMBER;
    expect(number).toMatch(/112/);
    await expect(stop.getByTestId('action').textContent()).resolves.toContain(`Call ${number}`);
    await expect(stop.getByTestId('call-link').first().getAttribute('href')).resolves.toBe('tel:112');
    await expect(page.locator('h1').textContent()).resolves.toBe('Stop. Get medical help now.');
    // It survives a reload, and "by mistake" leads back to the safety questions.
    await page.reload();
    await stop.waitFor();
    await page.getByRole('button', { name: /by mistake/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Safety check');
    await expect(page.getByRole('checkbox', { name: 'Chest pain' }).isChecked()).resolves.toBe(false);
    await context.close();
  });

  it('runs a guided session with a fast clock: pause, resume, skip, finish, and the pain change', async () => {
    const { context, page } = await open({ answers: SELF_CARE_ANSWERS });
    await page.goto(suite.url + '/session?speed=20');
    await page.getByTestId('speed-note').waitFor();
    await page.getByRole('checkbox', { name: /warm/ }).check();
    await page.getByRole('button', { name: /Start the session/ }).click();
    await expect(page.locator('.field-error').textContent()).resolves.toMatch(/move the slider/i);
    await page.getByLabel('How much does it hurt now?').fill('6');
    await page.getByRole('button', { name: /Start the session/ }).click();
    const time = page.locator('.countdown__time');
    await time.waitFor();
    const stepCount = Number((await page.locator('.progress__text').textContent())!.match(/of (\d+)/)![1]);
    expect(stepCount).toBeGreaterThanOrEqual(2);
    // The clock runs...
    const t0 = await time.textContent();
    await expect.poll(() => time.textContent(), { timeout: 5000 }).not.toBe(t0);
    // ...stops on pause...
    await page.getByRole('button', { name: /Pause/ }).click();
    const paused = await time.textContent();
    await page.waitForTimeout(600);
    await expect(time.textContent()).resolves.toBe(paused);
    // ...and runs again on resume.
    await page.getByRole('button', { name: /Resume/ }).click();
    await expect.poll(() => time.textContent(), { timeout: 5000 }).not.toBe(paused);
    await page.getByRole('button', { name: /Skip to next step/ }).click();
    await expect(page.locator('.progress__text').textContent()).resolves.toContain(`Step 2 of ${stepCount}`);
    // A massage step shows its technique's safety list (said once in the plan, shown on every such step).
    await expect(page.locator('.step-instructions + .cautions').textContent()).resolves.toContain('Stop at once if you feel sharp pain.');
    // Let a step end by itself at 20x speed, then skip the rest.
    const stepNow = async () => Number((await page.locator('.progress__text').textContent())?.match(/Step (\d+)/)?.[1] ?? 0);
    await expect.poll(stepNow, { timeout: 30_000, interval: 250 }).toBeGreaterThan(2);
    while (await page.getByRole('button', { name: /Skip to next step|Finish/ }).count()) {
      await page.getByRole('button', { name: /Skip to next step|Finish/ }).click();
    }
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/How do you feel/);
    await page.getByLabel('How much does it hurt now?').fill('3');
    await page.getByRole('button', { name: 'See the change' }).click();
    await expect(page.getByTestId('pain-change').textContent()).resolves.toBe('3 lower');
    await context.close();
  });

  it('ends the session at once with the sharp-pain stop button', async () => {
    const { context, page } = await open({ answers: SELF_CARE_ANSWERS });
    await page.goto(suite.url + '/session?speed=20');
    await page.getByLabel('How much does it hurt now?').fill('5');
    await page.getByRole('button', { name: /Start the session/ }).click();
    const stop = page.getByRole('button', { name: /Sharp pain\? Stop now/ });
    await expect(stop.isVisible()).resolves.toBe(true);
    // Always in view: fixed to the bottom of the screen, even on a small phone.
    const box = await stop.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
    await stop.click();
    const stopped = page.getByTestId('session-stopped');
    await stopped.waitFor();
    await expect(stopped.textContent()).resolves.toMatch(/Do not massage that place again today/);
    await expect(page.locator('.countdown').count()).resolves.toBe(0);
    await context.close();
  });

  it('can be walked through with the keyboard alone', async () => {
    const { context, page } = await open({ viewport: DESKTOP });
    await page.goto(suite.url + '/check');
    const kb = page.keyboard;
    const focusOn = async (selector: string, max = 80) => {
      for (let i = 0; i < max; i++) {
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
        await kb.press('Tab');
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    const submit = 'button[type="submit"]';
    // A new step moves focus to its heading; wait for that, or a quick Enter could land on the old button.
    const onStep = async (title: string) => {
      await expect.poll(() => page.locator('h1').textContent()).toBe(title);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
    };
    // The skip link is the first stop and is visible when focused.
    await kb.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to main content');
    await focusOn(submit);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await kb.press('Enter');
    await onStep('Your health');
    await focusOn('#age');
    await kb.type('52');
    await focusOn('#pregnant-yes');
    await kb.press('ArrowDown'); // moves to "No" and selects it
    await expect(page.locator('#pregnant-no').isChecked()).resolves.toBe(true);
    await focusOn(submit);
    await kb.press('Enter');
    await onStep('Where it hurts');
    await focusOn('svg [data-area="lower-back"]');
    await kb.press('Space');
    await expect(page.locator('svg [data-area="lower-back"]').getAttribute('aria-pressed')).resolves.toBe('true');
    await focusOn('.bodymap__list li:nth-child(6) button');
    await kb.press('Enter');
    await expect(page.locator('.bodymap__chosen').textContent()).resolves.toBe('You chose: Lower back, Buttocks.');
    await focusOn('#pattern-one-spot');
    await kb.press('Space');
    await focusOn(submit);
    await kb.press('Enter');
    await onStep('About the pain');
    await focusOn('#intensity');
    for (let i = 0; i < 3; i++) await kb.press('ArrowRight');
    await expect(page.locator('.pain-slider__value').textContent()).resolves.toContain('3 out of 10');
    await focusOn('#duration');
    await kb.type('10');
    await focusOn('#duration-unit');
    await focusOn(submit);
    await kb.press('Enter');
    // Buttock pain: the flow asks about the legs.
    await onStep('A few more questions');
    await focusOn('#leg-check-radiatesBelowKnee-yes');
    await kb.press('ArrowDown'); // "No"
    await expect(page.locator('#leg-check-radiatesBelowKnee-no').isChecked()).resolves.toBe(true);
    await focusOn(submit);
    await kb.press('Enter');
    await onStep('What you would like');
    await focusOn(submit);
    await kb.press('Enter');
    // If the wizard refuses, say what it showed: a failure here is otherwise just a timeout.
    await page.waitForURL('**/results', { timeout: 15_000 }).catch(async (error: unknown) => {
      throw new Error(`did not reach the results; the page says: ${(await page.locator('main').innerText()).slice(0, 600)}`, { cause: error });
    });
    await expect(page.locator('[data-triage]').getAttribute('data-triage')).resolves.toBe('self-care');
    // Focus moved to the result's heading, so a screen reader starts there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5_000 }).toBe('results-heading');
    // The guided session starts from the keyboard too.
    await focusOn('a[href="/session"]');
    await kb.press('Enter');
    await page.waitForURL('**/session');
    await focusOn('#pain-before');
    await kb.press('ArrowRight');
    await focusOn('button.button--primary');
    await kb.press('Enter');
    await focusOn('.player-controls button');
    await kb.press('Enter');
    await expect.poll(() => page.locator('.countdown__paused').count()).toBe(1); // the press lands on the next frame
    await focusOn('.button--danger');
    await kb.press('Enter');
    await page.getByTestId('session-stopped').waitFor();
    await context.close();
  });

  it('shows a clear error and keeps focus sensible when a required answer is missing', async () => {
    const { context, page } = await open({ answers: { ...SELF_CARE_ANSWERS, age: undefined }, step: 1 });
    await page.goto(suite.url + '/check');
    await next(page);
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('Please type your age');
    await expect(page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).resolves.toBe(true);
    await context.close();
  });

  it('works offline once loaded (service worker)', async () => {
    const { context, page } = await open({ serviceWorkers: 'allow', answers: SELF_CARE_ANSWERS });
    await page.goto(suite.url + '/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The page is not yet controlled on first load; one reload later it is.
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await context.setOffline(true);
    await page.goto(suite.url + '/techniques/tennis-ball');
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/ball/i);
    // The questions and the results load their pages (and the safety engine) when opened: never opened
    // online, they still open offline from the service worker's cache.
    await page.goto(suite.url + '/check');
    await expect.poll(() => page.locator('main h1').first().textContent()).toMatch(/\w/);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await page.goto(suite.url + '/results');
    await expect.poll(() => page.locator('[data-triage]').getAttribute('data-triage')).toBe('self-care');
    await context.setOffline(false);
    await context.close();
  });

  for (const [width, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    it(`passes axe on every page and saves screenshots (${width})`, async () => {
      const go = async (path: string, name: string, options: { answers?: object; step?: number; dark?: boolean } = {}) => {
        const { context, page } = await open({ viewport, ...options });
        await page.goto(suite.url + path);
        await page.locator('main h1').first().waitFor();
        await check(page, `${width}-${name}`);
        return { context, page };
      };
      const done = async (p: Promise<{ context: BrowserContext }>) => (await p).context.close();
      await done(go('/', 'home'));
      for (const [i, name] of ['safety', 'health', 'where', 'pain', 'more', 'preferences'].entries()) {
        await done(go('/check', `check-${i + 1}-${name}`, { answers: SELF_CARE_ANSWERS, step: i }));
      }
      await done(go('/check', 'emergency-stop', { answers: { ...SELF_CARE_ANSWERS, symptoms: ['saddle-numbness'] } }));
      await done(go('/results', 'results-self-care', { answers: SELF_CARE_ANSWERS }));
      await done(go('/results', 'results-see-doctor-first', { answers: { ...SELF_CARE_ANSWERS, trend: 'worsening', conditions: ['dvt-history'] } }));
      await done(go('/results', 'results-urgent', { answers: { ...SELF_CARE_ANSWERS, symptoms: ['fever'], conditions: ['iv-drug-use'] } }));
      await done(go('/results', 'results-emergency', { answers: { ...SELF_CARE_ANSWERS, symptoms: ['chest-pain'] } }));
      await done(go('/results', 'results-dark', { answers: SELF_CARE_ANSWERS, dark: true }));
      await done(go('/check', 'check-3-where-dark', { answers: SELF_CARE_ANSWERS, step: 2, dark: true }));
      await done(go('/techniques', 'techniques'));
      await done(go('/techniques/foam-roller', 'technique-foam-roller'));
      await done(go('/nowhere', 'not-found'));

      const { context, page } = await go('/session?speed=20', 'session-before', { answers: SELF_CARE_ANSWERS });
      await page.getByLabel('How much does it hurt now?').fill('6');
      await page.getByRole('button', { name: /Start the session/ }).click();
      await page.locator('.countdown').waitFor();
      await page.getByRole('button', { name: /Pause/ }).click();
      await check(page, `${width}-session-running`);
      while (await page.getByRole('button', { name: /Skip to next step|Finish/ }).count()) {
        await page.getByRole('button', { name: /Skip to next step|Finish/ }).click();
      }
      await page.getByLabel('How much does it hurt now?').fill('4');
      await check(page, `${width}-session-after`);
      await page.getByRole('button', { name: 'See the change' }).click();
      await check(page, `${width}-session-done`);
      await context.close();

      const stopped = await open({ viewport, answers: SELF_CARE_ANSWERS, dark: true });
      await stopped.page.goto(suite.url + '/session');
      await stopped.page.getByLabel('How much does it hurt now?').fill('6');
      await stopped.page.getByRole('button', { name: /Start the session/ }).click();
      await stopped.page.getByRole('button', { name: /Sharp pain/ }).click();
      await stopped.page.getByTestId('session-stopped').waitFor();
      await check(stopped.page, `${width}-session-stopped-dark`);
      await stopped.context.close();
    }, 240_000); // about 20 pages, each with axe and a full-page screenshot: slow on a shared machine
  }
});
