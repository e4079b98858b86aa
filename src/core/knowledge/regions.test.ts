import { describe, expect, it } from 'vitest';
import {
  actionText, dialNumbers, phoneCallsFor, REGION_IDS, REGIONS, regionWith, SAFETY_ACTIONS,
} from './regions.js';

const EMERGENCY_ACTIONS = ['call-999', 'go-to-ae', 'call-maternity'] as const;

describe('regions', () => {
  it('every preset has words for every action, with no placeholder left unfilled', () => {
    for (const id of REGION_IDS) {
      for (const action of SAFETY_ACTIONS) {
        const text = actionText(action, REGIONS[id]);
        expect(text, `${id} ${action}`).not.toMatch(/[{}]/);
        expect(text.length, `${id} ${action}`).toBeGreaterThan(10);
        // Plain words: short sentences, never a promise that massage cures anything.
        for (const sentence of REGIONS[id].actions[action].split(/[.:]\s/)) expect(sentence.split(/\s+/).length, `${id} ${action}: ${sentence}`).toBeLessThanOrEqual(20);
        expect(text).not.toMatch(/cure/i);
      }
    }
  });

  it('names each region\'s own numbers and services', () => {
    expect(actionText('call-999', REGIONS.uk)).toBe('Call 999 now for an ambulance.');
    expect(actionText('go-to-ae', REGIONS.uk)).toMatch(/^Go to A&E now\. Do not drive yourself.*call 999/);
    expect(actionText('same-day', REGIONS.uk)).toContain('call NHS 111');
    expect(actionText('call-999', REGIONS.us)).toContain('911');
    expect(actionText('go-to-ae', REGIONS.us)).toMatch(/emergency room.*Do not drive yourself.*911/);
    expect(actionText('same-day', REGIONS.us)).toContain('urgent care');
    expect(actionText('call-999', REGIONS.eu)).toContain('112');
    expect(actionText('go-to-ae', REGIONS.eu)).toContain('emergency department');
    expect(actionText('same-day', REGIONS.eu)).toContain('out-of-hours GP');
    for (const id of REGION_IDS) {
      // An emergency never sends someone to their GP; a GP action never says to call an ambulance.
      for (const action of EMERGENCY_ACTIONS) expect(actionText(action, REGIONS[id])).not.toMatch(/\bGP\b|doctor in the next/);
      expect(actionText('book-gp', REGIONS[id])).not.toMatch(/ambulance|emergency/i);
      expect(actionText('go-to-ae', REGIONS[id])).toMatch(/Do not drive yourself/);
    }
  });

  it('uses a deployment\'s own numbers over the preset\'s', () => {
    const uk = regionWith('uk', { emergencyNumber: '112', urgentNumber: '0300 123 4567' });
    expect(actionText('call-999', uk)).toBe('Call 112 now for an ambulance.');
    expect(actionText('same-day', uk)).toContain('call 0300 123 4567');
    // A region whose words have no urgent line still names an added one.
    const us = regionWith('us', { urgentNumber: '811' });
    expect(actionText('same-day', us)).toContain('call 811');
    expect(actionText('call-999', us)).toContain('911');
    // Blank overrides keep the preset.
    expect(regionWith('eu', { emergencyNumber: ' ', urgentNumber: '' })).toEqual(REGIONS.eu);
  });

  it('offers one-tap calls: the emergency number for emergencies, the urgent line first for urgent care', () => {
    for (const action of EMERGENCY_ACTIONS) expect(phoneCallsFor(action, REGIONS.uk)).toEqual([{ label: 'Call 999', number: '999' }]);
    expect(phoneCallsFor('same-day', REGIONS.uk)).toEqual([
      { label: 'Call NHS 111', number: '111' },
      { label: 'Call 999 if it gets much worse', number: '999' },
    ]);
    expect(phoneCallsFor('same-day', REGIONS.us)).toEqual([{ label: 'Call 911 if it gets much worse', number: '911' }]);
    expect(phoneCallsFor('gp-48h', REGIONS.uk)).toEqual([]);
    expect(phoneCallsFor('book-gp', REGIONS.eu)).toEqual([]);
    // The neutral default names two numbers and offers both.
    expect(phoneCallsFor('call-999', REGIONS.international).map((c) => c.number)).toEqual(['112', '911']);
  });

  it('reads the digits to dial from the words people configure', () => {
    expect(dialNumbers('999 (UK)')).toEqual(['999']);
    expect(dialNumbers('0800 123-4567')).toEqual(['08001234567']);
    expect(dialNumbers('+44 20 7946 0000 or 999')).toEqual(['+442079460000', '999']);
    expect(dialNumbers('your local emergency number')).toEqual([]);
  });
});
