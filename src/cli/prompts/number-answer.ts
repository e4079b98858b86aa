import { parseDaysAgo } from '../../core/days-ago.js';
import type { NumberQuestion } from './prompter.js';

export type NumberAnswer = { value: number } | { problem: string };

/** The hint under a number question: what may be typed. */
export const numberHint = (question: NumberQuestion): string =>
  question.inDays
    ? `days, or for example "3 weeks" or "2 months"; from ${question.min} to ${question.max} days`
    : `a whole number from ${question.min} to ${question.max}`;

/** Reads a typed number (or, for a count of days, "3 weeks"), within the question's bounds. */
export function readNumberAnswer(line: string, question: NumberQuestion): NumberAnswer {
  const outOfRange = { problem: `Please type a whole number from ${question.min} to ${question.max}.` };
  let value: number;
  if (question.inDays) {
    const parsed = parseDaysAgo(line);
    if ('problem' in parsed) return parsed;
    value = parsed.days;
    if (value < question.min || value > question.max) return { problem: `Please give a time from ${question.min} to ${question.max} days.` };
  } else {
    value = /^-?\d+$/.test(line.trim()) ? Number(line.trim()) : Number.NaN;
  }
  if (!Number.isSafeInteger(value) || value < question.min || value > question.max) return outOfRange;
  return { value };
}
