import { describe, expect, it } from 'vitest';
import {
  bucketFor, dateToDay, DiaryEntryInputSchema, localCalendar, monthToDate, pegScore, weekStartDay, withOffset,
} from './diary.js';
import { validate } from './validation.js';

describe('diary calendar arithmetic', () => {
  it('keeps the person own day for late-evening entries', () => {
    const late = localCalendar('2025-03-01T23:30:00+01:00');
    expect(late).toMatchObject({ utc: '2025-03-01T22:30:00.000Z', offsetMinutes: 60, date: '2025-03-01' });
    expect(localCalendar('2025-03-01T00:30:00-05:00').date).toBe('2025-03-01');
    expect(localCalendar('2025-03-01T00:30:00Z').date).toBe('2025-03-01');
    expect(withOffset(late.utc, late.offsetMinutes)).toBe('2025-03-01T23:30:00.000+01:00');
    expect(withOffset('2025-03-01T05:30:00.000Z', -330)).toBe('2025-03-01T00:00:00.000-05:30');
  });

  it('starts weeks on Monday and months on the 1st', () => {
    expect(weekStartDay(dateToDay('2025-06-01'))).toBe(dateToDay('2025-05-26'));
    expect(weekStartDay(dateToDay('2025-05-26'))).toBe(dateToDay('2025-05-26'));
    expect(weekStartDay(dateToDay('1969-12-31'))).toBe(dateToDay('1969-12-29'));
    expect(monthToDate(localCalendar('2025-02-28T12:00:00Z').month)).toBe('2025-02-01');
  });

  it('picks day, week or month points so a chart has at most ~120 of them', () => {
    expect(bucketFor(0, 89)).toBe('day');
    expect(bucketFor(0, 364)).toBe('week');
    expect(bucketFor(0, 3650)).toBe('month');
  });

  it('scores PEG-3 as the mean of its three items', () => {
    expect(pegScore({ pain: 6, enjoyment: 5, activity: 5 })).toBe(5.3);
  });
});

describe('DiaryEntryInputSchema', () => {
  it('fills defaults and normalises tags', () => {
    const result = validate(DiaryEntryInputSchema, { occurredAt: '2025-03-01T10:00:00Z', painBefore: 3, triggers: [' Long Drive '] });
    expect(result).toEqual({
      ok: true,
      value: { occurredAt: '2025-03-01T10:00:00Z', painBefore: 3, areas: [], techniques: [], movements: [], source: 'other', notes: '', triggers: ['long drive'] },
    });
  });

  it('words problems for people', () => {
    const result = validate(DiaryEntryInputSchema, { occurredAt: '2025-03-01', painBefore: '5', areas: [{ area: 'neck', intensity: 2 }, { area: 'neck', intensity: 3 }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: 'occurredAt', message: 'must be a date and time like 2025-03-01T21:30:00+01:00' },
      { path: 'painBefore', message: 'must be a number from 0 to 10' },
      { path: 'areas', message: 'must not list an area twice' },
    ]);
  });
});
