import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { sessionEntry as SessionEntry } from './SaveSession.js';
import { fromTimestamp, localInputValue, toTimestamp } from './format.js';

// The diary entry a finished guided session saves, and the date conversions the entry form uses
// (the form's own state conversions live inside EntryForm.tsx and are not exported).

let sessionEntry: typeof SessionEntry;
beforeAll(async () => {
  // SaveSession's imports (the router) listen to the browser's history when they load: a bare stand-in.
  vi.stubGlobal('window', { addEventListener: () => undefined, location: new URL('http://localhost/session') });
  ({ sessionEntry } = await import('./SaveSession.js'));
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe('sessionEntry: what "Save to my diary" sends after a guided session', () => {
  it('records the pain before and after, the techniques once each, and the time in whole minutes', () => {
    const entry = sessionEntry({ before: 6, after: 3, techniques: ['tennis-ball', 'swedish', 'tennis-ball'], seconds: 754 });
    expect(entry).toMatchObject({ painBefore: 6, painAfter: 3, techniques: ['tennis-ball', 'swedish'], source: 'session', durationMinutes: 13 });
    expect(entry).not.toHaveProperty('movements');
  });

  it('drops the warm-up, water and any step that is not a technique the diary knows', () => {
    const entry = sessionEntry({ before: 5, after: 4, techniques: ['warm-up', 'swedish', 'water', 'made-up'], seconds: 600 });
    expect(entry.techniques).toEqual(['swedish']);
  });

  it('keeps the stretches done, once each, and only known ones', () => {
    const entry = sessionEntry({ before: 5, after: 4, techniques: [], movements: ['cat-cow', 'cat-cow', 'not-a-stretch'], seconds: 300 });
    expect(entry.movements).toEqual(['cat-cow']);
  });

  it('counts a session shorter than a minute as one minute, never zero', () => {
    expect(sessionEntry({ before: 5, after: 5, techniques: ['swedish'], seconds: 20 }).durationMinutes).toBe(1);
    expect(sessionEntry({ before: 5, after: 5, techniques: ['swedish'], seconds: 0 }).durationMinutes).toBe(1);
  });

  it('is dated now, with the device\u2019s offset', () => {
    const before = localInputValue();
    const { occurredAt } = sessionEntry({ before: 5, after: 4, techniques: ['swedish'], seconds: 600 });
    expect(occurredAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00[+-]\d\d:\d\d$/);
    expect([before, localInputValue()]).toContain(fromTimestamp(occurredAt));
  });
});

describe('the entry form\u2019s date and time conversions', () => {
  const zone = process.env.TZ;
  beforeAll(() => {
    // A zone with summer time, so the offset must follow the date, not today.
    process.env.TZ = 'Europe/Berlin';
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('writes the time picked with the offset in force on that day', () => {
    expect(toTimestamp('2025-03-01T21:30')).toBe('2025-03-01T21:30:00+01:00');
    expect(toTimestamp('2025-07-01T08:05')).toBe('2025-07-01T08:05:00+02:00');
  });

  it('shows a saved entry at the time it was written, wherever the device is now', () => {
    expect(fromTimestamp('2025-06-01T20:30:00-05:00')).toBe('2025-06-01T20:30');
    expect(fromTimestamp(toTimestamp('2025-03-30T01:15'))).toBe('2025-03-30T01:15');
  });

  it('fills the picker with the local date and time', () => {
    expect(localInputValue(new Date('2025-01-05T09:07:00Z'))).toBe('2025-01-05T10:07');
  });
});
