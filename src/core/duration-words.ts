/**
 * How long something has lasted, in the words people use: "3 days", "5 weeks", "4 months", "10 years",
 * never "521 weeks". One helper for the web, the CLI and the share summary, so they all say the same.
 * Each unit is used only once the smaller one gets hard to picture (two weeks, two months, a year).
 */
const DAYS_PER_MONTH = 365 / 12;

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

export function durationInWords(days: number): string {
  if (!Number.isFinite(days) || days < 1) return 'less than a day';
  if (days < 14) return count(Math.round(days), 'day');
  if (days < 60) return count(Math.round(days / 7), 'week');
  if (days < 365) return count(Math.min(11, Math.round(days / DAYS_PER_MONTH)), 'month');
  return count(Math.round(days / 365), 'year');
}
