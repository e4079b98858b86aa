import { z } from 'zod';
import { numberLimits, numberProblem } from './form-rules.js';

/** How long a share link works, in days: the API's rule and the share form's check (one schema). */
export const ShareDaysSchema = z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(90, 'must be at most 90');

export const SHARE_DAYS = numberLimits(ShareDaysSchema);

/** The share form's words for a wrong number of days, or undefined when it is fine. */
export const shareDaysProblem = (days: number | undefined): string | undefined =>
  numberProblem(days, SHARE_DAYS, { missing: 'Please choose how many days the link works.', outOfRange: ({ min, max }) => `Please choose a whole number of days from ${min} to ${max}.` });
