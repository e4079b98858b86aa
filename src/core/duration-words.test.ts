import { describe, expect, it } from 'vitest';
import { durationInWords } from './duration-words.js';

describe('durationInWords', () => {
  it.each([
    [0, 'less than a day'],
    [1, '1 day'],
    [13, '13 days'],
    [14, '2 weeks'],
    [43, '6 weeks'],
    [59, '8 weeks'],
    [60, '2 months'],
    [200, '7 months'],
    [364, '11 months'],
    [365, '1 year'],
    [3650, '10 years'],
    [3647, '10 years'],
    [36_500, '100 years'],
  ])('%i days reads "%s"', (days, words) => {
    expect(durationInWords(days)).toBe(words);
  });

  it('never names a number of weeks above 8 or of days above 13', () => {
    for (let days = 0; days <= 36_500; days += 1) {
      const [n, unit] = durationInWords(days).split(' ');
      if (unit?.startsWith('week')) expect(Number(n), `${days} days`).toBeLessThanOrEqual(8);
      if (unit?.startsWith('day')) expect(Number(n), `${days} days`).toBeLessThanOrEqual(13);
    }
  });
});
