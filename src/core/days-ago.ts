/**
 * "How many days ago did it start?" answered the way people say it: "10", "10 days", "3 weeks",
 * "2 months", "a year", "today". A month counts 30 days and a year 365, the same as the web wizard's
 * duration units, so the CLI and the web turn "2 months" into the same number of days.
 * Free of zod and the engine, so the CLI's and the web's first load stay small.
 */
export type SpanUnit = 'days' | 'weeks' | 'months' | 'years';

export const DAYS_PER_UNIT: Readonly<Record<SpanUnit, number>> = { days: 1, weeks: 7, months: 30, years: 365 };

const UNIT_WORDS: Readonly<Record<string, SpanUnit>> = {
  d: 'days', day: 'days', days: 'days',
  w: 'weeks', wk: 'weeks', wks: 'weeks', week: 'weeks', weeks: 'weeks',
  m: 'months', mo: 'months', mos: 'months', month: 'months', months: 'months',
  y: 'years', yr: 'years', yrs: 'years', year: 'years', years: 'years',
};

const WORD_NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Days in an amount of a unit, to the nearest whole day ("1.5 weeks" is 11 days). */
export const spanDays = (amount: number, unit: SpanUnit): number => Math.round(amount * DAYS_PER_UNIT[unit]);

export type DaysAgo = { days: number } | { problem: string };

const SPAN = /^(\d+(?:[.,]\d+)?|[a-z]+)\s*([a-z]+)?(?:\s+ago)?$/;

/** The number of days in a typed answer, or what to say when it cannot be read. */
export function parseDaysAgo(text: string): DaysAgo {
  const typed = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (typed === 'today') return { days: 0 };
  if (typed === 'yesterday') return { days: 1 };
  const match = SPAN.exec(typed);
  const unknown = { problem: 'Please type a number of days, or say it like "10 days", "3 weeks" or "2 months".' };
  if (!match) return unknown;
  const [, amountText = '', unitText] = match;
  const amount = /^\d/.test(amountText) ? Number(amountText.replace(',', '.')) : WORD_NUMBERS[amountText];
  const unit = unitText === undefined ? 'days' : UNIT_WORDS[unitText];
  if (amount === undefined || !Number.isFinite(amount) || unit === undefined) return unknown;
  if (unit === 'days' && !Number.isInteger(amount)) return { problem: 'Please type whole days, for example "10 days".' };
  return { days: spanDays(amount, unit) };
}
