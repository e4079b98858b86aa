import { describe, expect, it } from 'vitest';
import { parseDaysAgo } from './days-ago.js';

const days = (text: string) => {
  const parsed = parseDaysAgo(text);
  return 'days' in parsed ? parsed.days : parsed.problem;
};

describe('how many days ago, in the words people use', () => {
  it('reads plain days and spans of days, weeks, months and years', () => {
    expect(days('10')).toBe(10);
    expect(days('0')).toBe(0);
    expect(days('10 days')).toBe(10);
    expect(days('1 day')).toBe(1);
    expect(days('3 weeks')).toBe(21);
    expect(days('2 months')).toBe(60);
    expect(days('1 year')).toBe(365);
    expect(days(' 3  Weeks ')).toBe(21);
    expect(days('3w')).toBe(21);
    expect(days('2 mo')).toBe(60);
    expect(days('1.5 weeks')).toBe(11);
    expect(days('a month')).toBe(30);
    expect(days('two weeks ago')).toBe(14);
    expect(days('today')).toBe(0);
    expect(days('yesterday')).toBe(1);
  });

  it('explains what it cannot read instead of guessing', () => {
    expect(days('soon')).toMatch(/like "10 days", "3 weeks" or "2 months"/);
    expect(days('3 fortnights')).toMatch(/like "10 days"/);
    expect(days('-3 days')).toMatch(/like "10 days"/);
    expect(days('2.5 days')).toBe('Please type whole days, for example "10 days".');
    expect(days('')).toMatch(/like "10 days"/);
  });
});
