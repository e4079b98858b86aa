/// <reference lib="dom" />
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { assess, TECHNIQUE_LIST, type Intake } from '../../src/core/index.js';
import { DESKTOP, expectNoAxeViolations, OLD_SAVED_ANSWERS, PHONE, SELF_CARE_ANSWERS } from './browser.js';
import { browserSuite } from './suite.js';
import { startWebServer } from './web-server.js';

// What each safety level shows, on every page that can show a result, in real headless Chromium
// against the real server (so /api/config and the share page are part of it).
const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e-safety');

const suite = browserSuite({ allowed: [/status of 401/], shots: SHOTS }); // signed out, the diary asks who is signed in

/** Opens `base` (this suite's server, or another one with other settings) with these saved answers and step. */
async function open(base: string, options: { viewport?: typeof PHONE; answers?: object; step?: number } = {}) {
  const { context, page } = await suite.open({ viewport: options.viewport, answers: options.answers, step: options.answers ? (options.step ?? 0) : undefined });
  await page.goto(base + '/');
  return { context, page };
}

/** Self-care words: none may sit beside an emergency or urgent result. */
const SELF_CARE_TEXTS = [
  /6 weeks/i, /tennis ball/i, /foam roller/i, /Safety tips/, /What to avoid/, /Muscles that commonly/, /home plan/i, /guided home massage/i,
  /Massage that may suit you/, /warm shower/i, /drink of water/i, /staying active/i,
];

async function expectActionOnly(page: Page, where: string, number: string) {
  const main = page.locator('main');
  await expect(main.getByTestId('action').first().textContent(), where).resolves.toMatch(/\S/);
  await expect(main.getByTestId('call-link').first().getAttribute('href'), where).resolves.toBe(`tel:${number}`);
  const text = await main.innerText();
  for (const words of SELF_CARE_TEXTS) expect(text, `${where}: ${words}`).not.toMatch(words);
  for (const technique of TECHNIQUE_LIST) expect(text, `${where}: ${technique.name}`).not.toContain(technique.name);
  await expect(main.locator('.technique-card').count(), where).resolves.toBe(0);
}

const next = (page: Page) => page.getByRole('button', { name: /^(Next|See my results)$/ }).click();
const h1 = (page: Page) => page.locator('main h1').first().textContent();

/** The seeded self-care answers as the intake the flow makes of them. */
const { answered: _a, pregnancy: _p, durationAmount: _d, durationUnit: _u, ...rest } = SELF_CARE_ANSWERS;
const selfCareIntake = { ...rest, pregnant: false, durationDays: 14, answered: SELF_CARE_ANSWERS.answered } as Intake;

