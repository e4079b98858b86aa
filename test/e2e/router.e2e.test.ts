/// <reference lib="dom" />
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectNoAxeViolations, PHONE, SELF_CARE_ANSWERS } from './browser.js';
import { browserSuite } from './suite.js';

// The route table, the saved answers read back and the error boundaries, in real Chromium against the
// real server.

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e-router');
const suite = browserSuite({ allowed: [/status of 401/], shots: SHOTS }); // signed out, the diary asks who is signed in

/** `saved`: the saved answers as raw text, so a test can plant damaged ones. */
function open(options: { viewport?: typeof PHONE; saved?: string } = {}) {
  return suite.open({ viewport: options.viewport, answers: options.saved });
}

const h1 = (page: import('playwright-core').Page) => page.locator('main h1').first().textContent();
const until = <T,>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe('routing, saved answers and error boundaries in Chromium', () => {
  it('opens every route with its own title, and the back button goes back a page', async () => {
    const { context, page } = await open();
    const titles: [string, string, string][] = [
      ['/', 'backrub: safe massage for back pain', ''],
      ['/check', 'Questions - backrub', ''],
      ['/techniques', 'Massage techniques - backrub', 'Massage techniques'],
      ['/techniques/foam-roller', 'Technique - backrub', 'Foam roller'],
      ['/movements', 'Stretches and movement - backrub', 'Stretches and movement'],
      ['/diary', 'My diary - backrub', 'Sign in to your diary'],
      ['/account/signup', 'Make an account - backrub', ''],
      ['/diary/entry/abc', 'Change a diary entry - backrub', 'Sign in to your diary'],
      ['/nowhere', 'backrub', 'We could not find that page'],
    ];
    for (const [path, title, heading] of titles) {
      await page.goto(suite.url + path);
      await until(() => page.title()).toBe(title);
      if (heading) await until(() => h1(page)).toBe(heading);
    }
    await page.goto(suite.url + '/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Techniques' }).click();
    await until(() => h1(page)).toBe('Massage techniques');
    await expect(page.getByRole('link', { name: 'Techniques' }).getAttribute('aria-current')).resolves.toBe('page');
    await page.goBack();
    await until(() => page.title()).toBe('backrub: safe massage for back pain');
    await context.close();
  });

  it('keeps the same page when only the query changes (a wizard step in the URL)', async () => {
    const { context, page } = await open({ saved: JSON.stringify(SELF_CARE_ANSWERS) });
    await page.goto(suite.url + '/check');
    const section = page.locator('main section').first();
    await section.waitFor();
    await section.evaluate((el) => el.setAttribute('data-still-here', 'yes'));
    // What the wizard does on Next and what the browser does on Back: a new query on the same path.
    await page.evaluate(() => {
      history.pushState(null, '', '/check?step=pain');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect.poll(() => page.url()).toMatch(/\/check\?step=pain$/);
    await expect(page.locator('[data-still-here="yes"]').count()).resolves.toBe(1);
    await context.close();
  });

  it('drops saved answers the app no longer knows, says so on /check, and keeps the rest', async () => {
    const renamed = { ...SELF_CARE_ANSWERS, areas: ['lower-back', 'lumbar-region'], pattern: 'all-over', intensity: 'four', answered: ['age', 'not-a-question'] };
    const { context, page } = await open({ saved: JSON.stringify(renamed) });
    await page.goto(suite.url + '/check');
    const notice = page.getByTestId('saved-answers-notice');
    await until(() => notice.textContent()).toMatch(/Some answers saved on this device could not be read, so we left them out/);
    await until(() => h1(page)).toMatch(/\S/); // the wizard, not a blank page
    await expectNoAxeViolations(page, 'saved-answers-notice');
    await page.screenshot({ path: `${SHOTS}/phone-saved-answers-notice.png`, fullPage: true });
    await notice.getByRole('button', { name: 'OK' }).click();
    await expect(notice.count()).resolves.toBe(0);

    // Damaged (not JSON at all): the same notice, and the questions start afresh.
    const damaged = await open({ saved: '{"areas": ["lower-back"' });
    await damaged.page.goto(suite.url + '/check');
    await until(() => damaged.page.getByTestId('saved-answers-notice').textContent()).toMatch(/One answer saved on this device could not be read/);
    await damaged.context.close();

    // Good answers: no notice.
    const good = await open({ saved: JSON.stringify(SELF_CARE_ANSWERS) });
    await good.page.goto(suite.url + '/results');
    await until(() => h1(good.page)).toMatch(/\S/);
    await expect(good.page.getByTestId('saved-answers-notice').count()).resolves.toBe(0);
    await good.context.close();
    await context.close();
  });

  for (const [width, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    it(`shows a friendly error page with a way home when a page fails (${width})`, async () => {
      const { context, page } = await open({ viewport });
      // The techniques page's chunk, replaced by one whose pages throw while drawing.
      await page.route(/\/assets\/Library-[^/]+\.js$/, (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: 'const fail = () => { throw new Error("planted failure"); }; export { fail as Library, fail as TechniquePage };',
        }),
      );
      suite.expectError(/planted failure|this page failed to show/);
      await page.goto(suite.url + '/');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Techniques' }).click();
      await until(() => h1(page)).toBe('Sorry, this page did not work');
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Something went wrong while showing this page/);
      await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(true);
      await expectNoAxeViolations(page, `error-boundary-${width}`);
      await page.screenshot({ path: `${SHOTS}/${width}-error-boundary.png`, fullPage: true });
      await page.getByRole('link', { name: 'Go to the start page' }).click();
      await until(() => page.title()).toBe('backrub: safe massage for back pain');
      await expect(page.getByText('Sorry, this page did not work').count()).resolves.toBe(0);
      await context.close();
    });
  }
});
