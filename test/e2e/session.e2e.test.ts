import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, PHONE, SELF_CARE_ANSWERS } from './browser.js';
import { browserSuite } from './suite.js';

// Issue 11 points 1-5 in real headless Chromium against the real server: no control of the guided
// session covered by another (phone, 200% text, landscape), the screen kept on, a reload carries on,
// steps named apart, and drawings for the steps. Screenshots go to test-results/e2e-session/.

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e-session');
const LANDSCAPE = { width: 844, height: 390 };
// The machine running the suite may be busy: lazy pages can take a few seconds to arrive.
const WAIT = { timeout: 10_000 };

const suite = browserSuite({ allowed: [/status of 401/], shots: SHOTS }); // signed out, the diary asks who is signed in

/** A fake Screen Wake Lock that records what the page asks of it, and a visibility the test can change. */
function fakeWakeLock() {
  const log: string[] = [];
  let hidden = false;
  let current: { released: boolean; release(): Promise<void> } | undefined;
  Object.defineProperty(Document.prototype, 'visibilityState', { get: () => (hidden ? 'hidden' : 'visible') });
  Object.defineProperty(Navigator.prototype, 'wakeLock', {
    get: () => ({
      request: async (type: string) => {
        log.push(`request ${type}`);
        const sentinel = {
          released: false,
          release: async () => {
            if (!sentinel.released) log.push('release');
            sentinel.released = true;
          },
        };
        current = sentinel;
        return sentinel;
      },
    }),
  });
  Object.assign(window, {
    wakeLog: log,
    setHidden: (value: boolean) => {
      hidden = value;
      // As browsers do: a hidden page loses its wake lock.
      if (value && current) current.released = true;
      document.dispatchEvent(new Event('visibilitychange'));
    },
  });
}

async function open(options: { viewport?: { width: number; height: number }; wakeLock?: 'fake' | 'none' } = {}): Promise<Page> {
  const noWakeLock = () => Object.defineProperty(Navigator.prototype, 'wakeLock', { get: () => undefined });
  const init = options.wakeLock === 'fake' ? [fakeWakeLock] : options.wakeLock === 'none' ? [noWakeLock] : [];
  const { page } = await suite.open({ viewport: options.viewport, answers: SELF_CARE_ANSWERS, seed: 'if-missing', init });
  return page;
}

async function startSession(page: Page, path = '/session', before = '6') {
  await page.goto(suite.url + path);
  await page.getByLabel('How much does it hurt now?').fill(before);
  await page.getByRole('button', { name: /Start the session/ }).click();
  await page.getByTestId('countdown').waitFor();
}

const stepNumber = async (page: Page) => Number((await page.locator('.progress__text').textContent())?.match(/Step (\d+)/)?.[1] ?? 0);
const seconds = (clock: string) => Number(clock.split(':')[0]) * 60 + Number(clock.split(':')[1]);

