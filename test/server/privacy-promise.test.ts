import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRIVACY_ACCOUNT, PRIVACY_DELETE, PRIVACY_DEVICE } from '../../src/web/privacy.js';

// The privacy promise is one text (src/web/privacy.ts): the README says it word for word, and no page
// or doc keeps an older, untrue promise such as "nothing is sent anywhere".

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('the privacy promise', () => {
  it('is in the README word for word', () => {
    const readme = oneLine(read('README.md'));
    for (const promise of [PRIVACY_DEVICE, PRIVACY_ACCOUNT, PRIVACY_DELETE]) expect(readme).toContain(promise);
  });

  it('is not contradicted anywhere the app or its docs speak', () => {
    const places = ['README.md', 'docs/architecture.md', 'src/web/pages/Home.tsx', 'src/web/pages/Wizard.tsx', 'src/web/account/Settings.tsx'];
    for (const place of places) {
      expect(oneLine(read(place)), place).not.toMatch(/nothing is sent anywhere|stay on this device only|never leave(s)? (this|your) device/i);
    }
  });
});
