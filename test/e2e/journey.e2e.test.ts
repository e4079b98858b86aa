/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './suite.js';

// How far a person in pain is from their first answer: the shortest honest path from the home page to a
// self-care result on a phone, counted in screens and taps (a typed number counts as one tap). The goal
// is what a phone user would put up with; the figures are printed for the README and the closing note.

const MAX_SCREENS = 8;
const MAX_TAPS = 16;

const suite = browserSuite();

describe('from the home page to a self-care result', () => {
  it(`takes at most ${MAX_SCREENS} screens and ${MAX_TAPS} taps on a phone`, async () => {
    const { context, page } = await suite.open();
    let taps = 0;
    const screens = new Set<string>();
    const seen = async () => screens.add(`${new URL(page.url()).pathname}${new URL(page.url()).search} ${await page.locator('h1').first().textContent()}`);
    const tap = async (act: () => Promise<void>) => {
      await act();
      taps += 1;
    };
    const next = async (p: Page) => {
      await tap(() => p.getByRole('button', { name: /^(Next|See my results)$/ }).click());
      await p.waitForTimeout(50);
      await seen();
    };

    await page.goto(suite.url + '/');
    await seen();
    await tap(() => page.getByRole('link', { name: 'Start the questions' }).click());
    await expect.poll(() => page.locator('h1').textContent()).toBe('Safety check');
    await seen();
    await next(page); // no warning signs
    await tap(() => page.getByLabel('How old are you?').fill('38'));
    await tap(() => page.getByRole('radio', { name: 'No' }).check());
    await next(page);
    await tap(() => page.locator('svg [data-area="lower-back"]').click());
    await tap(() => page.getByRole('radio', { name: 'In one spot' }).check());
    await next(page);
    await tap(() => page.getByLabel(/How much does it hurt/).fill('4'));
    await tap(() => page.locator('#duration').fill('2'));
    await tap(() => page.getByRole('radio', { name: 'Getting better' }).check());
    await next(page);
    // Whatever the flow still asks is answered with its first offered choice, one tap each.
    for (let round = 0; round < 4 && !new URL(page.url()).pathname.startsWith('/results'); round += 1) {
      const errors = await page.locator('.error-summary li').count();
      if (errors === 0 && round > 0) break;
      for (const group of await page.locator('.wizard fieldset').all()) {
        const checked = await group.locator('input:checked').count();
        const radio = group.locator('input[type="radio"]').first();
        if (checked === 0 && (await radio.count()) > 0) await tap(() => radio.check());
      }
      await next(page);
    }
    await page.waitForURL('**/results');
    await expect(page.locator('[data-triage]').getAttribute('data-triage')).resolves.toBe('self-care');
    await seen();
    console.log(`home to a self-care result: ${screens.size} screens, ${taps} taps`);
    expect(screens.size).toBeLessThanOrEqual(MAX_SCREENS);
    expect(taps).toBeLessThanOrEqual(MAX_TAPS);
    await context.close();
  });
});