/** True when a tap at the middle of the control lands on the control, after scrolling it into view as a person would. */
async function tapLandsOn(control: Locator): Promise<boolean> {
  return control.evaluate((el) => {
    el.scrollIntoView({ block: 'nearest' });
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

describe('the guided session on a phone, in Chromium', () => {
  const layouts = [
    { name: 'phone', viewport: PHONE, text: '100%' },
    { name: 'phone-200-text', viewport: PHONE, text: '200%' },
    { name: 'landscape', viewport: LANDSCAPE, text: '100%' },
    { name: 'desktop', viewport: DESKTOP, text: '100%' },
  ];
  for (const layout of layouts) {
    it(`covers no control with another: ${layout.name}`, async () => {
      const page = await open({ viewport: layout.viewport });
      await page.goto(suite.url + '/session');
      // As the browser's text size setting does: every rem grows.
      await page.evaluate((size) => (document.documentElement.style.fontSize = size), layout.text);
      await page.getByLabel('How much does it hurt now?').fill('5');
      await page.getByRole('button', { name: /Start the session/ }).click();
      await page.getByTestId('countdown').waitFor();
      const controls = {
        timer: page.getByTestId('countdown'),
        pause: page.getByRole('button', { name: 'Pause' }),
        skip: page.getByRole('button', { name: /Skip to next step/ }),
        stop: page.getByRole('button', { name: /Sharp pain\? Stop now/ }),
      };
      for (const [name, control] of Object.entries(controls)) expect(await tapLandsOn(control), `${layout.name}: ${name}`).toBe(true);
      // A real tap where Pause is drawn pauses: it does not land on Stop.
      await page.evaluate(() => window.scrollTo(0, 0));
      await controls.pause.click();
      await expect(page.getByRole('button', { name: 'Resume' }).getAttribute('aria-pressed')).resolves.toBe('true');
      await page.screenshot({ path: `${SHOTS}/running-${layout.name}.png`, fullPage: false });
      await page.screenshot({ path: `${SHOTS}/running-${layout.name}-full.png`, fullPage: true });
      if (layout.name === 'phone') await expectNoAxeViolations(page, 'session running');
      await page.context().close();
    });
  }

  it('keeps the screen on while the session runs: asks again when visible, lets go on pause and at the end', async () => {
    const page = await open({ wakeLock: 'fake' });
    const log = () => page.evaluate(() => (window as unknown as { wakeLog: string[] }).wakeLog.join(', '));
    await page.goto(suite.url + '/session?speed=20');
    await expect(log()).resolves.toBe(''); // not before the session runs
    await page.getByLabel('How much does it hurt now?').fill('6');
    await page.getByRole('button', { name: /Start the session/ }).click();
    await expect.poll(log, WAIT).toBe('request screen');
    // The phone hides the page (the browser drops the lock), then shows it again: the page asks again.
    await page.evaluate(() => (window as unknown as { setHidden: (v: boolean) => void }).setHidden(true));
    await page.evaluate(() => (window as unknown as { setHidden: (v: boolean) => void }).setHidden(false));
    await expect.poll(log, WAIT).toBe('request screen, request screen');
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(log, WAIT).toBe('request screen, request screen, release');
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(log, WAIT).toBe('request screen, request screen, release, request screen');
    await page.getByRole('button', { name: /Sharp pain/ }).click();
    await page.getByTestId('session-stopped').waitFor();
    await expect.poll(log, WAIT).toBe('request screen, request screen, release, request screen, release');
    await page.context().close();
  });

  it('stands still while the page is hidden, and runs on when it is shown', async () => {
    const page = await open({ wakeLock: 'fake' });
    await startSession(page, '/session?speed=20');
    const time = page.locator('.countdown__time');
    await page.evaluate(() => (window as unknown as { setHidden: (v: boolean) => void }).setHidden(true));
    const hiddenAt = await time.textContent();
    const step = await stepNumber(page);
    await page.waitForTimeout(1500); // 30 session seconds at this speed
    await expect(time.textContent()).resolves.toBe(hiddenAt);
    await expect(stepNumber(page)).resolves.toBe(step);
    await page.evaluate(() => (window as unknown as { setHidden: (v: boolean) => void }).setHidden(false));
    await expect.poll(() => time.textContent(), WAIT).not.toBe(hiddenAt);
    await page.context().close();
  });

  it('runs the same where the browser has no wake lock', async () => {
    const page = await open({ wakeLock: 'none' });
    await startSession(page, '/session?speed=20');
    await page.getByRole('button', { name: /Skip to next step/ }).click();
    await expect(stepNumber(page)).resolves.toBe(2);
    await page.context().close();
  });

  it('carries on after a reload at the same step with the time left and the score before, or starts again', async () => {
    const page = await open();
    await startSession(page, '/session', '7');
    await page.getByRole('button', { name: /Skip to next step/ }).click();
    await expect(stepNumber(page)).resolves.toBe(2);
    const total = Number((await page.locator('.progress__text').textContent())?.match(/of (\d+)/)?.[1]);
    const title = await page.locator('h1').textContent();
    const time = page.locator('.countdown__time');
    const start = seconds((await time.textContent()) ?? '');
    await expect.poll(async () => seconds((await time.textContent()) ?? ''), { timeout: 5000 }).toBeLessThanOrEqual(start - 2);
    await page.reload();
    const offer = page.getByTestId('session-resume');
    await offer.waitFor();
    await expect(offer.textContent()).resolves.toContain(`step 2 of ${total}: ${title}`);
    await expect(offer.textContent()).resolves.toContain('7 out of 10');
    await page.screenshot({ path: `${SHOTS}/resume-offer-phone.png` });
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(stepNumber(page)).resolves.toBe(2);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    const left = seconds((await time.textContent()) ?? '');
    expect(left).toBeLessThanOrEqual(start - 2);
    expect(left).toBeGreaterThanOrEqual(start - 6);
    // The score from before the reload gives the change at the end.
    while (await page.getByRole('button', { name: /Skip to next step|Finish/ }).count()) await page.getByRole('button', { name: /Skip to next step|Finish/ }).click();
    await page.getByLabel('How much does it hurt now?').fill('4');
    await page.getByRole('button', { name: 'See the change' }).click();
    await expect(page.getByTestId('pain-change').textContent()).resolves.toBe('3 lower');
    // A finished session is not offered again.
    await page.reload();
    await page.getByRole('heading', { name: 'Before you start' }).waitFor();

    await startSession(page, '/session', '5');
    await page.reload();
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('heading', { name: 'Before you start' }).waitFor();
    await page.reload();
    // Wait for the session page to draw either screen, then check which one it is.
    await page.locator('#session-h').waitFor();
    await expect(page.getByTestId('session-resume').count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Before you start' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('names each step apart with its length, and the warm-up does not repeat the shower', async () => {
    const page = await open();
    await page.goto(suite.url + '/session');
    await page.getByTestId('step-list').waitFor();
    const items = await page.getByTestId('step-list').locator('li').allTextContents();
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(new Set(items).size).toBe(items.length);
    for (const item of items) expect(item).toMatch(/, (\d+ min( \d+ s)?|\d+ s)$/);
    expect(items.join('\n')).toMatch(/(Tennis ball|Foam roller): [a-z ]+, [a-z ]+, \d+ min/);
    expect(items.join('\n')).not.toMatch(/Self-massage on your/);
    expect(items[0]).toMatch(/^Warm up: move gently/);
    await page.getByLabel('How much does it hurt now?').fill('5');
    await page.getByRole('button', { name: /Start the session/ }).click();
    await expect(page.locator('.step-instructions').textContent()).resolves.not.toMatch(/shower/);
    await page.context().close();
  });

  it('draws every home technique step and every stretch, with words for each drawing', async () => {
    const page = await open();
    await startSession(page);
    const drawn: string[] = [];
    for (;;) {
      const title = (await page.locator('h1').textContent()) ?? '';
      const figure = page.locator('.player__step svg[role="img"]');
      if (!/^Rest/.test(title)) {
        await expect(figure.count(), title).resolves.toBe(1);
        const alt = await figure.locator('title').textContent();
        expect(alt, title).toMatch(/^Drawing: /);
        drawn.push(`${title}: ${alt}`);
        if (/^(Tennis ball|Foam roller|Hands)/.test(title)) await page.screenshot({ path: `${SHOTS}/step-${drawn.length}.png` });
      }
      const next = page.getByRole('button', { name: /Skip to next step/ });
      if ((await next.count()) === 0) break;
      await next.click();
    }
    expect(drawn.filter((d) => /^(Tennis ball|Foam roller|Hands)/.test(d)).length).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  for (const technique of ['foam-roller', 'tennis-ball', 'hand-massage']) {
    it(`shows a drawing for each step on the ${technique} page`, async () => {
      const page = await open();
      await page.goto(`${suite.url}/techniques/${technique}`);
      const figures = page.locator('.technique-steps svg[role="img"]');
      await expect.poll(() => figures.count(), WAIT).toBe(3);
      const alts = await figures.locator('title').allTextContents();
      expect(new Set(alts).size).toBe(3);
      await page.screenshot({ path: `${SHOTS}/technique-${technique}.png`, fullPage: true });
      await expectNoAxeViolations(page, `technique ${technique}`);
      await page.context().close();
    });
  }
});