describe('what each safety level shows, in Chromium', () => {
  it('an emergency answer after a self-care result shows the action and a call link, and no self-care, on every result page', async () => {
    const { context, page } = await open(suite.url, { answers: SELF_CARE_ANSWERS, step: 5 });
    await page.goto(suite.url + '/results');
    await expect(page.locator('[data-triage]').getAttribute('data-triage')).resolves.toBe('self-care');
    await expect(page.locator('.technique-card').count()).resolves.toBeGreaterThan(0);
    // Go back through the questions and tick a sign.
    await page.getByRole('link', { name: 'Change my answers' }).click();
    while ((await h1(page)) !== 'Safety check') await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Chest pain' }).click();
    await page.getByTestId('emergency-stop').waitFor();
    await expectActionOnly(page, '/check stop page', '112');
    await expect(page.getByTestId('action').textContent()).resolves.toContain('now for an ambulance');
    for (const path of ['/results', '/session']) {
      await page.goto(suite.url + path);
      await page.locator('[data-triage="emergency"]').first().waitFor();
      await expectActionOnly(page, path, '112');
    }
    await context.close();
  });

  it('the share summary of an emergency shows the action and a call link, and no massage advice', async () => {
    const { context, page } = await open(suite.url);
    const headers = { origin: suite.url, 'content-type': 'application/json' };
    const signup = await page.request.post(suite.url + '/api/auth/signup', { headers, data: { email: 'safety@example.org', password: 'a long enough password' } });
    expect(signup.status()).toBe(201);
    const csrf = ((await signup.json()) as { csrfToken: string }).csrfToken;
    const withCsrf = { ...headers, 'x-csrf-token': csrf };
    // A self-care assessment, then a new one with an emergency sign: the summary shows the latest.
    expect((await page.request.post(suite.url + '/api/assessments', { headers: withCsrf, data: { intake: selfCareIntake } })).ok()).toBe(true);
    const emergency = { ...selfCareIntake, symptoms: ['chest-pain'] };
    expect((await page.request.post(suite.url + '/api/assessments', { headers: withCsrf, data: { intake: emergency } })).ok()).toBe(true);
    const share = await page.request.post(suite.url + '/api/shares', { headers: withCsrf, data: {} });
    expect(share.status()).toBe(201);
    const { token } = (await share.json()) as { token: string };
    const guest = await open(suite.url);
    await guest.page.goto(`${suite.url}/share/${token}`);
    await guest.page.getByTestId('summary').waitFor();
    await guest.page.locator('[data-triage="emergency"]').waitFor();
    await expectActionOnly(guest.page, 'share summary', '112');
    await expectNoAxeViolations(guest.page, 'share summary of an emergency');
    await guest.page.screenshot({ path: `${SHOTS}/phone-share-emergency.png`, fullPage: true });
    await guest.context.close();
    await context.close();
  });

  it('urgent and see-doctor-first results lead with their action; self-care shows the safety net, in order', async () => {
    const cases = [
      { name: 'emergency', answers: { ...SELF_CARE_ANSWERS, symptoms: ['saddle-numbness'] }, triage: 'emergency', action: 'go-to-ae' },
      { name: 'urgent', answers: { ...SELF_CARE_ANSWERS, symptoms: ['fever'] }, triage: 'urgent', action: 'same-day' },
      { name: 'see-doctor-first', answers: { ...SELF_CARE_ANSWERS, conditions: ['dvt-history'] }, triage: 'see-doctor-first', action: 'book-gp' },
      { name: 'self-care', answers: SELF_CARE_ANSWERS, triage: 'self-care', action: null },
    ];
    for (const c of cases) {
      for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
        const { context, page } = await open(suite.url, { viewport, answers: c.answers, step: 5 });
        await page.goto(suite.url + '/results');
        const banner = page.locator('[data-triage]').first();
        await banner.waitFor();
        await expect(banner.getAttribute('data-triage'), c.name).resolves.toBe(c.triage);
        await expect(banner.getAttribute('data-action'), c.name).resolves.toBe(c.action);
        // The default region has no urgent line: urgent results offer the emergency number "if it gets much worse".
        if (c.triage === 'emergency' || c.triage === 'urgent') await expectActionOnly(page, c.name, '112');
        if (c.triage === 'see-doctor-first') {
          await expect(page.getByTestId('action').textContent()).resolves.toBe('Book a visit with your doctor or a physiotherapist.');
          await expect(page.locator('.technique-card').count()).resolves.toBe(0);
          await expect(page.locator('main').innerText()).resolves.not.toMatch(/What to avoid|6 weeks|Muscles that commonly|each massage/);
        }
        if (c.triage === 'self-care') {
          const net = page.getByTestId('safety-net');
          const items = assess(selfCareIntake).safetyNet;
          expect(items.length).toBeGreaterThanOrEqual(4);
          const leads = await net.locator('.safety-net__lead').allTextContents();
          expect(leads).toEqual(items.map((item) => item.text));
        }
        await expectNoAxeViolations(page, `results ${c.name} ${size}`);
        await page.screenshot({ path: `${SHOTS}/${size}-results-${c.name}.png`, fullPage: true });
        await context.close();
      }
    }
  });

  it('asks a follow-up only when its condition holds, and a benign intake sees five pages', async () => {
    const { context, page } = await open(suite.url);
    await page.goto(suite.url + '/check');
    let screens = 1;
    await next(page);
    screens += 1;
    await page.getByLabel('How old are you?').fill('30');
    // Pregnant: the weeks and the pregnancy signs appear; "No" takes them away again.
    await expect(page.getByLabel('How many weeks pregnant are you?').count()).resolves.toBe(0);
    await page.getByRole('radio', { name: 'Yes' }).check();
    await expect(page.getByLabel('How many weeks pregnant are you?').count()).resolves.toBe(1);
    await expect(page.getByRole('checkbox', { name: 'Bleeding from your vagina' }).count()).resolves.toBe(1);
    await page.getByRole('radio', { name: 'No' }).check();
    await expect(page.getByLabel('How many weeks pregnant are you?').count()).resolves.toBe(0);
    await next(page);
    screens += 1;
    await page.getByRole('button', { name: 'Lower back', exact: true }).click();
    await page.getByRole('radio', { name: 'In one spot' }).check();
    await next(page);
    screens += 1;
    await page.getByLabel(/How much does it hurt/).fill('4');
    await page.locator('#duration-unit').selectOption('days');
    await page.locator('#duration').fill('5');
    await page.getByRole('checkbox', { name: 'Sitting at a desk' }).check();
    await next(page);
    screens += 1;
    await expect.poll(() => h1(page)).toBe('What you would like');
    await next(page);
    await page.waitForURL('**/results');
    expect(screens).toBe(5);
    await expect(page.locator('[data-triage]').getAttribute('data-triage')).resolves.toBe('self-care');

    // Mid-back instead: the upper-body check appears on its own page.
    await page.goto(suite.url + '/check');
    while ((await h1(page)) !== 'Where it hurts') await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('button', { name: 'Lower back', exact: true }).click();
    await page.getByRole('button', { name: 'Middle back', exact: true }).click();
    await next(page);
    await next(page);
    await expect.poll(() => h1(page)).toBe('A few more questions');
    await expect(page.locator('[data-question="upper-body-check"]').count()).resolves.toBe(1);
    await expect(page.getByRole('checkbox', { name: 'Pain spreading to your arm, jaw or neck' }).count()).resolves.toBe(1);
    await context.close();
  });

  it('a pregnancy sign stops the questions at once with the maternity action', async () => {
    const { context, page } = await open(suite.url, { answers: { ...SELF_CARE_ANSWERS, pregnancy: 'yes', answered: ['emergency-signs', 'warning-signs'] }, step: 1 });
    await page.goto(suite.url + '/check');
    await page.getByRole('checkbox', { name: 'Bleeding from your vagina' }).click();
    await page.getByTestId('emergency-stop').waitFor();
    await expect(page.getByTestId('action').textContent()).resolves.toMatch(/maternity unit/);
    await expect(page.getByTestId('call-link').first().getAttribute('href')).resolves.toBe('tel:112');
    await page.getByRole('button', { name: /by mistake/ }).click();
    await expect(page.getByRole('checkbox', { name: 'Bleeding from your vagina' }).isChecked()).resolves.toBe(false);
    await context.close();
  });

  it('loads answers saved by the first wizard: unknown values dropped, no crash', async () => {
    const { context, page } = await open(suite.url, { answers: OLD_SAVED_ANSWERS, step: 4 });
    await page.goto(suite.url + '/results');
    await expect(page.locator('[data-triage]').getAttribute('data-triage')).resolves.toBe('self-care');
    const saved = await page.evaluate(() => localStorage.getItem('backrub.answers.v1'));
    expect(saved).toContain('no-longer-a-cause'); // untouched until the person changes something
    await page.goto(suite.url + '/check');
    await expect.poll(() => h1(page)).toBe('What you would like');
    await context.close();
  });

  for (const [region, number, goWords, urgentWords, urgentCall] of [
    ['uk', '999', /Go to A&E now/, /call NHS 111/, '111'],
    ['us', '911', /emergency room \(ER\) now/, /go to urgent care/, '911'],
    ['eu', '112', /emergency department of the nearest hospital/, /out-of-hours GP service/, '112'],
  ] as const) {
    it(`REGION=${region} changes the numbers and the words`, async () => {
      const regional = await startWebServer({ REGION: region });
      try {
        const { context, page } = await open(regional.url, { answers: { ...SELF_CARE_ANSWERS, symptoms: ['saddle-numbness'] }, step: 5 });
        await page.goto(regional.url + '/results');
        await page.locator('[data-triage="emergency"]').waitFor();
        await expect.poll(() => page.getByTestId('action').textContent()).toMatch(goWords);
        await expect(page.getByTestId('action').textContent()).resolves.toContain(`call ${number}`);
        await expect(page.getByTestId('call-link').first().getAttribute('href')).resolves.toBe(`tel:${number}`);
        await context.close();
        const urgent = await open(regional.url, { answers: { ...SELF_CARE_ANSWERS, symptoms: ['fever'] }, step: 5 });
        await urgent.page.goto(regional.url + '/results');
        await urgent.page.locator('[data-triage="urgent"]').waitFor();
        await expect.poll(() => urgent.page.getByTestId('action').textContent()).toMatch(urgentWords);
        await expect(urgent.page.getByTestId('call-link').first().getAttribute('href')).resolves.toBe(`tel:${urgentCall}`);
        if (region === 'uk') await urgent.page.screenshot({ path: `${SHOTS}/phone-results-urgent-uk.png`, fullPage: true });
        await urgent.context.close();
      } finally {
        await regional.close();
      }
    });
  }
});
