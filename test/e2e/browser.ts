import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

// Shared by the browser suites: Debian's Chromium (never a downloaded browser), the two screen sizes
// every page is checked at, and the accessibility check.

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps dialling out, and this machine's network refuses it.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** axe-core (WCAG 2.0-2.2 A and AA, and best practice) must find nothing on the page as it is now. */
export async function expectNoAxeViolations(page: Page, name: string): Promise<void> {
  // page.evaluate runs outside the page's CSP (an injected <script> tag would rightly be blocked by it).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
  expect(violations, `axe violations on ${name}`).toEqual([]);
}

/** The wizard's saved answers (as the web app keeps them) for an ordinary self-care case, every question answered. */
export const SELF_CARE_ANSWERS = {
  symptoms: [], age: 38, pregnancy: 'no', conditions: [], areas: ['upper-back', 'lower-back'], pattern: 'one-spot', quality: ['tension', 'stiffness'],
  intensity: 4, durationAmount: 2, durationUnit: 'weeks', trend: 'improving', causes: ['desk-posture'], onset: 'gradual',
  movementChangesPain: true, contexts: ['after-long-day'], goals: ['pain-relief'], setting: 'either', pressure: 'medium',
  equipment: ['tennis-ball', 'foam-roller'],
  answered: [
    'emergency-signs', 'warning-signs', 'conditions', 'age', 'pregnant', 'areas', 'pattern', 'quality', 'intensity', 'duration',
    'trend', 'causes', 'onset', 'movement', 'upper-body-check', 'contexts', 'goals', 'setting', 'pressure', 'equipment',
  ],
};

/** The same case as the first wizard saved it (before the adaptive questions): it must still load. */
export const OLD_SAVED_ANSWERS = {
  symptoms: [], age: 38, pregnant: false, conditions: [], areas: ['lower-back'], pattern: 'one-spot', quality: ['tension', 'stiffness'],
  intensity: 4, durationAmount: 2, durationUnit: 'weeks', trend: 'improving', causes: ['desk-posture', 'no-longer-a-cause'],
  contexts: ['after-long-day'], goals: ['pain-relief'], setting: 'either', pressure: 'medium', equipment: ['tennis-ball', 'foam-roller'],
};
